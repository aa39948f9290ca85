IPv4 gateway validation when adding routes: the gateway must resolve through a link-scope unicast or local route (fib_tests.sh fib_nexthop_test, IPv4 counterpart of the fib6_nexthop cases).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link set lo up
  $ for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 198.51.100.1/24 dev a0
  $ ip addr add 192.0.2.1/24 dev a1
  $ ip route add 10.1.0.0/16 via 198.51.100.2
  $ ip route add 10.2.0.0/16 via 198.51.100.2 dev a0
  $ ip route add 10.3.0.0/16 via 10.99.0.1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.4.0.0/16 via 198.51.100.2 dev a1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.5.0.0/16 via 198.51.100.1
  $ ip route add 10.6.0.0/16 via 198.51.100.0
  $ ip route add 10.7.0.0/16 via 198.51.100.255
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.8.0.0/16 via 224.0.0.1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.9.0.0/16 via 127.0.0.1
  $ ip route add 10.10.0.0/16 via 0.0.0.0
  RTNETLINK answers: No such device
  [2]
  $ ip route add 10.11.0.0/16 via 198.51.100.2 dev lo
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.12.0.0/16 via 10.1.0.1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.13.0.0/16 via 198.51.100.2 scope link
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.14.0.0/16 via 198.51.100.2 table 100
  $ ip route add 10.15.0.0/16 via 10.14.0.1 table 100
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.16.0.0/16 via 10.99.0.1 table 100
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.17.0.0/16 nexthop via 198.51.100.2 nexthop via 10.99.0.1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.18.0.0/16 nexthop via 198.51.100.2 nexthop via 192.0.2.2
  $ ip route add 10.19.0.0/16 via 10.1.2.3 dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip link set a1 down
  $ ip route add 10.20.0.0/16 via 192.0.2.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.21.0.0/16 via 192.0.2.2 dev a1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.22.0.0/16 dev a1
  Error: Device for nexthop is not up.
  [2]
  $ ip route show
  10.1.0.0/16 via 198.51.100.2 dev a0 
  10.2.0.0/16 via 198.51.100.2 dev a0 
  10.5.0.0/16 via 198.51.100.1 dev a0 
  10.6.0.0/16 via 198.51.100.0 dev a0 
  10.9.0.0/16 via 127.0.0.1 dev lo 
  10.18.0.0/16 
  	nexthop via 198.51.100.2 dev a0 weight 1 
  	nexthop via 192.0.2.2 dev a1 weight 1 dead linkdown 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  $ ip route show table 100
  10.14.0.0/16 via 198.51.100.2 dev a0 
