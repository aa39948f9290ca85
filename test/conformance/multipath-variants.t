Multipath routes, nexthop options and route show/get of them.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:00:03 type veth peer name b1 address 02:00:00:00:00:04
  $ for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip addr add 192.168.2.1/24 dev a1
  $ ip route add 10.0.0.0/8 nexthop via 192.168.1.2 nexthop via 192.168.2.2
  $ ip route add 11.0.0.0/8 nexthop via 192.168.1.2 weight 3 nexthop via 192.168.2.2 weight 1
  $ ip route add 12.0.0.0/8 nexthop via 192.168.1.2 dev a0 nexthop dev a1
  $ ip route add 13.0.0.0/8 nexthop via 192.168.7.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 14.0.0.0/8 nexthop via 192.168.1.2 weight 0
  Error: argument "0" is wrong: "weight" is invalid
  [255]
  $ ip route add 15.0.0.0/8 nexthop via 192.168.1.2 weight 257
  Error: argument "257" is wrong: "weight" is invalid
  [255]
  $ ip route add 16.0.0.0/8 nexthop via 192.168.1.2 onlink nexthop via 192.168.9.9 dev a1 onlink
  Error: Nexthop device required for onlink.
  [2]
  $ ip route show
  10.0.0.0/8 
  	nexthop via 192.168.1.2 dev a0 weight 1 
  	nexthop via 192.168.2.2 dev a1 weight 1 
  11.0.0.0/8 
  	nexthop via 192.168.1.2 dev a0 weight 3 
  	nexthop via 192.168.2.2 dev a1 weight 1 
  12.0.0.0/8 
  	nexthop via 192.168.1.2 dev a0 weight 1 
  	nexthop dev a1 weight 1 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  $ ip -o route show 11.0.0.0/8
  11.0.0.0/8 \	nexthop via 192.168.1.2 dev a0 weight 3 \	nexthop via 192.168.2.2 dev a1 weight 1 
  $ ip -j route show 11.0.0.0/8
  [{"dst":"11.0.0.0/8","flags":[],"nexthops":[{"gateway":"192.168.1.2","dev":"a0","weight":3,"flags":[]},{"gateway":"192.168.2.2","dev":"a1","weight":1,"flags":[]}]}]
  $ ip route get 11.1.1.1 fibmatch
  11.0.0.0/8 
  	nexthop via 192.168.1.2 dev a0 weight 3 
  	nexthop via 192.168.2.2 dev a1 weight 1 
  $ ip route show nexthop via 192.168.2.2
  Error: any valid prefix is expected rather than "nexthop".
  [1]
  $ ip route del 10.0.0.0/8 nexthop via 192.168.1.2 nexthop via 192.168.2.2
  $ ip route replace 11.0.0.0/8 nexthop via 192.168.1.2
  $ ip route show 11.0.0.0/8
  11.0.0.0/8 via 192.168.1.2 dev a0 
  $ ip route append 11.0.0.0/8 nexthop via 192.168.2.2
  $ ip route show 11.0.0.0/8
  11.0.0.0/8 via 192.168.1.2 dev a0 
  11.0.0.0/8 via 192.168.2.2 dev a1 
  $ ip link set a1 down
  $ ip route show
  11.0.0.0/8 via 192.168.1.2 dev a0 
  12.0.0.0/8 
  	nexthop via 192.168.1.2 dev a0 weight 1 
  	nexthop dev a1 weight 1 dead linkdown 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip -d route show 16.0.0.0/8
