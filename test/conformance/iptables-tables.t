The raw, mangle and filter tables on one path: marks set early are matched later; policies count; iptables-save orders the tables.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -t raw -A PREROUTING -p icmp -j CT --notrack
  $ ip netns exec b iptables -t mangle -A PREROUTING -p icmp --icmp-type echo-request -m length --length 100: -j MARK --set-mark 0x2
  $ ip netns exec b iptables -A INPUT -m mark --mark 0x2 -j DROP
  $ ip netns exec b iptables -P INPUT DROP
  $ ip netns exec b iptables -A INPUT -p icmp -j ACCEPT
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -s 200 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b iptables -t mangle -L PREROUTING -v -n
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1   228 MARK       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8 length 100:65535 MARK set 0x2
  $ ip netns exec b iptables -L INPUT -v -n
  Chain INPUT (policy DROP 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1   228 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match 0x2
      1    84 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -p icmp -j CT --notrack
  $ ip netns exec b iptables-save | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -p icmp -m icmp --icmp-type 8 -m length --length 100:65535 -j MARK --set-xmark 0x2/0xffffffff
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A PREROUTING -p icmp -j CT --notrack
  COMMIT
  *filter
  :INPUT DROP [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -m mark --mark 0x2 -j DROP
  -A INPUT -p icmp -j ACCEPT
  COMMIT
  $ ip netns exec b iptables -P INPUT ACCEPT
  $ ip netns exec b iptables -t raw -F
  $ ip netns exec b iptables -t mangle -F
  $ ip netns exec b iptables -t nat -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  $ ip netns exec b iptables -t security -A INPUT -j ACCEPT
  $ ip netns exec b iptables-save -t security | grep -v '^#'
  *security
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -j ACCEPT
  COMMIT
  $ ip netns exec b iptables-save | grep '^\*'
  *mangle
  *security
  *raw
  *filter
