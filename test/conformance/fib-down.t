Routes after ip link set down: single-path routes are flushed, multipath routes keep the dead nexthop flagged "dead linkdown" and fibmatch with oif only finds live nexthops (fib_tests.sh fib_down_test).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link set lo up
  $ for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 198.51.100.1/24 dev a0
  $ ip addr add 192.0.2.1/24 dev a1
  $ ip route add 10.1.0.0/16 via 198.51.100.2
  $ ip route add 203.0.113.0/24 nexthop via 198.51.100.2 dev a0 nexthop via 192.0.2.2 dev a1
  $ ip route get fibmatch 198.51.100.2
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  $ ip route get fibmatch 203.0.113.1 oif a0
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip link set a0 down
  $ ip route get fibmatch 198.51.100.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get fibmatch 10.1.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route show
  192.0.2.0/24 dev a1 proto kernel scope link src 192.0.2.1 
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 dead linkdown 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip route get fibmatch 203.0.113.1
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 dead linkdown 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip route get fibmatch 203.0.113.1 oif a0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get fibmatch 203.0.113.1 oif a1
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 dead linkdown 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip route get 203.0.113.1
  203.0.113.1 via 192.0.2.2 dev a1 src 192.0.2.1 uid 0 
      cache 
  $ ip route get 203.0.113.1 oif a0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -4 route show table local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.0.2.1 dev a1 proto kernel scope host src 192.0.2.1 
  broadcast 192.0.2.255 dev a1 proto kernel scope link src 192.0.2.1 
  local 198.51.100.1 dev a0 proto kernel scope host src 198.51.100.1 
  $ ip -4 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      inet 198.51.100.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip link set a0 up
  $ ip route show
  192.0.2.0/24 dev a1 proto kernel scope link src 192.0.2.1 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip link set a1 down
  $ ip route get fibmatch 203.0.113.1 oif a1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get fibmatch 203.0.113.1 oif a0
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 
  	nexthop via 192.0.2.2 dev a1 weight 1 dead linkdown 
  $ ip route get 203.0.113.1
  203.0.113.1 via 198.51.100.2 dev a0 src 198.51.100.1 uid 0 
      cache 
  $ ip link set a0 down
  $ ip route get fibmatch 203.0.113.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route show
  $ ip link set a0 up
  $ ip link set a1 up
  $ ip route show
  192.0.2.0/24 dev a1 proto kernel scope link src 192.0.2.1 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
