Carrier loss against conf/all and conf/DEV: arp_evict_nocarrier is IN_DEV_ANDCONF (neighbours are flushed only when both say 1), ignore_routes_with_linkdown is IN_DEV_ORCONF (a linkdown nexthop is skipped when either says 1; multipath hash bounds are only recomputed on a carrier change). Sleeps let linkwatch deliver the carrier events.
  $ ip netns add h; ip netns add x
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip link add h1 netns h address 02:00:00:00:00:03 type veth peer name x1 netns x address 02:00:00:00:00:04
  $ for d in lo h0 h1; do ip -n h link set $d up; done; ip -n x link set x0 up; ip -n x link set x1 up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n h addr add 10.0.1.1/24 dev h1
  $ ip -n h neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev h0 nud stale
  $ ip -n h neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev h0 nud permanent
  $ ip -n h neigh add 10.0.1.7 lladdr 02:00:00:00:00:17 dev h1 nud stale
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=0
  net.ipv4.conf.all.arp_evict_nocarrier = 0
  $ ip -n x link set x0 down; ip -n x link set x1 down; sleep 2
  $ ip -n h neigh show | sort
  10.0.0.7 dev h0 lladdr 02:00:00:00:00:07 STALE 
  10.0.0.8 dev h0 lladdr 02:00:00:00:00:08 PERMANENT 
  10.0.1.7 dev h1 lladdr 02:00:00:00:00:17 STALE 
  $ ip -n x link set x0 up; ip -n x link set x1 up; sleep 2
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=1 net.ipv4.conf.h0.arp_evict_nocarrier=0
  net.ipv4.conf.all.arp_evict_nocarrier = 1
  net.ipv4.conf.h0.arp_evict_nocarrier = 0
  $ ip -n x link set x0 down; ip -n x link set x1 down; sleep 2
  $ ip -n h neigh show | sort
  10.0.0.7 dev h0 lladdr 02:00:00:00:00:07 STALE 
  10.0.0.8 dev h0 lladdr 02:00:00:00:00:08 PERMANENT 
  $ ip -n x link set x0 up; ip -n x link set x1 up; sleep 2
  $ ip -n h neigh replace 10.0.1.7 lladdr 02:00:00:00:00:17 dev h1 nud stale
  $ ip netns exec h sysctl -w net.ipv4.conf.h1.arp_evict_nocarrier=0 net.ipv4.conf.h0.arp_evict_nocarrier=1
  net.ipv4.conf.h1.arp_evict_nocarrier = 0
  net.ipv4.conf.h0.arp_evict_nocarrier = 1
  $ ip -n x link set x0 down; ip -n x link set x1 down; sleep 2
  $ ip -n h neigh show | sort
  10.0.0.8 dev h0 lladdr 02:00:00:00:00:08 PERMANENT 
  10.0.1.7 dev h1 lladdr 02:00:00:00:00:17 STALE 
  $ ip -n x link set x0 up; ip -n x link set x1 up; sleep 2
  $ ip -n h route add 192.168.0.0/24 nexthop via 10.0.0.2 dev h0 nexthop via 10.0.1.2 dev h1
  $ ip -n h route add 192.168.1.0/24 via 10.0.0.2 dev h0
  $ ip -n x link set x0 down; sleep 2
  $ ip -n h route show
  10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.1 linkdown 
  10.0.1.0/24 dev h1 proto kernel scope link src 10.0.1.1 
  192.168.0.0/24 
  	nexthop via 10.0.0.2 dev h0 weight 1 linkdown 
  	nexthop via 10.0.1.2 dev h1 weight 1 
  192.168.1.0/24 via 10.0.0.2 dev h0 linkdown 
  $ ip -n h route get 192.168.1.1
  192.168.1.1 via 10.0.0.2 dev h0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec h sysctl -w net.ipv4.conf.h1.ignore_routes_with_linkdown=1
  net.ipv4.conf.h1.ignore_routes_with_linkdown = 1
  $ ip -n h route get 192.168.1.1
  192.168.1.1 via 10.0.0.2 dev h0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n h route show 192.168.0.0/24
  192.168.0.0/24 
  	nexthop via 10.0.0.2 dev h0 weight 1 linkdown 
  	nexthop via 10.0.1.2 dev h1 weight 1 
  $ ip netns exec h sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=1
  net.ipv4.conf.all.ignore_routes_with_linkdown = 1
  $ ip -n h route show
  10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.1 dead linkdown 
  10.0.1.0/24 dev h1 proto kernel scope link src 10.0.1.1 
  192.168.0.0/24 
  	nexthop via 10.0.0.2 dev h0 weight 1 dead linkdown 
  	nexthop via 10.0.1.2 dev h1 weight 1 
  192.168.1.0/24 via 10.0.0.2 dev h0 dead linkdown 
  $ ip -n h route get 192.168.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n h route get 192.168.0.5 from 10.0.0.1
  192.168.0.5 from 10.0.0.1 via 10.0.0.2 dev h0 uid 0 
      cache 
  $ ip -n h route get 192.168.0.5 from 10.0.1.1
  192.168.0.5 from 10.0.1.1 via 10.0.1.2 dev h1 uid 0 
      cache 
  $ ip -n x link set x0 up; sleep 2
  $ ip -n x link set x0 down; sleep 2
  $ ip -n h route get 192.168.0.5 from 10.0.0.1
  192.168.0.5 from 10.0.0.1 via 10.0.1.2 dev h1 uid 0 
      cache 
  $ ip netns exec h sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=0 net.ipv4.conf.h0.ignore_routes_with_linkdown=1
  net.ipv4.conf.all.ignore_routes_with_linkdown = 0
  net.ipv4.conf.h0.ignore_routes_with_linkdown = 1
  $ ip -n h route get 192.168.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n h route show
  10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.1 dead linkdown 
  10.0.1.0/24 dev h1 proto kernel scope link src 10.0.1.1 
  192.168.0.0/24 
  	nexthop via 10.0.0.2 dev h0 weight 1 dead linkdown 
  	nexthop via 10.0.1.2 dev h1 weight 1 
  192.168.1.0/24 via 10.0.0.2 dev h0 dead linkdown 
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.ignore_routes_with_linkdown=0
  net.ipv4.conf.h0.ignore_routes_with_linkdown = 0
  $ ip -n h route get 192.168.0.5 from 10.0.0.1
  192.168.0.5 from 10.0.0.1 via 10.0.1.2 dev h1 uid 0 
      cache 
  $ ip -n x link set x0 up; sleep 2
  $ ip -n h route show
  10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev h1 proto kernel scope link src 10.0.1.1 
  192.168.0.0/24 
  	nexthop via 10.0.0.2 dev h0 weight 1 
  	nexthop via 10.0.1.2 dev h1 weight 1 
  192.168.1.0/24 via 10.0.0.2 dev h0 
  $ ip -n h route get 192.168.1.1
  192.168.1.1 via 10.0.0.2 dev h0 src 10.0.0.1 uid 0 
      cache 
