Onlink nexthops and scope checks: onlink needs an up device and a unicast gateway, host-scope routes can not have a gateway (fib_tests.sh fib_nexthop_test, IPv4 onlink/dev-down parts).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link set lo up
  $ for d in a0 b0 a1; do ip link set $d up; done
  $ ip addr add 198.51.100.1/24 dev a0
  $ ip route add 10.1.0.0/16 via 10.99.0.1 dev a0
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.1.0.0/16 via 10.99.0.1 dev a0 onlink
  $ ip route add 10.2.0.0/16 via 10.99.0.1 onlink
  Error: Nexthop device required for onlink.
  [2]
  $ ip route add 10.3.0.0/16 via 198.51.100.1 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.4.0.0/16 via 198.51.100.255 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.5.0.0/16 via 224.0.0.1 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.6.0.0/16 via 10.99.0.1 dev a0 onlink scope link
  Error: Nexthop has invalid scope.
  [2]
  $ ip route add 10.7.0.0/16 via 10.99.0.2 dev a1 onlink
  $ ip route add 10.8.0.0/16 via 198.51.100.2 scope host
  Error: Route with host scope can not have a gateway.
  [2]
  $ ip route add 10.9.0.0/16 dev a0 scope host
  $ ip route add 10.10.0.0/16 dev lo
  $ ip route add 10.11.0.0/16 nexthop via 10.99.0.1 dev a0 onlink nexthop via 10.99.0.2 dev a1 onlink
  $ ip route show
  10.1.0.0/16 via 10.99.0.1 dev a0 onlink 
  10.7.0.0/16 via 10.99.0.2 dev a1 onlink linkdown 
  10.9.0.0/16 dev a0 scope host 
  10.10.0.0/16 dev lo scope link 
  10.11.0.0/16 
  	nexthop via 10.99.0.1 dev a0 weight 1 onlink 
  	nexthop via 10.99.0.2 dev a1 weight 1 onlink linkdown 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  $ ip route get 10.1.2.3
  10.1.2.3 via 10.99.0.1 dev a0 src 198.51.100.1 uid 0 
      cache 
  $ ip route get 10.7.0.1
  10.7.0.1 via 10.99.0.2 dev a1 src 198.51.100.1 uid 0 
      cache 
  $ ip route get 10.9.0.1
  10.9.0.1 dev a0 src 198.51.100.1 uid 0 
      cache 
  $ ip route get 10.10.0.1
  10.10.0.1 dev lo src 198.51.100.1 uid 0 
      cache <local> 
  $ ip link set a1 down
  $ ip route add 10.12.0.0/16 via 10.99.0.2 dev a1 onlink
  Error: Nexthop device is not up.
  [2]
  $ ip route show
  10.1.0.0/16 via 10.99.0.1 dev a0 onlink 
  10.9.0.0/16 dev a0 scope host 
  10.10.0.0/16 dev lo scope link 
  10.11.0.0/16 
  	nexthop via 10.99.0.1 dev a0 weight 1 onlink 
  	nexthop via 10.99.0.2 dev a1 weight 1 dead onlink linkdown 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  $ ip link set a1 up
  $ ip route show
  10.1.0.0/16 via 10.99.0.1 dev a0 onlink 
  10.9.0.0/16 dev a0 scope host 
  10.10.0.0/16 dev lo scope link 
  10.11.0.0/16 
  	nexthop via 10.99.0.1 dev a0 weight 1 onlink 
  	nexthop via 10.99.0.2 dev a1 weight 1 onlink linkdown 
  198.51.100.0/24 dev a0 proto kernel scope link src 198.51.100.1 
  $ ip link set b0 down
  $ ip route add 10.13.0.0/16 via 10.99.0.3 dev a0 onlink
  $ ip route show dev a0
  10.1.0.0/16 via 10.99.0.1 onlink linkdown 
  10.9.0.0/16 scope host 
  10.13.0.0/16 via 10.99.0.3 onlink linkdown 
  198.51.100.0/24 proto kernel scope link src 198.51.100.1 linkdown 
