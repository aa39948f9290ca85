ICMP errors for route types at a router: unreachable, prohibit, blackhole and throw routes, seen by ping -v, traceroute -I/-T/-U flags and the router ICMP counters (ip_error: one token per second, a burst of five, per source).
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add unreachable 10.5.0.0/24
  $ ip -n r route add prohibit 10.6.0.0/24
  $ ip -n r route add blackhole 10.7.0.0/24
  $ ip -n r route add throw 10.8.0.0/24
  $ for d in 10.5.0.9 10.6.0.9 10.7.0.9 10.8.0.9; do ip netns exec a ping -c 1 -W 1 $d | sed -n 2p; done
  From 10.1.0.1 icmp_seq=1 Destination Host Unreachable
  From 10.1.0.1 icmp_seq=1 Packet filtered
  
  From 10.1.0.1 icmp_seq=1 Destination Net Unreachable
  $ sleep 5
  $ ip netns exec a traceroute -n -q1 -w1 -I -m 3 10.6.0.9
  traceroute to 10.6.0.9 (10.6.0.9), 3 hops max, 60 byte packets
   1  10.1.0.1  * ms !X (glob)
  $ ip netns exec a traceroute -n -q1 -w1 -U -m 3 10.5.0.9
  traceroute to 10.5.0.9 (10.5.0.9), 3 hops max, 60 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec a traceroute -n -q1 -w1 -T -m 3 10.8.0.9
  traceroute to 10.8.0.9 (10.8.0.9), 3 hops max, 60 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IpInNoRoutes IpInAddrErrors IpExtInNoRoutes IpOutNoRoutes IpInDiscards
  #kernel
  IpInAddrErrors                  0                  0.0
  IpInDiscards                    0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             5                  0.0
  IpExtInNoRoutes                 4                  0.0
  $ ip netns exec r nstat -az | grep IcmpMsgOut
  IcmpMsgOutType3                 5                  0.0
  $ ip -n r route get 10.5.0.9 from 10.1.0.2 iif r0
  RTNETLINK answers: No route to host
  [2]
  $ ip -n r route get 10.6.0.9 from 10.1.0.2 iif r0
  RTNETLINK answers: Permission denied
  [2]
  $ ip -n r route get 10.7.0.9 from 10.1.0.2 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.8.0.9 from 10.1.0.2 iif r0
  RTNETLINK answers: Network is unreachable
  [2]
