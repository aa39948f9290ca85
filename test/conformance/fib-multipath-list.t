Listing format of multipath routes (plain, -o one-line, -j JSON, table all): weights, dev-only and onlink nexthops, per-route attributes, append of a multipath route (fib_tests.sh ipv4_mpath_list setup, listing only, no traffic).
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link add a3 address 02:00:00:00:03:01 type veth peer name b3 address 02:00:00:00:03:02
  $ for d in lo a1 b1 a3 b3; do ip link set $d up; done
  $ ip addr add 172.16.101.1/24 dev a1
  $ ip addr add 172.16.103.1/24 dev a3
  $ ip route add 172.16.104.0/24 nexthop via 172.16.101.2 weight 2 nexthop via 172.16.103.2 weight 256
  $ ip route add 172.16.105.0/24 proto static metric 20 src 172.16.101.1 nexthop dev a1 nexthop via 10.9.9.9 dev a3 onlink
  $ ip route add 172.16.106.0/24 table 100 mtu 1400 nexthop via 172.16.101.2 nexthop via 172.16.101.3 nexthop via 172.16.103.2
  $ ip route add 172.16.107.0/24 nexthop via 172.16.101.2 weight 257
  Error: argument "257" is wrong: "weight" is invalid
  [255]
  $ ip route add 172.16.107.0/24 nexthop via 172.16.101.2 nexthop via 172.16.101.2
  $ ip route show
  172.16.101.0/24 dev a1 proto kernel scope link src 172.16.101.1 
  172.16.103.0/24 dev a3 proto kernel scope link src 172.16.103.1 
  172.16.104.0/24 
  	nexthop via 172.16.101.2 dev a1 weight 2 
  	nexthop via 172.16.103.2 dev a3 weight 256 
  172.16.105.0/24 proto static src 172.16.101.1 metric 20 
  	nexthop dev a1 weight 1 
  	nexthop via 10.9.9.9 dev a3 weight 1 onlink 
  172.16.107.0/24 
  	nexthop via 172.16.101.2 dev a1 weight 1 
  	nexthop via 172.16.101.2 dev a1 weight 1 
  $ ip -o route show 172.16.104.0/24
  172.16.104.0/24 \	nexthop via 172.16.101.2 dev a1 weight 2 \	nexthop via 172.16.103.2 dev a3 weight 256 
  $ ip -j route show 172.16.104.0/24
  [{"dst":"172.16.104.0/24","flags":[],"nexthops":[{"gateway":"172.16.101.2","dev":"a1","weight":2,"flags":[]},{"gateway":"172.16.103.2","dev":"a3","weight":256,"flags":[]}]}]
  $ ip -4 route show table all 172.16.106.0/24
  172.16.106.0/24 table 100 mtu 1400 
  	nexthop via 172.16.101.2 dev a1 weight 1 
  	nexthop via 172.16.101.3 dev a1 weight 1 
  	nexthop via 172.16.103.2 dev a3 weight 1 
  $ ip route show table 100 match 172.16.106.7
  172.16.106.0/24 mtu 1400 
  	nexthop via 172.16.101.2 dev a1 weight 1 
  	nexthop via 172.16.101.3 dev a1 weight 1 
  	nexthop via 172.16.103.2 dev a3 weight 1 
  $ ip route show via 172.16.103.2
  $ ip route show dev a1
  172.16.101.0/24 proto kernel scope link src 172.16.101.1 
  $ ip route show proto static
  172.16.105.0/24 src 172.16.101.1 metric 20 
  	nexthop dev a1 weight 1 
  	nexthop via 10.9.9.9 dev a3 weight 1 onlink 
  $ ip route append 172.16.104.0/24 nexthop via 172.16.101.5 nexthop via 172.16.103.5
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 
  	nexthop via 172.16.101.2 dev a1 weight 2 
  	nexthop via 172.16.103.2 dev a3 weight 256 
  172.16.104.0/24 
  	nexthop via 172.16.101.5 dev a1 weight 1 
  	nexthop via 172.16.103.5 dev a3 weight 1 
  $ ip route del 172.16.104.0/24 nexthop via 172.16.103.5 nexthop via 172.16.101.5
  RTNETLINK answers: No such process
  [2]
  $ ip route del 172.16.104.0/24 nexthop via 172.16.101.5 nexthop via 172.16.103.5
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 
  	nexthop via 172.16.101.2 dev a1 weight 2 
  	nexthop via 172.16.103.2 dev a3 weight 256 
  $ ip route del 172.16.104.0/24 via 172.16.103.2
  RTNETLINK answers: No such process
  [2]
  $ ip route del 172.16.104.0/24 nexthop via 172.16.101.2
  RTNETLINK answers: No such process
  [2]
  $ ip route del 172.16.104.0/24 nexthop via 172.16.101.2 nexthop via 172.16.103.2
  $ ip route show 172.16.104.0/24
  $ ip route del 172.16.107.0/24 via 172.16.101.2
  $ ip route show 172.16.107.0/24
