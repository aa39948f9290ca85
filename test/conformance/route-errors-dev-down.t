Routes over a device that is down or has no carrier: a gateway or device route refuses a down device (fib_check_nh()), host-scope types (local, nat) do not look; onlink, multipath, nexthop objects and replace/change/append on a down device; carrier loss only flags linkdown.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1
  $ ip route add 19.0.0.0/8 via 10.0.0.2
  $ ip link set a0 down
  $ ip route add 20.0.0.0/8 dev a0; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip route add 20.0.0.0/8 via 10.0.0.2 dev a0; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 20.0.0.0/8 via 10.0.0.2 dev a0 onlink; echo $?
  Error: Nexthop device is not up.
  2
  $ ip route add 20.0.0.0/8 via 10.0.0.2; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add local 20.0.0.1 dev a0; echo $?
  0
  $ ip route add nat 20.0.0.2 dev a0 2>&1; echo $?
  Error: Invalid scope.
  2
  $ ip route add broadcast 20.0.0.255 dev a0; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip route add multicast 239.0.0.0/8 dev a0; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip route add anycast 20.0.0.3 dev a0; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip route add 20.0.0.4 dev a0 scope host; echo $?
  0
  $ ip route add blackhole 20.0.0.5 dev a0; echo $?
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  $ ip route add 20.0.0.6 nexthop dev a1 nexthop dev a0; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip route add 20.0.0.7 nexthop via 10.0.1.2 nexthop via 10.0.0.2 dev a0 onlink; echo $?
  Error: Nexthop device is not up.
  2
  $ ip nexthop add id 1 dev a0; echo $?
  Error: Nexthop device is not up.
  2
  $ ip nexthop add id 2 via 10.0.0.2 dev a0 onlink; echo $?
  Error: Nexthop device is not up.
  2
  $ ip nexthop add id 3 blackhole; ip route add 20.0.0.8 nhid 3 dev a0 2>&1; echo $?
  Error: Nexthop specification and nexthop id are mutually exclusive.
  2
  $ ip route replace 19.0.0.0/8 dev a0; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip route add 21.0.0.0/8 dev a1; ip route change 21.0.0.0/8 dev a0; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip route append 21.0.0.0/8 dev a0 metric 0; echo $?
  Error: Device for nexthop is not up.
  2
  $ ip -4 route show table all | grep -v 'table local.*127'
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.4 dev a0 scope host 
  21.0.0.0/8 dev a1 scope link 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev a1 table local proto kernel scope link src 10.0.1.1 
  local 20.0.0.1 dev a0 table local scope host 
  $ ip route get 20.0.0.1; ip route get 20.0.0.4 2>&1; ip route get 20.0.0.6 2>&1
  local 20.0.0.1 dev lo src 20.0.0.1 uid 0 
      cache <local> 
  20.0.0.4 dev a0 src 10.0.0.1 uid 0 
      cache 
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set a0 up; ip link set b1 down; sleep 0.3
  $ ip route add 22.0.0.0/8 via 10.0.1.2; echo $?
  0
  $ ip route add 23.0.0.0/8 dev a1; echo $?
  0
  $ ip nexthop add id 4 via 10.0.1.2 dev a1; echo $?
  Error: Carrier for nexthop device is down.
  2
  $ ip route add 24.0.0.0/8 nhid 4; echo $?
  Error: Nexthop id does not exist.
  2
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 linkdown 
  20.0.0.4 dev a0 scope host 
  21.0.0.0/8 dev a1 scope link linkdown 
  22.0.0.0/8 via 10.0.1.2 dev a1 linkdown 
  23.0.0.0/8 dev a1 scope link linkdown 
  $ ip nexthop show
  id 3 blackhole 
  $ ip route get 22.1.1.1; ip route get 24.1.1.1
  22.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  RTNETLINK answers: Network is unreachable
  [2]
