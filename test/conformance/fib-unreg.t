Routes and nexthops after ip link del: single-path and multipath routes through a deleted device disappear from every table (fib_tests.sh fib_unreg_test).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link set lo up
  $ for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 198.51.100.1/24 dev a0
  $ ip addr add 192.0.2.1/24 dev a1
  $ ip route add 203.0.113.0/24 nexthop via 198.51.100.2 dev a0 nexthop via 192.0.2.2 dev a1
  $ ip route add 10.1.0.0/16 via 198.51.100.2
  $ ip route add 10.2.0.0/16 via 192.0.2.2
  $ ip route add 10.3.0.0/16 via 198.51.100.2 table 100
  $ ip route add 10.4.0.0/16 dev a0 table 100
  $ ip rule add iif a0 lookup 100 pref 100
  $ ip rule add oif a0 lookup 100 pref 101
  $ ip route get fibmatch 198.51.100.2
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  $ ip route get fibmatch 203.0.113.1
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip route get fibmatch 10.1.0.1
  10.1.0.0/16 via 198.51.100.2 dev a0 
  $ ip route show
  10.1.0.0/16 via 198.51.100.2 dev a0 
  10.2.0.0/16 via 192.0.2.2 dev a1 
  192.0.2.0/24 dev a1 proto kernel scope link src 192.0.2.1 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  203.0.113.0/24 
  	nexthop via 198.51.100.2 dev a0 weight 1 
  	nexthop via 192.0.2.2 dev a1 weight 1 
  $ ip route show table 100
  10.3.0.0/16 via 198.51.100.2 dev a0 
  10.4.0.0/16 dev a0 scope link 
  $ ip link del a0
  $ ip route get fibmatch 198.51.100.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get fibmatch 203.0.113.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 203.0.113.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get fibmatch 10.1.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get fibmatch 10.2.0.1
  10.2.0.0/16 via 192.0.2.2 dev a1 
  $ ip route show
  10.2.0.0/16 via 192.0.2.2 dev a1 
  192.0.2.0/24 dev a1 proto kernel scope link src 192.0.2.1 
  $ ip route show table 100
  $ ip route show table local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.0.2.1 dev a1 proto kernel scope host src 192.0.2.1 
  broadcast 192.0.2.255 dev a1 proto kernel scope link src 192.0.2.1 
  $ ip rule show
  0:	from all lookup local
  100:	from all iif a0 [detached] lookup 100
  101:	from all oif a0 [detached] lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip link show b0
  Device "b0" does not exist.
  [1]
  $ ip link del b1
  $ ip route show
  $ ip route show table local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -4 route show table all
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip rule show
  0:	from all lookup local
  100:	from all iif a0 lookup 100
  101:	from all oif a0 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
