A route add that fails still creates its table (inet_rtm_newroute() calls fib_new_table() before the insert); the insert checks the prefix before the next hop; which errors come first.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route show table 7
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route add 20.0.0.0/8 via 10.9.9.9 table 7
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route show table 7
  $ ip route flush table 7
  $ ip route add 20.0.0.1/8 via 10.9.9.9 table 8
  Error: Invalid prefix for given prefix length.
  [2]
  $ ip route show table 8
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route add 20.0.0.1/8 dev nosuch table 9
  Cannot find device "nosuch"
  [1]
  $ ip route show table 9
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route add 20.0.0.0/8 dev a0 nhid 3 table 10
  Error: Nexthop specification and nexthop id are mutually exclusive.
  [2]
  $ ip route show table 10
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route add 20.0.0.0/8 nhid 3 table 11
  Error: Nexthop id does not exist.
  [2]
  $ ip route show table 11
  $ ip route add unreachable 20.0.0.1/8 dev a0 table 12
  Error: Invalid prefix for given prefix length.
  [2]
  $ ip route add unreachable 20.0.0.0/8 dev a0 table 12
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add 20.0.0.1/8 via 10.0.0.2 scope host table 13
  Error: Invalid prefix for given prefix length.
  [2]
  $ ip route add 20.0.0.0/8 via 10.0.0.2 scope host table 13
  Error: Route with host scope can not have a gateway.
  [2]
  $ ip route del 20.0.0.1/8 table 13
  Error: Invalid prefix for given prefix length.
  [2]
  $ ip route del 20.0.0.0/8 table 13
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.0.0.0/8 table 14
  Error: FIB table does not exist.
  [2]
  $ ip route show table all | grep -c 'table 1[0-9]'
  0
  [1]
  $ ip rule add table 15
  $ ip route get 1.2.3.4
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route show table 15
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route add local 20.0.0.1/8 dev a0 table 16
  Error: Invalid prefix for given prefix length.
  [2]
  $ ip route show table 16
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route add 20.0.0.1/8 dev a0 nhid 3
  Error: Invalid prefix for given prefix length.
  [2]
  $ ip route add 20.0.0.1/8 tos 0x03 dev a0
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip route add 20.0.0.1/8 dev a0 congctl bogus table 17
  Error: Invalid prefix for given prefix length.
  [2]
  $ ip route show table 17
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route add 20.0.0.0/8 dev a0 congctl bogus table 18
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route show table 18
  $ ip route add 20.0.0.0/8 table 19 via 10.0.0.2 congctl bogus nexthop via 10.0.0.3
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add 20.0.0.0/8 table 19 dev a0 congctl bogus nexthop via 10.0.0.3
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add unreachable 20.0.0.0/8 dev a0 congctl bogus table 19
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add 20.0.0.0/8 nhid 77 congctl bogus table 19
  Error: Nexthop id does not exist.
  [2]
  $ ip route add 20.0.0.0/8 scope link congctl bogus via 10.0.0.2 table 19
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add 20.0.0.0/8 dev a0 congctl bogus scope host table 19
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add 20.0.0.0/8 dev a0 congctl reno mtu 100000 advmss 70000 hoplimit 255 table 19
  $ ip route show table 19
  20.0.0.0/8 dev a0 scope link linkdown mtu 65520 advmss 65495 hoplimit 255 congctl reno 
  $ ip route del 20.0.0.0/8 dev a0 congctl bogus table 19
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.0.0.0/8 dev a0 mtu 65520 advmss 1 table 19
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.0.0.0/8 dev a0 mtu 100000 table 19
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.0.0.0/8 dev a0 mtu lock 65520 table 19
  RTNETLINK answers: No such process
  [2]
  $ ip route show table 19
  20.0.0.0/8 dev a0 scope link linkdown mtu 65520 advmss 65495 hoplimit 255 congctl reno 
  $ ip route del 20.0.0.0/8 dev a0 mtu 65520 advmss 65495 hoplimit 255 congctl reno table 19
  $ ip route show table 19
  $ ip -4 route flush table all
  $ ip route show table 7
