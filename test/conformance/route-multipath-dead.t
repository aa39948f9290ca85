Multipath routes: dead/linkdown nexthop flags, ignore_routes_with_linkdown, fib_multipath_use_neigh, and the show forms (-o, -j, -d).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ ip link add a2 type veth peer name b2
  $ for d in lo a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip addr add 10.0.2.1/24 dev a2
  $ ip route add 30.0.0.0/8 nexthop via 10.0.0.2 weight 3 nexthop via 10.0.1.2 weight 1 nexthop dev a2
  $ ip route add 31.0.0.0/8 proto static metric 7 nexthop via 10.0.0.2 nexthop via 10.0.1.2 onlink
  Error: Nexthop device required for onlink.
  [2]
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  	nexthop dev a2 weight 1 
  $ ip -o route show 30.0.0.0/8
  30.0.0.0/8 \	nexthop via 10.0.0.2 dev a0 weight 3 \	nexthop via 10.0.1.2 dev a1 weight 1 \	nexthop dev a2 weight 1 
  $ ip -d route show 31.0.0.0/8
  $ ip -j route show 30.0.0.0/8
  [{"dst":"30.0.0.0/8","flags":[],"nexthops":[{"gateway":"10.0.0.2","dev":"a0","weight":3,"flags":[]},{"gateway":"10.0.1.2","dev":"a1","weight":1,"flags":[]},{"dev":"a2","weight":1,"flags":[]}]}]
  $ ip link set b1 down
  $ ip route show 30.0.0.0/8
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 linkdown 
  	nexthop dev a2 weight 1 
  $ ip -j route show 31.0.0.0/8
  []
  $ sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1
  $ ip route show 31.0.0.0/8
  $ for i in 1 2 3 4 5 6 7 8; do ip route get 30.0.0.$i ; done | grep -c a1
  1
  $ ip link set a2 down
  $ ip route show 30.0.0.0/8
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 dead linkdown 
  	nexthop dev a2 weight 1 dead linkdown 
  $ ip route get 30.9.9.9
  30.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip link set a0 down
  $ ip route show
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 dead linkdown 
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 3 dead linkdown 
  	nexthop via 10.0.1.2 dev a1 weight 1 dead linkdown 
  	nexthop dev a2 weight 1 dead linkdown 
  $ ip route get 31.9.9.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set a0 up
  $ ip link set a2 up
  $ ip link set b1 up
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  	nexthop dev a2 weight 1 
  $ ip route del 30.0.0.0/8 nexthop via 10.0.0.2
  RTNETLINK answers: No such process
  [2]
  $ ip route del 30.0.0.0/8 nexthop via 10.0.0.2 weight 3 nexthop via 10.0.1.2 weight 1 nexthop dev a2
  $ ip route show 30.0.0.0/8
  $ ip route add 32.0.0.0/8 nexthop via 10.0.0.2 weight 0
  Error: argument "0" is wrong: "weight" is invalid
  [255]
  $ ip route add 32.0.0.0/8 nexthop via 10.0.0.2 weight 257
  Error: argument "257" is wrong: "weight" is invalid
  [255]
  $ ip route add 32.0.0.0/8 nexthop via 10.0.0.2 weight 256
  $ ip route add 33.0.0.0/8 nexthop via 10.0.0.2
  $ ip route add 34.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.0.2
  $ ip route add 35.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.9.0.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 36.0.0.0/8 via 10.0.1.2 nexthop via 10.0.0.2
  Error: Nexthop gateway does not match RTA_GATEWAY or RTA_VIA.
  [2]
  $ ip route add 36.0.0.0/8 via 10.0.0.2 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  $ ip route add 37.0.0.0/8 dev a1 nexthop via 10.0.0.2
  Error: Nexthop device index does not match RTA_OIF.
  [2]
  $ ip route add 37.0.0.0/8 dev a0 nexthop via 10.0.0.2 nexthop dev a1
  Error: Nexthop device index does not match RTA_OIF.
  [2]
  $ ip route add 38.0.0.0/8 realm 5 nexthop via 10.0.0.2 realm 6
  Error: Nexthop class id does not match RTA_FLOW.
  [2]
  $ ip route add 38.0.0.0/8 realm 5 nexthop via 10.0.0.2 realm 5 nexthop via 10.0.1.2
  $ ip route add 39.0.0.0/8 realm 5 nexthop via 10.0.0.2
  Error: Nexthop class id does not match RTA_FLOW.
  [2]
  $ ip route add 39.0.0.0/8 dev a0 nexthop via 10.0.0.2 dev a1
  Error: Nexthop device index does not match RTA_OIF.
  [2]
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  32.0.0.0/8 via 10.0.0.2 dev a0 
  33.0.0.0/8 via 10.0.0.2 dev a0 
  34.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  36.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  38.0.0.0/8 
  	nexthop via 10.0.0.2 realm 5 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
