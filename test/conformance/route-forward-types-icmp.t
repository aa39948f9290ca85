A router forwarding into unreachable, prohibit, blackhole and throw routes and into rule actions: what the sender's ping says, and the router's IP/ICMP counters.
  $ ip netns add h
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name h0 address 02:00:00:00:00:02 netns h
  $ ip link set lo up
  $ ip link set a0 up
  $ ip -n h link set lo up
  $ ip -n h link set h0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip -n h addr add 10.0.0.2/24 dev h0
  $ ip -n h route add default via 10.0.0.1
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route add unreachable 30.0.0.0/8
  $ ip route add prohibit 31.0.0.0/8
  $ ip route add blackhole 32.0.0.0/8
  $ ip route add throw 33.0.0.0/8
  $ ip rule add to 34.0.0.0/8 prohibit
  $ ip rule add to 35.0.0.0/8 unreachable
  $ ip rule add to 36.0.0.0/8 blackhole
  $ ip route add throw 37.0.0.0/8 table 5
  $ ip rule add to 37.0.0.0/8 table 5
  $ ip netns exec h ping -c1 -W1 30.1.1.1
  PING 30.1.1.1 (30.1.1.1) 56(84) bytes of data.
  From 10.0.0.1 icmp_seq=1 Destination Host Unreachable
  
  --- 30.1.1.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c1 -W1 31.1.1.1
  PING 31.1.1.1 (31.1.1.1) 56(84) bytes of data.
  From 10.0.0.1 icmp_seq=1 Packet filtered
  
  --- 31.1.1.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c1 -W1 32.1.1.1
  PING 32.1.1.1 (32.1.1.1) 56(84) bytes of data.
  
  --- 32.1.1.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c1 -W1 33.1.1.1
  PING 33.1.1.1 (33.1.1.1) 56(84) bytes of data.
  From 10.0.0.1 icmp_seq=1 Destination Net Unreachable
  
  --- 33.1.1.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c1 -W1 34.1.1.1
  PING 34.1.1.1 (34.1.1.1) 56(84) bytes of data.
  
  --- 34.1.1.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c1 -W1 35.1.1.1
  PING 35.1.1.1 (35.1.1.1) 56(84) bytes of data.
  
  --- 35.1.1.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c1 -W1 36.1.1.1
  PING 36.1.1.1 (36.1.1.1) 56(84) bytes of data.
  
  --- 36.1.1.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c1 -W1 37.1.1.1
  PING 37.1.1.1 (37.1.1.1) 56(84) bytes of data.
  From 10.0.0.1 icmp_seq=1 Destination Net Unreachable
  
  --- 37.1.1.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c1 -W1 38.1.1.1
  PING 38.1.1.1 (38.1.1.1) 56(84) bytes of data.
  
  --- 38.1.1.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ nstat -az IpInNoRoutes IpOutNoRoutes IpInDiscards IpForwDatagrams IcmpOutDestUnreachs IcmpOutErrors IcmpInEchos IcmpMsgOutType3
  #kernel
  IpForwDatagrams                 0                  0.0
  IpInDiscards                    0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutDestUnreachs             4                  0.0
  IcmpMsgOutType3                 4                  0.0
  $ ip -n h neigh flush all
  $ ping -c1 -W1 30.1.1.1
  ping: connect: No route to host
  [2]
  $ ping -c1 -W1 31.1.1.1
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ping -c1 -W1 32.1.1.1
  ping: connect: Invalid argument
  [2]
  $ ping -c1 -W1 33.1.1.1
  ping: connect: Network is unreachable
  [2]
  $ ping -c1 -W1 34.1.1.1
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ping -c1 -W1 35.1.1.1
  ping: connect: Network is unreachable
  [2]
  $ ping -c1 -W1 36.1.1.1
  ping: connect: Invalid argument
  [2]
  $ ping -c1 -W1 37.1.1.1
  ping: connect: Network is unreachable
  [2]
  $ nstat -az IpInNoRoutes IpOutNoRoutes IpOutRequests IcmpOutDestUnreachs IcmpOutErrors
  #kernel
  IpOutRequests                   4                  0.0
  IpOutNoRoutes                   3                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutDestUnreachs             4                  0.0
