ping against policy rules with the actions unreachable, prohibit and blackhole, and route types throw, unreachable and prohibit in another table: locally (connect/sendmsg errors or From lines) and on a router (the ICMP it answers with), with IP and ICMP counters after each.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n a link set lo up; ip -n r link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n a route add default via 10.0.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
  $ ip -n a rule add to 10.5.0.0/16 unreachable
  $ ip -n a rule add to 10.6.0.0/16 prohibit
  $ ip -n a rule add to 10.7.0.0/16 blackhole
  $ ip -n a rule
  0:	from all lookup local
  32763:	from all to 10.7.0.0/16 blackhole
  32764:	from all to 10.6.0.0/16 prohibit
  32765:	from all to 10.5.0.0/16 unreachable
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip netns exec a ping -c 1 -W 1 10.5.0.1
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.6.0.1
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.7.0.1
  ping: connect: Invalid argument
  [2]
  $ ip -n a route get 10.5.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 10.6.0.1
  RTNETLINK answers: Permission denied
  [2]
  $ ip -n a route get 10.7.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a nstat -az IpOutNoRoutes IpOutRequests IcmpOutEchos IcmpOutErrors | tail -n +2
  IpOutRequests                   0                  0.0
  IpOutNoRoutes                   1                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutEchos                    0                  0.0
  $ ip -n r rule add to 10.5.0.0/16 unreachable
  $ ip -n r rule add to 10.6.0.0/16 prohibit
  $ ip -n r rule add to 10.7.0.0/16 blackhole
  $ ip -n r route add throw 10.8.0.0/16 table 100
  $ ip -n r route add unreachable 10.9.0.0/16 table 100
  $ ip -n r route add prohibit 10.10.0.0/16 table 100
  $ ip -n r rule add from 10.0.0.0/24 table 100
  $ for p in 10.5 10.6 10.7; do ip -n a rule del to $p.0.0/16; done
  $ ip -n a rule
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip netns exec a ping -c 1 -W 1 -n 10.5.0.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.5.0.1 (10.5.0.1) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Destination Net Unreachable
  
  --- 10.5.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ sleep 1; ip netns exec a ping -c 1 -W 1 -n 10.6.0.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.6.0.1 (10.6.0.1) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Packet filtered
  
  --- 10.6.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ sleep 1; ip netns exec a ping -c 1 -W 1 -n 10.7.0.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.7.0.1 (10.7.0.1) 56(84) bytes of data.
  
  --- 10.7.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ sleep 1; ip netns exec a ping -c 1 -W 1 -n 10.8.0.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.8.0.1 (10.8.0.1) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Destination Net Unreachable
  
  --- 10.8.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ sleep 1; ip netns exec a ping -c 1 -W 1 -n 10.9.0.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.9.0.1 (10.9.0.1) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Destination Host Unreachable
  
  --- 10.9.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ sleep 1; ip netns exec a ping -c 1 -W 1 -n 10.10.0.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.10.0.1 (10.10.0.1) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Packet filtered
  
  --- 10.10.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip -n r route get 10.8.0.1 from 10.0.0.1 iif r0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n r route get 10.9.0.1 from 10.0.0.1 iif r0
  RTNETLINK answers: No route to host
  [2]
  $ ip -n r route get 10.6.0.1 from 10.0.0.1 iif r0
  RTNETLINK answers: Permission denied
  [2]
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IpInNoRoutes IpOutNoRoutes IpInAddrErrors IcmpOutMsgs | tail -n +2
  IpInAddrErrors                  0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutMsgs                     5                  0.0
  IcmpOutDestUnreachs             5                  0.0
  $ ip netns exec r nstat -az 'IcmpMsg*' | tail -n +2
  IcmpMsgOutType3                 5                  0.0
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInErrors | tail -n +2
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              5                  0.0
