Delivery under a source filter: with h2 in (INCLUDE, {10.0.0.9}) for 232.1.1.1 (iperf -H), a datagram to the group from 10.0.0.1 is dropped at the route lookup (ip_check_mc_rcu: the source is not included; only IpInReceives counts), one from 10.0.0.9 is delivered; once the socket is gone the group is left and neither arrives.
  $ ip netns add h1
  $ ip netns add h2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 addr add 10.0.0.1/24 dev v1; ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up
  $ ip -n h1 route add 224.0.0.0/4 dev v1; ip -n h2 route add 224.0.0.0/4 dev v2
  $ ip -n h1 addr add 10.0.0.9/24 dev v1
  $ ip netns exec h2 sh -c 'timeout -s KILL 6 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 1.5
  $ ip netns exec h2 nstat -n
  $ echo hi | ip netns exec h1 socat -u - UDP4-SENDTO:232.1.1.1:5001,bind=10.0.0.1
  $ sleep 0.2; ip netns exec h2 nstat -az IpInReceives IpInDelivers IpExtInMcastPkts UdpInDatagrams UdpNoPorts
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  IpExtInMcastPkts                0                  0.0
  $ echo hi | ip netns exec h1 socat -u - UDP4-SENDTO:232.1.1.1:5001,bind=10.0.0.9
  $ sleep 0.2; ip netns exec h2 nstat -az IpInReceives IpInDelivers IpExtInMcastPkts UdpInDatagrams UdpNoPorts
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    1                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
  IpExtInMcastPkts                1                  0.0
  $ echo hi | ip netns exec h1 socat -u - UDP4-SENDTO:232.1.1.1:5009,bind=10.0.0.9
  $ sleep 0.2; ip netns exec h2 nstat -az IpInReceives IpInDelivers IpExtInMcastPkts UdpInDatagrams UdpNoPorts
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    2                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
  IpExtInMcastPkts                2                  0.0
  $ ip -n h2 -s link show v2 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             135       3      0       0       0       0 
  $ ip -n h2 route get 232.1.1.1 from 10.0.0.9 iif v2
  multicast 232.1.1.1 from 10.0.0.9 dev lo rt_offload_failed 
      cache <local,mc> iif v2 
  $ ip -n h2 route get 232.1.1.1 from 10.0.0.1 iif v2
  RTNETLINK answers: Invalid argument
  [2]
  $ sleep 5
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
  $ echo hi | ip netns exec h1 socat -u - UDP4-SENDTO:232.1.1.1:5001,bind=10.0.0.9
  $ sleep 0.2; ip netns exec h2 nstat -az IpInReceives IpInDelivers IpExtInMcastPkts UdpInDatagrams UdpNoPorts
  #kernel
  IpInReceives                    4                  0.0
  IpInDelivers                    2                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
  IpExtInMcastPkts                2                  0.0
  $ ip -n h2 route get 232.1.1.1 from 10.0.0.9 iif v2
  RTNETLINK answers: Invalid argument
  [2]
