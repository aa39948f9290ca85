REJECT variants as ping sees them, on INPUT, FORWARD and OUTPUT.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0b:02
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.1/24 dev a0
  $ ip -n r addr add 10.1.0.254/24 dev r0
  $ ip -n r addr add 10.2.0.254/24 dev r1
  $ ip -n b addr add 10.2.0.1/24 dev b0
  $ ip -n a route add default via 10.1.0.254
  $ ip -n b route add default via 10.2.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | head -2
  PING 10.2.0.1 (10.2.0.1) 56(84) bytes of data.
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r iptables -A FORWARD -i r0 -o r1 -p icmp -j REJECT
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1
  PING 10.2.0.1 (10.2.0.1) 56(84) bytes of data.
  From 10.1.0.254 icmp_seq=1 Destination Port Unreachable
  
  --- 10.2.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ for w in icmp-net-unreachable icmp-host-unreachable icmp-port-unreachable icmp-proto-unreachable icmp-net-prohibited icmp-host-prohibited icmp-admin-prohibited; do ip netns exec r iptables -R FORWARD 1 -i r0 -o r1 -p icmp -j REJECT --reject-with $w; ip netns exec a ping -c 1 -W 1 10.2.0.1 | sed -n 2p; sleep 1; done
  From 10.1.0.254 icmp_seq=1 Destination Net Unreachable
  From 10.1.0.254 icmp_seq=1 Destination Host Unreachable
  From 10.1.0.254 icmp_seq=1 Destination Port Unreachable
  From 10.1.0.254 icmp_seq=1 Destination Protocol Unreachable
  From 10.1.0.254 icmp_seq=1 Destination Net Prohibited
  From 10.1.0.254 icmp_seq=1 Destination Host Prohibited
  From 10.1.0.254 icmp_seq=1 Packet filtered
  $ ip netns exec r iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 REJECT     1    --  r0     r1      0.0.0.0/0            0.0.0.0/0            reject-with icmp-admin-prohibited
  $ ip netns exec r iptables -S FORWARD
  -P FORWARD ACCEPT
  -A FORWARD -i r0 -o r1 -p icmp -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec r iptables -F
  $ sleep 1; ip netns exec r iptables -A INPUT -i r0 -j REJECT --reject-with host-unreach
  $ ip netns exec a ping -c 1 -W 1 10.1.0.254
  PING 10.1.0.254 (10.1.0.254) 56(84) bytes of data.
  From 10.1.0.254 icmp_seq=1 Destination Host Unreachable
  
  --- 10.1.0.254 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a iptables -A OUTPUT -d 10.2.0.1 -j REJECT --reject-with net-unreach
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1
  PING 10.2.0.1 (10.2.0.1) 56(84) bytes of data.
  
  --- 10.2.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a iptables -L OUTPUT
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  REJECT     all  --  anywhere             10.2.0.1             reject-with icmp-net-unreachable
  $ ip netns exec r nstat -asz IpForwDatagrams IpOutNoRoutes
  #kernel
  IpForwDatagrams                 12                 0.0
  IpOutNoRoutes                   0                  0.0
