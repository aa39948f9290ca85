A router whose egress link loses its carrier (the veth peer goes down): the connected route stays, marked linkdown, and is still used (ARP fails: host unreachable) unless ignore_routes_with_linkdown; an egress set down loses its routes (net unreachable) while its address stays local to the router.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip -n b link set b0 down
  $ ip -n r link show r1 | head -1
  3: r1@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
  $ ip -n r route show
  10.1.0.0/24 dev r0 proto kernel scope link src 10.1.0.1 
  10.2.0.0/24 dev r1 proto kernel scope link src 10.2.0.1 linkdown 
  $ ip -n r route get 10.2.0.2
  10.2.0.2 dev r1 src 10.2.0.1 uid 0 
      cache 
  $ ip -n r route get 10.2.0.2 from 10.1.0.2 iif r0
  10.2.0.2 from 10.1.0.2 dev r1 
      cache iif r0 
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 5 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Destination Host Unreachable
  $ ip -n r neigh show | sort
  10.1.0.2 dev r0 lladdr 02:00:00:00:0a:01 DELAY 
  10.2.0.2 dev r1 FAILED 
  $ ip netns exec r sysctl -w net.ipv4.conf.r1.ignore_routes_with_linkdown=1
  net.ipv4.conf.r1.ignore_routes_with_linkdown = 1
  $ ip -n r route show
  10.1.0.0/24 dev r0 proto kernel scope link src 10.1.0.1 
  10.2.0.0/24 dev r1 proto kernel scope link src 10.2.0.1 dead linkdown 
  $ ip -n r route get 10.2.0.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n r route get 10.2.0.2 from 10.1.0.2 iif r0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.2.0.9
  PING 10.2.0.9 (10.2.0.9) 56(84) bytes of data.
  From 10.1.0.1 icmp_seq=1 Destination Net Unreachable
  
  --- 10.2.0.9 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=1 net.ipv4.conf.r1.ignore_routes_with_linkdown=0
  net.ipv4.conf.all.ignore_routes_with_linkdown = 1
  net.ipv4.conf.r1.ignore_routes_with_linkdown = 0
  $ ip -n r route get 10.2.0.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=0
  $ ip -n r route get 10.2.0.2
  10.2.0.2 dev r1 src 10.2.0.1 uid 0 
      cache 
  $ ip -n r link set r1 down
  $ ip -n r route show
  10.1.0.0/24 dev r0 proto kernel scope link src 10.1.0.1 
  $ ip -n r route show table local | grep 10.2
  local 10.2.0.1 dev r1 proto kernel scope host src 10.2.0.1 
  $ ip -n r addr show dev r1 | grep inet
      inet 10.2.0.1/24 scope global r1
  $ ip -n r route get 10.2.0.1
  local 10.2.0.1 dev lo src 10.2.0.1 uid 0 
      cache <local> 
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Destination Net Unreachable
  $ ip -n r link set r1 up; ip -n b link set b0 up; ip -n b route add default via 10.2.0.1
  $ ip -n r route show
  10.1.0.0/24 dev r0 proto kernel scope link src 10.1.0.1 
  10.2.0.0/24 dev r1 proto kernel scope link src 10.2.0.1 
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip netns exec r nstat -az IpForwDatagrams IpInAddrErrors IpExtInNoRoutes IpOutNoRoutes IcmpOutDestUnreachs IpOutDiscards | tail -n +2
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 5                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             3                  0.0
  IpExtInNoRoutes                 2                  0.0
  $ ip -n r -s link show r1 | sed -n 6p
             280       4      0       3       0       0 
