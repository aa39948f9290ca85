Which gateway addresses a route accepts (fib_check_nh_v4_gw): an onlink next hop is refused when the gateway is local or broadcast anywhere in the namespace (inet_addr_type_dev_table() looks it up in the local table for no device in particular: an address of another device, of lo, 127/8, a subnet broadcast of another link), multicast or the limited broadcast, and accepted for any other unicast (another device's network address, 0/8, 240/4, link-local, an unknown address); without onlink the gateway must be reached by a link route of that device (or, without dev, by any route to a host, even a local one). The same for a custom table, nexthop objects and multipath legs; a local address added later does not remove the route, but a change re-checks it.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add d1 address 02:00:00:00:0d:01 type veth peer name e1 address 02:00:00:00:0e:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip link set d1 up; ip link set e1 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev d1
  $ ip addr add 10.2.0.1/32 dev lo
  $ for gw in 10.0.0.1 10.0.0.255 10.0.0.0 10.1.0.1 10.1.0.255 10.1.0.0 10.1.0.7 10.2.0.1 127.0.0.1 127.0.0.9 127.255.255.255 224.0.0.1 255.255.255.255 0.0.0.1 240.0.0.1 169.254.0.1 10.9.9.9; do echo "$gw: $(ip route add 20.0.0.0/8 via $gw dev a0 onlink 2>&1 && echo ok; ip route del 20.0.0.0/8 2>/dev/null)"; done
  10.0.0.1: Error: Nexthop has invalid gateway.
  10.0.0.255: Error: Nexthop has invalid gateway.
  10.0.0.0: ok
  10.1.0.1: Error: Nexthop has invalid gateway.
  10.1.0.255: Error: Nexthop has invalid gateway.
  10.1.0.0: ok
  10.1.0.7: ok
  10.2.0.1: Error: Nexthop has invalid gateway.
  127.0.0.1: Error: Nexthop has invalid gateway.
  127.0.0.9: Error: Nexthop has invalid gateway.
  127.255.255.255: Error: Nexthop has invalid gateway.
  224.0.0.1: Error: Nexthop has invalid gateway.
  255.255.255.255: Error: Nexthop has invalid gateway.
  0.0.0.1: ok
  240.0.0.1: ok
  169.254.0.1: ok
  10.9.9.9: ok
  $ for gw in 10.0.0.1 10.0.0.255 10.1.0.1 10.1.0.255 10.1.0.7 10.2.0.1 127.0.0.1 224.0.0.1 10.9.9.9; do echo "$gw: $(ip route add 20.0.0.0/8 via $gw dev a0 2>&1 && echo ok; ip route del 20.0.0.0/8 2>/dev/null)"; done
  10.0.0.1: ok
  10.0.0.255: Error: Nexthop has invalid gateway.
  10.1.0.1: Error: Nexthop has invalid gateway.
  10.1.0.255: Error: Nexthop has invalid gateway.
  10.1.0.7: Error: Nexthop has invalid gateway.
  10.2.0.1: Error: Nexthop has invalid gateway.
  127.0.0.1: Error: Nexthop has invalid gateway.
  224.0.0.1: Error: Nexthop has invalid gateway.
  10.9.9.9: Error: Nexthop has invalid gateway.
  $ for gw in 10.0.0.1 10.0.0.255 10.1.0.1 10.1.0.255 10.1.0.7 10.2.0.1 127.0.0.1 224.0.0.1 10.9.9.9; do echo "$gw: $(ip route add 20.0.0.0/8 via $gw 2>&1 && echo ok; ip route del 20.0.0.0/8 2>/dev/null)"; done
  10.0.0.1: ok
  10.0.0.255: Error: Nexthop has invalid gateway.
  10.1.0.1: ok
  10.1.0.255: Error: Nexthop has invalid gateway.
  10.1.0.7: ok
  10.2.0.1: ok
  127.0.0.1: ok
  224.0.0.1: Error: Nexthop has invalid gateway.
  10.9.9.9: Error: Nexthop has invalid gateway.
  $ for gw in 10.0.0.1 10.0.0.255 10.1.0.1 10.1.0.255 10.2.0.1 127.0.0.1 10.9.9.9; do echo "$gw: $(ip route add 20.0.0.0/8 via $gw dev a0 onlink table 50 2>&1 && echo ok; ip route del 20.0.0.0/8 table 50 2>/dev/null)"; done
  10.0.0.1: Error: Nexthop has invalid gateway.
  10.0.0.255: Error: Nexthop has invalid gateway.
  10.1.0.1: Error: Nexthop has invalid gateway.
  10.1.0.255: Error: Nexthop has invalid gateway.
  10.2.0.1: Error: Nexthop has invalid gateway.
  127.0.0.1: Error: Nexthop has invalid gateway.
  10.9.9.9: ok
  $ for gw in 10.0.0.1 10.1.0.1 10.1.0.255 10.2.0.1 127.0.0.1 10.9.9.9; do echo "$gw: $(ip nexthop add id 9 via $gw dev a0 onlink 2>&1 && echo ok; ip nexthop del id 9 2>/dev/null)"; done
  10.0.0.1: Error: Nexthop has invalid gateway.
  10.1.0.1: Error: Nexthop has invalid gateway.
  10.1.0.255: Error: Nexthop has invalid gateway.
  10.2.0.1: Error: Nexthop has invalid gateway.
  127.0.0.1: Error: Nexthop has invalid gateway.
  10.9.9.9: ok
  $ for gw in 10.1.0.1 10.2.0.1 10.9.9.9; do echo "$gw: $(ip route add 20.0.0.0/8 nexthop via 10.0.0.2 nexthop via $gw dev a0 onlink 2>&1 && echo ok; ip route del 20.0.0.0/8 2>/dev/null)"; done
  10.1.0.1: Error: Nexthop has invalid gateway.
  10.2.0.1: Error: Nexthop has invalid gateway.
  10.9.9.9: ok
  $ ip route add 20.0.0.0/8 via 10.1.0.7 dev a0 onlink
  $ ip route get 20.1.1.1
  20.1.1.1 via 10.1.0.7 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip addr add 10.1.0.7/32 dev lo
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.1.0.7 dev a0 onlink 
  $ ip route get 20.1.1.1
  20.1.1.1 via 10.1.0.7 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route change 20.0.0.0/8 via 10.1.0.7 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route replace 20.0.0.0/8 via 10.1.0.8 dev a0 onlink
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.1.0.8 dev a0 onlink 
  $ ip route add 30.0.0.0/8 via 10.1.0.8 dev a0 onlink scope link
  Error: Nexthop has invalid scope.
  [2]
  $ ip route add 30.0.0.0/8 via 10.1.0.8 dev a0 onlink scope host
  Error: Route with host scope can not have a gateway.
  [2]
  $ ip route add 30.0.0.0/8 via 10.1.0.8 dev a0 scope link
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 30.0.0.0/8 via 10.0.0.8 dev a0 scope link
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 31.0.0.0/8 via 10.1.0.1 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip addr del 10.1.0.1/24 dev d1
  $ ip route add 31.0.0.0/8 via 10.1.0.1 dev a0 onlink
  $ ip route add 32.0.0.0/8 via 10.1.0.255 dev a0 onlink
  $ ip link set d1 down
  $ ip route add 33.0.0.0/8 via 10.1.0.8 dev d1 onlink
  Error: Nexthop device is not up.
  [2]
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.1.0.8 dev a0 onlink 
  31.0.0.0/8 via 10.1.0.1 dev a0 onlink 
  32.0.0.0/8 via 10.1.0.255 dev a0 onlink 
