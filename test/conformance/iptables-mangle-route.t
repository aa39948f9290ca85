mangle table on a router: MARK in PREROUTING steers forwarded big pings to a table with a prohibit route (ip rule fwmark), TTL --ttl-inc on the replies (the host sees a higher ttl), TOS --set-tos matched by an ip rule tos; counters of every mangle chain.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b route add default via 203.0.113.1
  $ ip -n r rule add fwmark 0x1 table 100
  $ ip -n r route add prohibit default table 100
  $ ip -n r rule add tos 0x10 table 200
  $ ip -n r route add unreachable default table 200
  $ ip netns exec r iptables -t mangle -A PREROUTING -i ra -p icmp --icmp-type echo-request -m length --length 200: -j MARK --set-mark 1
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -s 300 203.0.113.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Packet filtered
  $ ip netns exec r iptables -t mangle -A PREROUTING -i r1 -p icmp --icmp-type echo-reply -j TTL --ttl-inc 2
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=65 time=* ms (glob)
  $ ip netns exec r iptables -t mangle -A POSTROUTING -o ra -j TTL --ttl-set 9
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=9 time=* ms (glob)
  $ ip netns exec r iptables -t mangle -A PREROUTING -i rc -p udp -j TOS --set-tos 0x10
  $ ip netns exec c sh -c 'echo x | nc -u -w 1 203.0.113.2 53'
  $ ip netns exec c ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=65 time=* ms (glob)
  $ ip netns exec r iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1      328 MARK       1    --  ra     *       0.0.0.0/0            0.0.0.0/0            icmptype 8 length 200:65535 MARK set 0x1
         3      252 TTL        1    --  r1     *       0.0.0.0/0            0.0.0.0/0            icmptype 0 TTL increment by 2
         1       30 TOS        17   --  rc     *       0.0.0.0/0            0.0.0.0/0            TOS set 0x10/0xff
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 TTL        0    --  *      ra      0.0.0.0/0            0.0.0.0/0            TTL set to 9
  $ ip netns exec r iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -i ra -p icmp -m icmp --icmp-type 8 -m length --length 200:65535 -j MARK --set-xmark 0x1/0xffffffff
  -A PREROUTING -i r1 -p icmp -m icmp --icmp-type 0 -j TTL --ttl-inc 2
  -A PREROUTING -i rc -p udp -j TOS --set-tos 0x10/0xff
  -A POSTROUTING -o ra -j TTL --ttl-set 9
  $ ip netns exec r ip route get 203.0.113.2 from 192.168.1.2 iif ra mark 1
  RTNETLINK answers: Permission denied
  [2]
  $ ip netns exec r ip route get 203.0.113.2 from 192.168.2.2 iif rc tos 0x10
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec r iptables -t mangle -A INPUT -j TTL --ttl-set 5
  $ ip netns exec r iptables -t mangle -A PREROUTING -j TTL --ttl-set 300
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-set", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t mangle -A PREROUTING -j TTL --ttl-dec 0
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-dec", or out of range (1-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t filter -A FORWARD -j TTL --ttl-set 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  [4]
  $ ip netns exec r iptables -t filter -A FORWARD -j MARK --set-mark 2
  $ ip netns exec r iptables -L FORWARD -n -v
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 MARK       0    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK set 0x2
