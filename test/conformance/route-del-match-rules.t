What ip route del matches (fib_table_delete(), fib_nh_match(), fib_metrics_match()): the first alias of the prefix and tos whose type, scope, prefsrc, protocol, next hops and given metrics fit; realms only count with a device or gateway; metrics are clamped as when added; multipath next hops in order, weights not compared; nexthop objects only by id.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 via 10.0.0.2 realms 5 mtu 1400
  $ ip route del 20.0.0.0/8 realms 6 2>&1; echo $?
  0
  $ ip route add 20.0.0.0/8 via 10.0.0.2 realms 5 mtu 1400
  $ ip route del 20.0.0.0/8 dev a0 realms 6 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 20.0.0.0/8 via 10.0.0.2 realms 6 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 20.0.0.0/8 via 10.0.0.2 realms 5 mtu 1500 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 20.0.0.0/8 via 10.0.0.2 realms 5 mtu lock 1400 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 20.0.0.0/8 mtu 1400 window 0 2>&1; echo $?
  0
  $ ip route del 20.0.0.0/8 mtu 1400 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route add 21.0.0.0/8 via 10.0.0.2 advmss 70000 mtu 65530
  $ ip route show 21.0.0.0/8
  21.0.0.0/8 via 10.0.0.2 dev a0 mtu 65520 advmss 65495 
  $ ip route del 21.0.0.0/8 advmss 65495 mtu 65520 2>&1; echo $?
  0
  $ ip route add 21.0.0.0/8 via 10.0.0.2 advmss 70000 mtu 65530 hoplimit 255
  $ ip route del 21.0.0.0/8 advmss 99999 mtu 65521 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route add 21.0.0.0/8 via 10.0.0.2 mtu lock 1300 congctl reno features ecn
  RTNETLINK answers: File exists
  [2]
  $ ip route del 21.0.0.0/8 mtu 1300 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 21.0.0.0/8 congctl cubic 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 21.0.0.0/8 congctl lock reno 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 21.0.0.0/8 congctl reno features ecn 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 21.0.0.0/8 mtu lock 1300 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route show 21.0.0.0/8
  21.0.0.0/8 via 10.0.0.2 dev a0 mtu 65520 advmss 65495 hoplimit 255 
  $ ip route add 22.0.0.0/8 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2 weight 3
  $ ip route del 22.0.0.0/8 nexthop via 10.0.0.2 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 22.0.0.0/8 nexthop via 10.0.1.2 nexthop via 10.0.0.2 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 22.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.1.2 nexthop via 10.0.1.3 2>&1; echo $?
  0
  $ ip route del 22.0.0.0/8 nexthop dev a0 nexthop dev a1 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route add 22.0.0.0/8 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2 weight 3
  $ ip route del 22.0.0.0/8 nexthop dev a0 nexthop dev a1 2>&1; echo $?
  0
  $ ip route add 22.0.0.0/8 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2 weight 3
  $ ip route del 22.0.0.0/8 nexthop dev a1 nexthop dev a1 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 22.0.0.0/8 dev a0 nexthop via 10.0.1.9 2>&1; echo $?
  0
  $ ip route add 22.0.0.0/8 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2 weight 3
  $ ip route del 22.0.0.0/8 dev a1 nexthop via 10.0.0.2 nexthop via 10.0.1.2 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 22.0.0.0/8 via 10.0.0.2 nexthop via 10.0.0.9 2>&1; echo $?
  0
  $ ip route show 22.0.0.0/8
  $ ip route add 22.0.0.0/8 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2 weight 3
  $ ip route del 22.0.0.0/8 nexthop via 10.0.0.2 realms 4 nexthop via 10.0.1.2 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 22.0.0.0/8 via 10.0.0.2 2>&1; echo $?
  0
  $ ip route del 22.0.0.0/8 nexthop via 10.0.0.2 weight 9 nexthop via 10.0.1.2 weight 9 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip nexthop add id 1 via 10.0.0.2 dev a0
  $ ip route add 23.0.0.0/8 nhid 1; ip route add 23.0.0.0/8 nhid 1 metric 5
  $ ip route del 23.0.0.0/8 via 10.0.0.2 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 23.0.0.0/8 dev a0 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 23.0.0.0/8 nhid 1 metric 5 2>&1; echo $?
  0
  $ ip route del 23.0.0.0/8 realms 2 2>&1; echo $?
  0
  $ ip route show 23.0.0.0/8
  $ ip route add 24.0.0.0/8 via 10.0.0.2 proto static src 10.0.0.1; ip route add 24.0.0.0/8 via 10.0.0.2 metric 3 scope link 2>&1; ip route append unreachable 24.0.0.0/8
  Error: Nexthop has invalid gateway.
  $ ip route del 24.0.0.0/8 proto boot 2>&1; echo $?
  0
  $ ip route del 24.0.0.0/8 src 10.0.1.1 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 24.0.0.0/8 scope global type unreachable 2>&1; echo $?
  Error: either "to" is duplicate, or "type" is a garbage.
  255
  $ ip route del 24.0.0.0/8 scope link 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route show 24.0.0.0/8
  24.0.0.0/8 via 10.0.0.2 dev a0 proto static src 10.0.0.1 
  $ ip route del 24.0.0.0/8 type unicast src 10.0.0.1 2>&1; echo $?
  Error: either "to" is duplicate, or "type" is a garbage.
  255
  $ ip route show 24.0.0.0/8
  24.0.0.0/8 via 10.0.0.2 dev a0 proto static src 10.0.0.1 
