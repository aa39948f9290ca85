REJECT in OUTPUT of ICMP messages: an echo reply (sent from the ICMP control socket, held by icmp_xmit_lock() while it goes out) gets no port unreachable (the nested icmp_send() finds the lock taken), an ICMP error gets none (no error about an error), while a ping socket's echo request does get one; counters and ICMP statistics on both sides.
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A OUTPUT -p icmp --icmp-type echo-reply -j REJECT
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  $ ip netns exec b iptables -L OUTPUT -n -v -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 REJECT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 0 reject-with icmp-port-unreachable
  $ ip netns exec b nstat -az IcmpInEchos IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutMsgs IpOutRequests
  #kernel
  IpOutRequests                   1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInMsgs
  #kernel
  IcmpInMsgs                      0                  0.0
  IcmpInDestUnreachs              0                  0.0
  $ ip netns exec b ping -c 1 -W 1 127.0.0.1 | sed -n 2p
  $ ip netns exec b ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  $ ip netns exec b iptables -L OUTPUT -n -v -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      252 REJECT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 0 reject-with icmp-port-unreachable
  $ ip netns exec b iptables -R OUTPUT 1 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec b ping -c 1 -W 1 10.0.0.1 | sed -n 2p
  ping: sendmsg: Operation not permitted
  From 10.0.0.2 icmp_seq=1 Destination Host Prohibited
  $ ip netns exec b ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  ping: sendmsg: Operation not permitted
  From 10.0.0.2 icmp_seq=1 Destination Host Prohibited
  $ ip netns exec b iptables -L OUTPUT -n -v -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 REJECT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8 reject-with icmp-host-prohibited
  $ ip netns exec b iptables -R OUTPUT 1 -p icmp --icmp-type destination-unreachable -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec b iptables -A OUTPUT -p icmp --icmp-type time-exceeded -j REJECT
  $ echo x | ip netns exec a nc -u -w 1 10.0.0.2 7; echo rc=$?
  rc=0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec b iptables -L OUTPUT -n -v -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       58 REJECT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 3 reject-with icmp-net-unreachable
         0        0 REJECT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 11 reject-with icmp-port-unreachable
  $ ip netns exec b nstat -az IcmpOutDestUnreachs IcmpOutMsgs IcmpOutEchoReps
  #kernel
  IcmpOutMsgs                     11                 0.0
  IcmpOutDestUnreachs             3                  0.0
  IcmpOutEchoReps                 4                  0.0
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInEchoReps UdpNoPorts
  #kernel
  IcmpInDestUnreachs              0                  0.0
  IcmpInEchoReps                  1                  0.0
  UdpNoPorts                      0                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.ip_forward=1; ip -n a route add 10.9.9.0/24 via 10.0.0.2
  $ ip netns exec a ping -c 1 -W 1 -t 1 10.9.9.9 | sed -n 2p
  $ ip netns exec a ping -c 1 -W 1 10.9.9.9 | sed -n 2p
  $ ip netns exec b iptables -L OUTPUT -n -v -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      282 REJECT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 3 reject-with icmp-net-unreachable
         0        0 REJECT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 11 reject-with icmp-port-unreachable
  $ ip netns exec b nstat -az IcmpOutDestUnreachs IcmpOutTimeExcds IcmpOutMsgs
  #kernel
  IcmpOutMsgs                     13                 0.0
  IcmpOutDestUnreachs             5                  0.0
  IcmpOutTimeExcds                0                  0.0
