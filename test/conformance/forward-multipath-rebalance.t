Multipath hash intervals are fixed when a device event rebalances the route (fib_rebalance at creation, fib_sync_down_dev, fib_sync_up): with a fixed seed, flows move off a next hop whose link went down only when ignore_routes_with_linkdown was on at that moment; turning the sysctl on later marks it dead in listings but leaves the intervals until the next event; an output device or a source address still picks their next hop.
  $ for n in r g1 g2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add r0 netns r address 02:00:00:00:01:01 type veth peer name e0 netns g1 address 02:00:00:00:0a:01
  $ ip link add r1 netns r address 02:00:00:00:01:02 type veth peer name e0 netns g2 address 02:00:00:00:0b:01
  $ for n in r g1 g2; do ip -n $n link set lo up; done
  $ ip -n r link set r0 up; ip -n r link set r1 up; ip -n g1 link set e0 up; ip -n g2 link set e0 up
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip netns exec r sysctl -qw net.ipv4.fib_multipath_hash_seed=5
  $ ip -n r route add 10.9.0.0/24 nexthop via 10.1.0.2 dev r0 weight 2 nexthop via 10.2.0.2 dev r1 weight 3
  $ for i in $(seq 1 10); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 
  $ ip -n g2 link set e0 down
  $ ip -n r route show 10.9.0.0/24
  10.9.0.0/24 
  	nexthop via 10.1.0.2 dev r0 weight 2 
  	nexthop via 10.2.0.2 dev r1 weight 3 linkdown 
  $ for i in $(seq 1 10); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.ignore_routes_with_linkdown=1
  $ ip -n r route show 10.9.0.0/24
  10.9.0.0/24 
  	nexthop via 10.1.0.2 dev r0 weight 2 
  	nexthop via 10.2.0.2 dev r1 weight 3 dead linkdown 
  $ for i in $(seq 1 10); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 
  $ ip -n r route get 10.9.0.1 from 10.2.0.1
  10.9.0.1 from 10.2.0.1 via 10.2.0.2 dev r1 uid 0 
      cache 
  $ ip -n r route get 10.9.0.1 oif r1
  10.9.0.1 dev r1 src 10.2.0.1 uid 0 
      cache 
  $ ip -n r link set r0 down
  $ ip -n r route show 10.9.0.0/24
  10.9.0.0/24 
  	nexthop via 10.1.0.2 dev r0 weight 2 dead linkdown 
  	nexthop via 10.2.0.2 dev r1 weight 3 dead linkdown 
  $ ip -n r route get 10.9.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.ignore_routes_with_linkdown=0
  $ ip -n r route get 10.9.0.1
  10.9.0.1 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
      cache 
  $ ip -n r link set r0 up
  $ ip -n g2 link set e0 up
  $ ip -n r route show 10.9.0.0/24
  10.9.0.0/24 
  	nexthop via 10.1.0.2 dev r0 weight 2 
  	nexthop via 10.2.0.2 dev r1 weight 3 
  $ for i in $(seq 1 10); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 
  $ ip -n r route get 10.9.0.3 fibmatch
  10.9.0.0/24 
  	nexthop via 10.1.0.2 dev r0 weight 2 
  	nexthop via 10.2.0.2 dev r1 weight 3 
  $ ip -n r route del 10.9.0.0/24 nexthop via 10.1.0.2 dev r0
  RTNETLINK answers: No such process
  [2]
  $ ip -n r route show 10.9.0.0/24
  10.9.0.0/24 
  	nexthop via 10.1.0.2 dev r0 weight 2 
  	nexthop via 10.2.0.2 dev r1 weight 3 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.ignore_routes_with_linkdown=1
  $ ip -n r route add 10.9.0.0/24 nexthop via 10.1.0.2 dev r0 nexthop via 10.2.0.2 dev r1
  RTNETLINK answers: File exists
  [2]
  $ ip -n g2 link set e0 down
  $ ip -n r route show 10.9.0.0/24
  10.9.0.0/24 
  	nexthop via 10.1.0.2 dev r0 weight 2 
  	nexthop via 10.2.0.2 dev r1 weight 3 dead linkdown 
  $ for i in $(seq 1 10); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.ignore_routes_with_linkdown=0
  $ for i in $(seq 1 10); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 
  $ ip -n g2 link set e0 up
  $ for i in $(seq 1 10); do ip -n r route get 10.9.0.$i | head -1 | cut -d' ' -f3; done | tr '\n' ' '; echo
  10.2.0.2 10.2.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.1.0.2 10.2.0.2 10.2.0.2 10.2.0.2 10.1.0.2 
