MARK in mangle OUTPUT reroutes the packet (ip_route_me_harder) through ip rule fwmark.
  $ ip netns add a
  $ ip netns add b
  $ ip netns add c
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name c0 netns c address 02:00:00:00:0c:01
  $ ip -n a link set a0 up
  $ ip -n a link set a1 up
  $ ip -n b link set b0 up
  $ ip -n c link set c0 up
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n a addr add 10.0.2.1/24 dev a1
  $ ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n c addr add 10.0.2.2/24 dev c0
  $ ip -n b addr add 192.0.2.1/32 dev b0
  $ ip -n c addr add 192.0.2.1/32 dev c0
  $ ip -n b route add 10.0.2.0/24 via 10.0.1.1
  $ ip -n c route add 10.0.1.0/24 via 10.0.2.1
  $ ip -n a route add 192.0.2.1 via 10.0.1.2
  $ ip -n a route add 192.0.2.1 via 10.0.2.2 table 100
  $ ip -n a rule add fwmark 0x5/0xff table 100
  $ ip -n a route get 192.0.2.1
  192.0.2.1 via 10.0.1.2 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1 mark 5
  192.0.2.1 via 10.0.2.2 dev a1 table 100 src 10.0.2.1 mark 5 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1 mark 0x105
  192.0.2.1 via 10.0.2.2 dev a1 table 100 src 10.0.2.1 mark 0x105 uid 0 
      cache 
  $ ip netns exec a ping -c 1 192.0.2.1 | head -2
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  64 bytes from 192.0.2.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 0x5
  $ ip netns exec a ping -c 1 192.0.2.1 | head -2
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  64 bytes from 192.0.2.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec c nstat -asz IcmpInEchos
  #kernel
  IcmpInEchos                     1                  0.0
  $ ip netns exec b nstat -asz IcmpInEchos
  #kernel
  IcmpInEchos                     1                  0.0
  $ ip netns exec a iptables -t mangle -L OUTPUT -v -n
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 MARK       1    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK set 0x5
  $ ip netns exec a iptables -t mangle -R OUTPUT 1 -p icmp -j MARK --and-mark 0xf0
  $ ip netns exec a iptables -t mangle -A OUTPUT -p icmp -j MARK --or-mark 0x105
  $ ip netns exec a iptables -t mangle -A OUTPUT -p icmp -j MARK --xor-mark 0x1
  $ ip netns exec a iptables -t mangle -A OUTPUT -p icmp -j MARK --set-xmark 0x4/0x4
  $ ip netns exec a iptables -t mangle -L OUTPUT -n
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  MARK       1    --  0.0.0.0/0            0.0.0.0/0            MARK and 0xf0
  MARK       1    --  0.0.0.0/0            0.0.0.0/0            MARK or 0x105
  MARK       1    --  0.0.0.0/0            0.0.0.0/0            MARK xor 0x1
  MARK       1    --  0.0.0.0/0            0.0.0.0/0            MARK or 0x4
  $ ip netns exec a iptables -t mangle -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -p icmp -j MARK --set-xmark 0x0/0xffffff0f
  -A OUTPUT -p icmp -j MARK --set-xmark 0x105/0x105
  -A OUTPUT -p icmp -j MARK --set-xmark 0x1/0x0
  -A OUTPUT -p icmp -j MARK --set-xmark 0x4/0x4
  $ ip netns exec a iptables -A OUTPUT -m mark --mark 0x5/0xff -j ACCEPT
  $ ip netns exec a iptables -A OUTPUT -m mark ! --mark 0x5 -j ACCEPT
  $ ip netns exec a ping -c 1 192.0.2.1 | head -2
  PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
  64 bytes from 192.0.2.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a iptables -L OUTPUT -v -n
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match 0x5/0xff
      1    84 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match ! 0x5
