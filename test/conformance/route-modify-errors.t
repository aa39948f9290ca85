Errors of ip route change/replace/append/prepend/del against existing routes: identical routes, missing tables, multipath members, nexthop ids, types and metrics that do not match.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 via 10.0.0.2
  $ ip route append 20.0.0.0/8 via 10.0.0.2
  RTNETLINK answers: File exists
  [2]
  $ ip route prepend 20.0.0.0/8 via 10.0.0.2
  RTNETLINK answers: File exists
  [2]
  $ ip route append 20.0.0.0/8 via 10.0.0.2 mtu 1400
  $ ip route append 20.0.0.0/8 dev a0
  $ ip route prepend blackhole 20.0.0.0/8
  $ ip route show 20.0.0.0/8
  blackhole 20.0.0.0/8 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 mtu 1400 
  20.0.0.0/8 dev a0 scope link 
  $ ip route change 20.0.0.0/8 table 7 via 10.0.0.2
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route change 20.0.0.0/8 metric 9 via 10.0.0.2
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route change 20.0.0.0/8 via 10.0.1.2
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.1.2 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 mtu 1400 
  20.0.0.0/8 dev a0 scope link 
  $ ip route change unreachable 20.0.0.0/8
  $ ip route show 20.0.0.0/8
  unreachable 20.0.0.0/8 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 mtu 1400 
  20.0.0.0/8 dev a0 scope link 
  $ ip route del 20.0.0.0/8 type unicast
  Error: either "to" is duplicate, or "type" is a garbage.
  [255]
  $ ip route show 20.0.0.0/8
  unreachable 20.0.0.0/8 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 mtu 1400 
  20.0.0.0/8 dev a0 scope link 
  $ ip route del 20.0.0.0/8 type local
  Error: either "to" is duplicate, or "type" is a garbage.
  [255]
  $ ip route del 20.0.0.0/8 type blackhole
  Error: either "to" is duplicate, or "type" is a garbage.
  [255]
  $ ip route del 20.0.0.0/8 type unreachable
  Error: either "to" is duplicate, or "type" is a garbage.
  [255]
  $ ip route show 20.0.0.0/8
  unreachable 20.0.0.0/8 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 mtu 1400 
  20.0.0.0/8 dev a0 scope link 
  $ ip route add 21.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  $ ip route del 21.0.0.0/8 via 10.0.0.2
  $ ip route del 21.0.0.0/8 nexthop via 10.0.0.2
  RTNETLINK answers: No such process
  [2]
  $ ip route del 21.0.0.0/8 nexthop via 10.0.1.2 nexthop via 10.0.0.2
  RTNETLINK answers: No such process
  [2]
  $ ip route del 21.0.0.0/8 dev a0
  RTNETLINK answers: No such process
  [2]
  $ ip route del 21.0.0.0/8 dev a1
  RTNETLINK answers: No such process
  [2]
  $ ip route show 21.0.0.0/8
  $ ip nexthop add id 3 via 10.0.0.2 dev a0
  $ ip route add 22.0.0.0/8 nhid 3
  $ ip route del 22.0.0.0/8 nhid 4
  Error: Nexthop id does not exist.
  [2]
  $ ip route del 22.0.0.1/8 nhid 4
  Error: Invalid prefix for given prefix length.
  [2]
  $ ip route del 22.0.0.0/8 nhid 4 table 99
  Error: Nexthop id does not exist.
  [2]
  $ ip route del 22.0.0.0/8 nhid 3 table 99
  Error: FIB table does not exist.
  [2]
  $ ip route del 22.0.0.0/8 via 10.0.0.2
  RTNETLINK answers: No such process
  [2]
  $ ip route del 22.0.0.0/8 dev a0
  RTNETLINK answers: No such process
  [2]
  $ ip route show 22.0.0.0/8
  22.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 
  $ ip route add 22.0.0.0/8 nhid 3
  RTNETLINK answers: File exists
  [2]
  $ ip route replace 22.0.0.0/8 via 10.0.1.2
  $ ip route show 22.0.0.0/8
  22.0.0.0/8 via 10.0.1.2 dev a1 
  $ ip route replace 22.0.0.0/8 nhid 3 metric 0
  $ ip route append 22.0.0.0/8 nhid 3
  RTNETLINK answers: File exists
  [2]
  $ ip route append 22.0.0.0/8 via 10.0.0.2
  $ ip route show 22.0.0.0/8
  22.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 
  22.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip route del 22.0.0.0/8 src 10.0.0.1
  RTNETLINK answers: No such process
  [2]
  $ ip route del 22.0.0.0/8 proto kernel
  RTNETLINK answers: No such process
  [2]
  $ ip route del 22.0.0.0/8 scope host
  RTNETLINK answers: No such process
  [2]
  $ ip route del 22.0.0.0/8 tos 0x10
  RTNETLINK answers: No such process
  [2]
  $ ip route del 22.0.0.0/8 metric 0 proto boot scope global
  $ ip route show 22.0.0.0/8
  22.0.0.0/8 via 10.0.0.2 dev a0 
