Random sequence 1 of nexthop object and group changes with routes that use them (differential check against Linux).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=5
  $ ip nexthop add id 1 via 10.0.1.2 dev a1
  $ ip nexthop del id 11
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route replace 20.0.0.0/8 nhid 11
  Error: Nexthop id does not exist.
  [2]
  $ ip route replace 21.0.0.0/8 nhid 1
  $ ip route replace 20.0.0.0/8 nhid 1
  $ ip route replace 22.0.0.0/8 nhid 10
  Error: Nexthop id does not exist.
  [2]
  $ ip route add 21.0.0.0/8 nhid 5
  Error: Nexthop id does not exist.
  [2]
  $ ip nexthop add id 11 group 4,2
  Error: Invalid nexthop id.
  [2]
  $ ip link set b1 down
  $ ip nexthop show
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 linkdown 
  $ for a in 20.1.1.1 21.1.1.1 22.1.1.1; do ip route get $a 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  $ ip nexthop add id 6 via 10.0.1.2 dev a1
  Error: Carrier for nexthop device is down.
  [2]
  $ ip route replace 22.0.0.0/8 nhid 6
  Error: Nexthop id does not exist.
  [2]
  $ ip nexthop replace id 10 group 5,3/4
  Error: Invalid nexthop id.
  [2]
  $ ip route replace 22.0.0.0/8 nhid 10
  Error: Nexthop id does not exist.
  [2]
  $ ip nexthop del id 12
  RTNETLINK answers: No such file or directory
  [2]
  $ ip nexthop replace id 6 via 10.0.1.2 dev a1
  Error: Carrier for nexthop device is down.
  [2]
  $ ip route replace 21.0.0.0/8 nhid 5
  Error: Nexthop id does not exist.
  [2]
  $ ip nexthop del id 12
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route add 20.0.0.0/8 nhid 2
  Error: Nexthop id does not exist.
  [2]
  $ ip nexthop show
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 linkdown 
  $ for a in 20.1.1.1 21.1.1.1 22.1.1.1; do ip route get $a 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  $ ip nexthop add id 11 group 3,3/4,3/6,3
  Error: Invalid nexthop id.
  [2]
  $ ip route add 22.0.0.0/8 nhid 6
  Error: Nexthop id does not exist.
  [2]
  $ ip nexthop replace id 11 group 3,3/5
  Error: Invalid nexthop id.
  [2]
  $ ip link set a1 down
  $ ip nexthop del id 12
  RTNETLINK answers: No such file or directory
  [2]
  $ ip nexthop del id 1
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route add 22.0.0.0/8 nhid 2
  Error: Nexthop id does not exist.
  [2]
  $ ip link set a0 down
  $ ip link set a0 up
  $ ip nexthop show
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ for a in 20.1.1.1 21.1.1.1 22.1.1.1; do ip route get $a 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  $ ip nexthop replace id 1 dev a0
  $ ip nexthop add id 12 group 2,2
  Error: Invalid nexthop id.
  [2]
  $ ip nexthop add id 6 via 10.0.1.5
  Error: Device attribute required for non-blackhole and non-fdb nexthops.
  [2]
  $ ip route replace 20.0.0.0/8 nhid 10
  Error: Nexthop id does not exist.
  [2]
  $ ip nexthop replace id 12 group 3
  Error: Invalid nexthop id.
  [2]
  $ ip nexthop del id 12
  RTNETLINK answers: No such file or directory
  [2]
  $ ip link set a0 down
  $ ip nexthop replace id 10 group 2,3/4/5,3
  Error: Invalid nexthop id.
  [2]
  $ ip nexthop del id 11
  RTNETLINK answers: No such file or directory
  [2]
  $ ip nexthop show
  $ ip route show
  $ for a in 20.1.1.1 21.1.1.1 22.1.1.1; do ip route get $a 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  $ ip -j nexthop show
  []
  $ ip nexthop flush
  Nothing to flush
  $ ip route show
