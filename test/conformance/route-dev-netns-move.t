Moving a device to another namespace takes its routes, addresses and nexthops away (NETDEV_UNREGISTER in the old namespace), with what ip monitor route reports; moving it back leaves it down and empty.
  $ ip netns add x
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 via 10.0.0.2
  $ ip route add 21.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  $ ip route add 22.0.0.0/8 via 10.0.1.2 src 10.0.0.1
  $ ip route add 23.0.0.0/8 dev a0 table 9
  $ ip nexthop add id 1 via 10.0.0.2 dev a0
  $ ip route add 24.0.0.0/8 nhid 1
  $ ip rule add iif a0 table 9 prio 9
  $ ip rule add oif a0 table 9 prio 10
  $ ip -4 monitor route > m 2>&1 &
  $ sleep 0.3
  $ ip link set a0 netns x
  $ sleep 0.3; kill %1
  $ cat m
  Deleted local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  Deleted 22.0.0.0/8 via 10.0.1.2 dev a1 src 10.0.0.1 
  $ ip route show
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  $ ip route show table 9
  $ ip nexthop show
  $ ip rule show
  0:	from all lookup local
  9:	from all iif a0 [detached] lookup 9
  10:	from all oif a0 [detached] lookup 9
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 21.1.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 22.1.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n x link show a0 | head -1 | sed 's/^[0-9]*: //'
  a0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip -n x addr show a0 | grep inet
  [1]
  $ ip -n x route show
  $ ip netns exec x ip link set a0 name a9
  $ ip -n x link show | grep -c a9
  1
