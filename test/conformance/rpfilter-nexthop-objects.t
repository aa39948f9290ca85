rp_filter with routes through nexthop objects (fib_info_nh_uses_dev() -> nexthop_uses_dev()): a group route back accepts either member's device in strict mode, a single nexthop only its own, a blackhole nexthop none; replacing the group or the nexthop moves the accepted device at once; loose mode still refuses a blackhole way back; the device going down takes its routes away.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link add a2 address 02:00:00:00:0a:03 type veth peer name b2 address 02:00:00:00:0b:03
  $ ip link set lo up; for d in a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev a1
  $ ip addr add 10.2.0.1/24 dev a2
  $ sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip nexthop add id 1 via 10.0.0.2 dev a0
  $ ip nexthop add id 2 via 10.1.0.2 dev a1
  $ ip nexthop add id 10 group 1/2
  $ ip nexthop add id 11 group 1,3/2,1 type resilient buckets 8
  $ ip route add 20.0.0.0/8 nhid 10
  $ ip route add 21.0.0.0/8 nhid 1
  $ ip nexthop add id 12 blackhole
  $ ip route add 22.0.0.0/8 nhid 12
  $ for i in a0 a1 a2; do for s in 20.1.1.1 21.1.1.1 22.1.1.1; do echo "$i $s: $(ip route get 10.0.0.1 from $s iif $i 2>&1 | head -1)"; done; done
  a0 20.1.1.1: local 10.0.0.1 from 20.1.1.1 dev lo 
  a0 21.1.1.1: local 10.0.0.1 from 21.1.1.1 dev lo 
  a0 22.1.1.1: RTNETLINK answers: Invalid argument
  a1 20.1.1.1: local 10.0.0.1 from 20.1.1.1 dev lo 
  a1 21.1.1.1: RTNETLINK answers: Invalid argument
  a1 22.1.1.1: RTNETLINK answers: Invalid argument
  a2 20.1.1.1: RTNETLINK answers: Invalid argument
  a2 21.1.1.1: RTNETLINK answers: Invalid argument
  a2 22.1.1.1: RTNETLINK answers: Invalid argument
  $ ip nexthop replace id 10 group 2
  $ for i in a0 a1; do echo "$i: $(ip route get 10.0.0.1 from 20.1.1.1 iif $i 2>&1 | head -1)"; done
  a0: RTNETLINK answers: Invalid argument
  a1: local 10.0.0.1 from 20.1.1.1 dev lo 
  $ ip nexthop replace id 1 via 10.2.0.2 dev a2
  $ for i in a0 a1 a2; do echo "$i: $(ip route get 10.0.0.1 from 21.1.1.1 iif $i 2>&1 | head -1)"; done
  a0: RTNETLINK answers: Invalid argument
  a1: RTNETLINK answers: Invalid argument
  a2: local 10.0.0.1 from 21.1.1.1 dev lo 
  $ sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ for i in a0 a1 a2; do echo "$i: $(ip route get 10.0.0.1 from 22.1.1.1 iif $i 2>&1 | head -1)"; done
  a0: RTNETLINK answers: Invalid argument
  a1: RTNETLINK answers: Invalid argument
  a2: RTNETLINK answers: Invalid argument
  $ ip link set a2 down
  $ for i in a0 a1; do echo "$i: $(ip route get 10.0.0.1 from 21.1.1.1 iif $i 2>&1 | head -1)"; done
  a0: RTNETLINK answers: Invalid argument
  a1: RTNETLINK answers: Invalid argument
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/24 dev a1 proto kernel scope link src 10.1.0.1 
  20.0.0.0/8 nhid 10 via 10.1.0.2 dev a1 
  blackhole 22.0.0.0/8 nhid 12 dev lo 
  $ nstat -az TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
