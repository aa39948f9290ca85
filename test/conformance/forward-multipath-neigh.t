Multipath next-hop choice rules that do not depend on the hash: an output lookup with a source address prefers the next hop whose device holds it (nh_saddr), fib_multipath_use_neigh skips next hops whose gateway's neighbour entry is not valid (FAILED, INCOMPLETE; no entry counts as good), and with every next hop skipped the first one stays.
  $ for n in r g1 g2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add r0 netns r address 02:00:00:00:01:01 type veth peer name e0 netns g1 address 02:00:00:00:0a:01
  $ ip link add r1 netns r address 02:00:00:00:01:02 type veth peer name e0 netns g2 address 02:00:00:00:0b:01
  $ ip link add r2 netns r address 02:00:00:00:01:03 type veth peer name r3 netns r address 02:00:00:00:01:04
  $ for n in r g1 g2; do ip -n $n link set lo up; done
  $ ip -n r link set r0 up; ip -n r link set r1 up; ip -n r link set r2 up; ip -n r link set r3 up; ip -n g1 link set e0 up; ip -n g2 link set e0 up
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n r addr add 10.3.0.1/24 dev r2
  $ ip -n g1 addr add 10.1.0.2/24 dev e0
  $ ip -n g2 addr add 10.2.0.2/24 dev e0
  $ ip -n g1 addr add 10.9.0.1/32 dev lo
  $ ip -n g2 addr add 10.9.0.1/32 dev lo
  $ ip -n g1 route add default via 10.1.0.1
  $ ip -n g2 route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.9.0.0/24 nexthop via 10.1.0.2 dev r0 nexthop via 10.2.0.2 dev r1
  $ ip -n r route show 10.9.0.0/24
  10.9.0.0/24 
  	nexthop via 10.1.0.2 dev r0 weight 1 
  	nexthop via 10.2.0.2 dev r1 weight 1 
  $ ip -n r route get 10.9.0.1 from 10.1.0.1
  10.9.0.1 from 10.1.0.1 via 10.1.0.2 dev r0 uid 0 
      cache 
  $ ip -n r route get 10.9.0.1 from 10.2.0.1
  10.9.0.1 from 10.2.0.1 via 10.2.0.2 dev r1 uid 0 
      cache 
  $ ip -n r route get 10.9.0.7 from 10.2.0.1
  10.9.0.7 from 10.2.0.1 via 10.2.0.2 dev r1 uid 0 
      cache 
  $ ip -n r route get 10.9.0.1 from 10.3.0.1 | grep -c via
  1
  $ ip netns exec r ping -c 1 -I 10.2.0.1 10.9.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec r ping -c 1 -I 10.1.0.1 10.9.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec r sysctl net.ipv4.fib_multipath_use_neigh
  net.ipv4.fib_multipath_use_neigh = 0
  $ ip -n r neigh show | sort
  10.1.0.2 dev r0 lladdr 02:00:00:00:0a:01 REACHABLE 
  10.2.0.2 dev r1 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n r neigh replace 10.1.0.2 dev r0 nud failed
  $ ip -n r neigh show | sort
  10.1.0.2 dev r0 FAILED 
  10.2.0.2 dev r1 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip netns exec r sysctl -w net.ipv4.fib_multipath_use_neigh=1
  net.ipv4.fib_multipath_use_neigh = 1
  $ for i in 1 2 3 4 5 6 7 8; do ip -n r route get 10.9.0.$i | head -1; done
  10.9.0.1 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.2 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.3 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.4 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.5 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.6 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.7 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.8 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  $ for i in 1 2 3 4 5 6 7 8; do ip -n r route get 10.9.0.$i from 10.3.0.2 iif r3 | head -1; done
  10.9.0.1 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.2 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.3 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.4 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.5 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.6 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.7 from 10.3.0.2 via 10.2.0.2 dev r1 
  10.9.0.8 from 10.3.0.2 via 10.2.0.2 dev r1 
  $ ip -n r route get 10.9.0.1 from 10.1.0.1
  10.9.0.1 from 10.1.0.1 via 10.2.0.2 dev r1 uid 0 
      cache 
  $ ip -n r neigh replace 10.2.0.2 dev r1 nud incomplete
  $ ip -n r neigh show | sort
  10.1.0.2 dev r0 FAILED 
  10.2.0.2 dev r1 INCOMPLETE 
  $ for i in 1 2 3 4; do ip -n r route get 10.9.0.$i | head -1; done
  10.9.0.1 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.2 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.3 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.4 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  $ ip -n r route get 10.9.0.1 from 10.2.0.1
  10.9.0.1 from 10.2.0.1 via 10.1.0.2 dev r0 uid 0 
      cache 
  $ ip -n r neigh replace 10.1.0.2 dev r0 lladdr 02:00:00:00:0a:01 nud stale
  $ for i in 1 2 3 4; do ip -n r route get 10.9.0.$i | head -1; done
  10.9.0.1 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.2 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.3 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.4 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  $ ip -n r route get 10.9.0.1 from 10.2.0.1
  10.9.0.1 from 10.2.0.1 via 10.1.0.2 dev r0 uid 0 
      cache 
  $ ip -n r neigh replace 10.2.0.2 dev r1 lladdr 02:00:00:00:0b:01 nud noarp
  $ ip -n r neigh replace 10.1.0.2 dev r0 nud failed
  $ for i in 1 2 3 4; do ip -n r route get 10.9.0.$i | head -1; done
  10.9.0.1 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.2 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.3 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.4 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  $ ip -n r neigh del 10.1.0.2 dev r0
  $ ip -n r neigh replace 10.2.0.2 dev r1 nud failed
  $ for i in 1 2 3 4; do ip -n r route get 10.9.0.$i | head -1; done
  10.9.0.1 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.2 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.3 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.4 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  $ ip -n r route get 10.9.0.1 from 10.2.0.1
  10.9.0.1 from 10.2.0.1 via 10.1.0.2 dev r0 uid 0 
      cache 
  $ ip netns exec r sysctl -qw net.ipv4.fib_multipath_use_neigh=0
  $ ip -n r route get 10.9.0.1 from 10.2.0.1
  10.9.0.1 from 10.2.0.1 via 10.2.0.2 dev r1 uid 0 
      cache 
  $ ip -n r route get 10.9.0.1 from 10.1.0.1
  10.9.0.1 from 10.1.0.1 via 10.1.0.2 dev r0 uid 0 
      cache 
  $ for i in 1 2 3 4; do ip -n r route get 10.9.0.$i oif r1 | head -1; done
  10.9.0.1 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.2 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.3 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  10.9.0.4 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
  $ for i in 1 2 3 4; do ip -n r route get 10.9.0.$i oif r0 | head -1; done
  10.9.0.1 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.2 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.3 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  10.9.0.4 via 10.1.0.2 dev r0 src 10.1.0.1 uid 0 
  $ ip -n r route get 10.9.0.1 from 10.1.0.1 oif r1
  10.9.0.1 from 10.1.0.1 via 10.2.0.2 dev r1 uid 0 
      cache 
  $ ip -n r route get 10.9.0.1 from 10.2.0.1 oif r0
  10.9.0.1 from 10.2.0.1 via 10.1.0.2 dev r0 uid 0 
      cache 
