ip route replace/change finding its very route (same type and fib_info) among the aliases of its keys (prefix, tos, metric): first of them, nothing changes and nothing is announced; behind another alias, "File exists" (fib_table_insert()'s fa_match); a different route replaces the first alias.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
  $ ip monitor route > mon.txt 2>&1 & sleep 0.3
  $ ip route add 20.1.2.3 via 10.0.0.2; ip route append throw 20.1.2.3; ip route append blackhole 20.1.2.3
  $ ip route prepend unreachable 20.1.2.3
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  unreachable 20.1.2.3 
  20.1.2.3 via 10.0.0.2 dev a0 
  throw 20.1.2.3 
  blackhole 20.1.2.3 
  $ ip route replace throw 20.1.2.3; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route replace blackhole 20.1.2.3; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route replace 20.1.2.3 via 10.0.0.2; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route change throw 20.1.2.3; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route replace unreachable 20.1.2.3; echo $?
  0
  $ ip route change unreachable 20.1.2.3; echo $?
  0
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  unreachable 20.1.2.3 
  20.1.2.3 via 10.0.0.2 dev a0 
  throw 20.1.2.3 
  blackhole 20.1.2.3 
  $ ip route replace unreachable 20.1.2.3 mtu 1400; echo $?
  0
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  unreachable 20.1.2.3 mtu 1400 
  20.1.2.3 via 10.0.0.2 dev a0 
  throw 20.1.2.3 
  blackhole 20.1.2.3 
  $ ip route replace unreachable 20.1.2.3 mtu 1400; echo $?
  0
  $ ip route replace throw 20.1.2.3; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route replace 20.1.2.3 via 10.0.0.2 metric 5; ip route append 20.1.2.3 via 10.0.0.3 metric 5; echo $?
  0
  $ ip route replace 20.1.2.3 via 10.0.0.3 metric 5; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route replace 20.1.2.3 via 10.0.0.2 metric 5; echo $?
  0
  $ ip route append 20.1.2.3 via 10.0.0.2 metric 5; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route prepend 20.1.2.3 via 10.0.0.3 metric 5; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route add 20.1.2.3 via 10.0.0.2 metric 5; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route replace 20.1.2.3 via 10.0.0.2 metric 5 proto static; echo $?
  0
  $ ip route replace 20.1.2.3 via 10.0.0.3 metric 5; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  unreachable 20.1.2.3 mtu 1400 
  20.1.2.3 via 10.0.0.2 dev a0 
  throw 20.1.2.3 
  blackhole 20.1.2.3 
  20.1.2.3 via 10.0.0.2 dev a0 proto static metric 5 
  20.1.2.3 via 10.0.0.3 dev a0 metric 5 
  $ ip route replace 20.1.0.0/16 tos 0x04 dev a0; ip route append 20.1.0.0/16 tos 0x04 via 10.0.0.9; echo $?
  0
  $ ip route replace 20.1.0.0/16 tos 0x04 via 10.0.0.9; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route replace 20.1.0.0/16 tos 0x04 dev a0; echo $?
  0
  $ ip route replace 20.1.0.0/16 dev a0; echo $?
  0
  $ ip route show 20.1.0.0/16
  20.1.0.0/16 tos 0x04 dev a0 scope link 
  20.1.0.0/16 tos 0x04 via 10.0.0.9 dev a0 
  20.1.0.0/16 dev a0 scope link 
  $ ip route get 20.1.2.3
  RTNETLINK answers: No route to host
  [2]
  $ sleep 0.3; kill %1; wait; cat mon.txt
  20.1.2.3 via 10.0.0.2 dev a0 
  throw 20.1.2.3 
  blackhole 20.1.2.3 
  unreachable 20.1.2.3 
  unreachable 20.1.2.3 mtu 1400 
  20.1.2.3 via 10.0.0.2 dev a0 metric 5 
  20.1.2.3 via 10.0.0.3 dev a0 metric 5 
  20.1.2.3 via 10.0.0.2 dev a0 proto static metric 5 
  20.1.0.0/16 tos 0x04 dev a0 scope link 
  20.1.0.0/16 tos 0x04 via 10.0.0.9 dev a0 
  20.1.0.0/16 dev a0 scope link 
