Route add errors around scopes, local gateways, down devices and onlink.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ ip link set lo up
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 via 10.0.0.1
  $ ip route add 20.0.0.0/8 via 10.0.0.2 scope link
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 21.0.0.0/8 via 10.0.0.2 scope host
  Error: Route with host scope can not have a gateway.
  [2]
  $ ip route add 22.0.0.0/8 dev a0 scope host
  $ ip route add 23.0.0.0/8 via 10.0.1.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 23.0.0.0/8 via 10.0.1.2 dev a1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 24.0.0.0/8 via 10.0.7.2 dev a1 onlink
  Error: Nexthop device is not up.
  [2]
  $ ip route add 25.0.0.0/8 via 10.0.7.2 dev a0 onlink
  $ ip route add 26.0.0.0/8 via 10.0.0.2 dev a1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 27.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1
  $ ip route add 27.0.0.0/8 via 10.0.0.2 dev a0 src 10.9.9.9
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 28.0.0.0/8 dev a1
  Error: Device for nexthop is not up.
  [2]
  $ ip route add 29.0.0.0/8 via 20.0.0.5
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 30.0.0.0/8 via 127.0.0.1
  $ ip route add 31.0.0.0/8 via 0.0.0.0 dev a0
  $ ip route add 32.0.0.0/8 via 255.255.255.255 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 33.0.0.0/8 via 224.0.0.1 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 34.0.0.0/8 via 10.0.0.255
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 35.0.0.0/8 via 10.0.0.0
  $ ip route add local 36.0.0.1 dev a1
  $ ip route add broadcast 36.0.0.255 dev a0 scope global
  Error: Invalid scope.
  [2]
  $ ip route add 37.0.0.0/8 dev lo
  $ ip route add 38.0.0.0/8 via 10.0.0.2 table 0
  $ ip route add 39.0.0.0/8 via 10.0.0.2 table 4294967295
  $ ip route add 40.0.0.0/8 via 10.0.0.2 table local
  $ ip route show table all | grep -v '^local\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6'
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.1 dev a0 
  22.0.0.0/8 dev a0 scope host 
  25.0.0.0/8 via 10.0.7.2 dev a0 onlink 
  27.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  30.0.0.0/8 via 127.0.0.1 dev lo 
  31.0.0.0/8 dev a0 
  35.0.0.0/8 via 10.0.0.0 dev a0 
  37.0.0.0/8 dev lo scope link 
  38.0.0.0/8 via 10.0.0.2 dev a0 
  39.0.0.0/8 via 10.0.0.2 dev a0 table 4294967295 
  40.0.0.0/8 via 10.0.0.2 dev a0 table local 
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.1 dev a0 
  22.0.0.0/8 dev a0 scope host 
  25.0.0.0/8 via 10.0.7.2 dev a0 onlink 
  27.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  30.0.0.0/8 via 127.0.0.1 dev lo 
  31.0.0.0/8 dev a0 
  35.0.0.0/8 via 10.0.0.0 dev a0 
  37.0.0.0/8 dev lo scope link 
  38.0.0.0/8 via 10.0.0.2 dev a0 
