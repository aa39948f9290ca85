Carrier loss (peer veth down): routes through the device get "linkdown" but stay usable, local routes are unaffected, and ignore_routes_with_linkdown makes lookups skip them (fib_tests.sh fib_carrier_test).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link set lo up
  $ for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 198.51.100.1/24 dev a0
  $ ip addr add 192.0.2.1/24 dev a1
  $ ip route add 10.1.0.0/16 via 198.51.100.2
  $ ip route add 10.1.0.0/16 via 192.0.2.2 metric 10
  $ ip route add 203.0.113.0/24 nexthop via 198.51.100.2 dev a0 nexthop via 192.0.2.2 dev a1
  $ ip route get fibmatch 198.51.100.1
  local 198.51.100.1 dev a0 proto kernel scope host src 198.51.100.1 
  $ ip route get fibmatch 198.51.100.2
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  $ ip link set b0 down
  $ ip -br link show a0
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip route get fibmatch 198.51.100.1
  local 198.51.100.1 dev a0 proto kernel scope host src 198.51.100.1 
  $ ip route get fibmatch 198.51.100.2
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 linkdown 
  $ ip route get 198.51.100.2
  198.51.100.2 dev a0 src 198.51.100.1 uid 0 
      cache 
  $ ip route get 10.1.0.1
  10.1.0.1 via 198.51.100.2 dev a0 src 198.51.100.1 uid 0 
      cache 
  $ ip route show
  10.1.0.0/16 via 198.51.100.2 dev a0 linkdown 
  10.1.0.0/16 via 192.0.2.2 dev a1 metric 10 
  192.0.2.0/24 dev a1 proto kernel scope link src 192.0.2.1 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 linkdown 
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 linkdown 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip -4 route show table local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.0.2.1 dev a1 proto kernel scope host src 192.0.2.1 
  broadcast 192.0.2.255 dev a1 proto kernel scope link src 192.0.2.1 
  local 198.51.100.1 dev a0 proto kernel scope host src 198.51.100.1 
  broadcast 198.51.100.255 dev a0 proto kernel scope link src 198.51.100.1 linkdown 
  $ ip addr add 172.16.1.1/24 dev a0
  $ ip route get fibmatch 172.16.1.1
  local 172.16.1.1 dev a0 proto kernel scope host src 172.16.1.1 
  $ ip route get fibmatch 172.16.1.2
  172.16.1.0/24 dev a0 proto kernel scope link src 172.16.1.1 linkdown 
  $ sysctl net.ipv4.conf.a0.ignore_routes_with_linkdown
  net.ipv4.conf.a0.ignore_routes_with_linkdown = 0
  $ sysctl -w net.ipv4.conf.a0.ignore_routes_with_linkdown=1
  net.ipv4.conf.a0.ignore_routes_with_linkdown = 1
  $ ip route get 198.51.100.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get fibmatch 198.51.100.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.0.1
  10.1.0.1 via 192.0.2.2 dev a1 src 192.0.2.1 uid 0 
      cache 
  $ ip route get 198.51.100.1
  local 198.51.100.1 dev lo src 198.51.100.1 uid 0 
      cache <local> 
  $ ip route show
  10.1.0.0/16 via 198.51.100.2 dev a0 dead linkdown 
  10.1.0.0/16 via 192.0.2.2 dev a1 metric 10 
  172.16.1.0/24 dev a0 proto kernel scope link src 172.16.1.1 dead linkdown 
  192.0.2.0/24 dev a1 proto kernel scope link src 192.0.2.1 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 dead linkdown 
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 dead linkdown 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip link set b0 up
  $ ip route show
  10.1.0.0/16 via 198.51.100.2 dev a0 
  10.1.0.0/16 via 192.0.2.2 dev a1 metric 10 
  172.16.1.0/24 dev a0 proto kernel scope link src 172.16.1.1 
  192.0.2.0/24 dev a1 proto kernel scope link src 192.0.2.1 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip route get 10.1.0.1
  10.1.0.1 via 198.51.100.2 dev a0 src 198.51.100.1 uid 0 
      cache 
