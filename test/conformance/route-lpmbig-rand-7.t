Longest-prefix match in a main table of over 2048 prefixes (seed 7): filler /24s from a batch, overlapping routes of random lengths, types, tos, metrics, multipath and nexthop objects, ip route get near the edges with oif/tos/mark/fibmatch/iif, then deletions, replaces, nexthop changes, carrier loss and a device down, and the queries again.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link add a2 address 02:00:00:00:0a:03 type veth peer name b2 address 02:00:00:00:0b:03
  $ ip link set lo up; for d in a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1; ip addr add 10.0.2.1/24 dev a2
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=5
  $ ip nexthop add id 1 via 10.0.0.2 dev a0; ip nexthop add id 2 via 10.0.1.2 dev a1; ip nexthop add id 3 group 1/2; ip nexthop add id 4 dev a2
  $ for i in $(seq 0 2299); do k=$((i*1)); echo "route add 100.$((k/256%256)).$((k%256)).0/24 via 10.0.$((i%3)).2"; done > b.txt; ip -batch b.txt; echo $?
  0
  $ ip route show | wc -l
  2303
  $ ip route prepend throw 100.6.24.0/23 tos 0x04 2>&1; echo $?; ip route add throw 100.0.0.0/8 2>&1; echo $?; ip route prepend 101.2.3.0/24 nhid 1 metric 0 2>&1; echo $?; ip route add local 101.2.3.0/24 dev a1 tos 0x10 table main 2>&1; echo $?
  0
  0
  0
  0
  $ ip route append broadcast 100.0.0.0/12 dev a2 tos 0x04 table main 2>&1; echo $?; ip route add 100.1.222.0/24 nhid 1 2>&1; echo $?; ip route prepend 101.2.0.0/18 nexthop via 10.0.0.2 nexthop via 10.0.1.2 weight 3 metric 7 2>&1; echo $?; ip route add broadcast 100.0.109.19/32 dev a0 table main 2>&1; echo $?
  0
  RTNETLINK answers: File exists
  2
  Error: "nexthop" or end of line is expected instead of "metric"
  255
  0
  $ ip route append 100.1.222.0/24 via 10.0.0.2 metric 100 2>&1; echo $?; ip route add prohibit 100.6.24.0/26 2>&1; echo $?; ip route append 100.0.0.0/22 via 10.0.1.2 2>&1; echo $?; ip route add 100.6.24.37/32 nhid 1 2>&1; echo $?
  0
  0
  0
  0
  $ ip route replace local 100.1.123.0/26 dev a1 metric 100 table main 2>&1; echo $?; ip route add 100.0.0.0/8 nhid 1 tos 0x04 2>&1; echo $?; ip route append 100.0.0.0/16 via 10.0.1.2 2>&1; echo $?; ip route append blackhole 100.1.0.0/16 2>&1; echo $?
  0
  0
  0
  0
  $ ip route replace 100.1.123.46/32 nhid 4 2>&1; echo $?; ip route add 100.8.0.0/18 nexthop via 10.0.0.2 nexthop via 10.0.1.2 weight 3 tos 0x04 2>&1; echo $?; ip route prepend 100.1.123.46/32 nhid 3 metric 100 2>&1; echo $?; ip route prepend 100.1.123.0/25 via 10.0.0.2 2>&1; echo $?
  0
  Error: "nexthop" or end of line is expected instead of "tos"
  255
  0
  0
  $ ip route append local 101.2.3.0/24 dev a1 table main 2>&1; echo $?; ip route append local 100.0.0.0/12 dev a0 metric 1 table main 2>&1; echo $?
  0
  0
  $ for q in '100.6.25.139 oif a1' '100.6.24.37 oif a0' '100.1.123.45 from 10.0.0.9 iif b0' '100.0.109.19 fibmatch' '100.6.24.229 oif a2' '100.8.49.216 tos 0x10'; do echo "# $q"; ip route get $q 2>&1 | head -1; done
  # 100.6.25.139 oif a1
  100.6.25.139 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  # 100.6.24.37 oif a0
  100.6.24.37 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  # 100.1.123.45 from 10.0.0.9 iif b0
  local 100.1.123.45 from 10.0.0.9 dev lo 
  # 100.0.109.19 fibmatch
  broadcast 100.0.109.19 dev a0 scope link 
  # 100.6.24.229 oif a2
  100.6.24.229 dev a2 src 10.0.2.1 uid 0 
  # 100.8.49.216 tos 0x10
  100.8.49.216 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  $ for q in '100.1.116.2 ipproto tcp dport 80' '100.6.24.36 oif a2 fibmatch' '100.14.165.68 from 10.0.0.9 iif b0' '100.0.109.19 oif a2' '100.6.16.93 oif a2' '100.1.222.214'; do echo "# $q"; ip route get $q 2>&1 | head -1; done
  # 100.1.116.2 ipproto tcp dport 80
  100.1.116.2 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  # 100.6.24.36 oif a2 fibmatch
  RTNETLINK answers: No route to host
  # 100.14.165.68 from 10.0.0.9 iif b0
  local 100.14.165.68 from 10.0.0.9 dev lo 
  # 100.0.109.19 oif a2
  100.0.109.19 dev a2 src 10.0.2.1 uid 0 
  # 100.6.16.93 oif a2
  100.6.16.93 dev a2 src 10.0.2.1 uid 0 
  # 100.1.222.214
  100.1.222.214 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  $ for q in '100.177.7.37 oif a0' '100.5.232.56' '101.154.156.50 oif a0' '100.0.0.1 tos 0x10' '100.1.126.118 oif a0' '100.0.109.187 oif a2'; do echo "# $q"; ip route get $q 2>&1 | head -1; done
  # 100.177.7.37 oif a0
  100.177.7.37 dev a0 src 10.0.0.1 uid 0 
  # 100.5.232.56
  100.5.232.56 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  # 101.154.156.50 oif a0
  101.154.156.50 dev a0 src 10.0.0.1 uid 0 
  # 100.0.0.1 tos 0x10
  100.0.0.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  # 100.1.126.118 oif a0
  100.1.126.118 dev a0 src 10.0.0.1 uid 0 
  # 100.0.109.187 oif a2
  100.0.109.187 dev a2 src 10.0.2.1 uid 0 
  $ for q in '100.0.0.99 oif a0' '101.2.3.201 tos 0x10' '100.0.0.102 fibmatch' '100.10.27.234 oif a2 fibmatch' '100.0.0.0 fibmatch' '100.6.25.198 tos 0x08 fibmatch'; do echo "# $q"; ip route get $q 2>&1 | head -1; done
  # 100.0.0.99 oif a0
  100.0.0.99 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  # 101.2.3.201 tos 0x10
  local 101.2.3.201 tos 0x10 dev lo src 101.2.3.201 uid 0 
  # 100.0.0.102 fibmatch
  100.0.0.0/24 via 10.0.0.2 dev a0 
  # 100.10.27.234 oif a2 fibmatch
  RTNETLINK answers: No route to host
  # 100.0.0.0 fibmatch
  100.0.0.0/24 via 10.0.0.2 dev a0 
  # 100.6.25.198 tos 0x08 fibmatch
  100.6.25.0/24 via 10.0.1.2 dev a1 
  $ ip route show exact 100.0.0.0/8
  100.0.0.0/8 nhid 1 tos 0x04 via 10.0.0.2 dev a0 
  throw 100.0.0.0/8 
  $ ip route show exact 100.0.0.0/8
  100.0.0.0/8 nhid 1 tos 0x04 via 10.0.0.2 dev a0 
  throw 100.0.0.0/8 
  $ ip route show match 100.0.0.0/16
  100.0.0.0/16 via 10.0.1.2 dev a1 
  broadcast 100.0.0.0/12 tos 0x04 dev a2 scope link 
  local 100.0.0.0/12 dev a0 scope host metric 1 
  100.0.0.0/8 nhid 1 tos 0x04 via 10.0.0.2 dev a0 
  throw 100.0.0.0/8 
  $ ip route del 100.1.222.0/24 nhid 1 2>&1; echo $?; ip route del 100.0.0.0/8 nhid 1 tos 0x04 2>&1; echo $?; ip route del local 101.2.3.0/24 dev a1 table main 2>&1; echo $?; ip route del 100.0.0.0/22 via 10.0.1.2 2>&1; echo $?; ip route del 101.2.3.0/24 nhid 1 metric 0 2>&1; echo $?; ip nexthop replace id 4 blackhole 2>&1; echo $?; ip route del 100.7.205.0/24 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  0
  0
  0
  0
  0
  0
  $ for q in '100.6.25.198 tos 0x08 fibmatch' '100.1.123.45 from 10.0.0.9 iif b0' '100.8.49.216 tos 0x10' '100.10.27.234 oif a2 fibmatch' '100.6.24.229 oif a2' '100.6.25.139 oif a1'; do echo "# $q"; ip route get $q 2>&1 | head -1; done
  # 100.6.25.198 tos 0x08 fibmatch
  100.6.25.0/24 via 10.0.1.2 dev a1 
  # 100.1.123.45 from 10.0.0.9 iif b0
  local 100.1.123.45 from 10.0.0.9 dev lo 
  # 100.8.49.216 tos 0x10
  100.8.49.216 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  # 100.10.27.234 oif a2 fibmatch
  RTNETLINK answers: No route to host
  # 100.6.24.229 oif a2
  100.6.24.229 dev a2 src 10.0.2.1 uid 0 
  # 100.6.25.139 oif a1
  100.6.25.139 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  $ for q in '101.2.3.201 tos 0x10' '101.154.156.50 oif a0' '100.0.109.187 oif a2' '100.0.109.19 oif a2' '100.5.232.56' '100.1.126.118 oif a0'; do echo "# $q"; ip route get $q 2>&1 | head -1; done
  # 101.2.3.201 tos 0x10
  local 101.2.3.201 tos 0x10 dev lo src 101.2.3.201 uid 0 
  # 101.154.156.50 oif a0
  101.154.156.50 dev a0 src 10.0.0.1 uid 0 
  # 100.0.109.187 oif a2
  100.0.109.187 dev a2 src 10.0.2.1 uid 0 
  # 100.0.109.19 oif a2
  100.0.109.19 dev a2 src 10.0.2.1 uid 0 
  # 100.5.232.56
  100.5.232.56 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  # 100.1.126.118 oif a0
  100.1.126.118 dev a0 src 10.0.0.1 uid 0 
  $ ip addr del 10.0.0.1/24 dev a0; sleep 0.5; ip route show | wc -l
  1547
  $ for q in '100.10.27.234 oif a2 fibmatch' '100.1.222.214' '100.6.24.229 oif a2' '100.0.109.187 oif a2' '100.0.0.102 fibmatch' '100.6.25.198 tos 0x08 fibmatch'; do echo "# $q"; ip route get $q 2>&1 | head -1; done
  # 100.10.27.234 oif a2 fibmatch
  RTNETLINK answers: No route to host
  # 100.1.222.214
  100.1.222.214 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  # 100.6.24.229 oif a2
  100.6.24.229 dev a2 src 10.0.2.1 uid 0 
  # 100.0.109.187 oif a2
  100.0.109.187 dev a2 src 10.0.2.1 uid 0 
  # 100.0.0.102 fibmatch
  100.0.0.0/16 via 10.0.1.2 dev a1 
  # 100.6.25.198 tos 0x08 fibmatch
  100.6.25.0/24 via 10.0.1.2 dev a1 
  $ for q in '100.6.25.139 oif a1' '101.2.3.201 tos 0x10' '100.0.109.19 fibmatch' '100.14.165.68 from 10.0.0.9 iif b0' '100.0.0.0 fibmatch' '100.1.123.45 from 10.0.0.9 iif b0'; do echo "# $q"; ip route get $q 2>&1 | head -1; done
  # 100.6.25.139 oif a1
  100.6.25.139 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  # 101.2.3.201 tos 0x10
  local 101.2.3.201 tos 0x10 dev lo src 101.2.3.201 uid 0 
  # 100.0.109.19 fibmatch
  100.0.109.0/24 via 10.0.1.2 dev a1 
  # 100.14.165.68 from 10.0.0.9 iif b0
  RTNETLINK answers: No route to host
  # 100.0.0.0 fibmatch
  100.0.0.0/16 via 10.0.1.2 dev a1 
  # 100.1.123.45 from 10.0.0.9 iif b0
  local 100.1.123.45 from 10.0.0.9 dev lo 
  $ ip route show | grep -v '^100\.[0-9]*\.[0-9]*\.0/24 via 10\.0\.[0-9]\.2 dev a[0-9] $'
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  100.0.0.0/16 via 10.0.1.2 dev a1 
  broadcast 100.0.0.0/12 tos 0x04 dev a2 scope link 
  throw 100.0.0.0/8 
  blackhole 100.1.0.0/16 
  local 100.1.123.0/26 dev a1 scope host metric 100 
  blackhole 100.1.123.46 nhid 4 dev lo 
  100.1.123.46 nhid 3 metric 100 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  prohibit 100.6.24.0/26 
  throw 100.6.24.0/23 tos 0x04 
  100.6.24.37 nhid 1 via 10.0.0.2 dev a0 
  local 101.2.3.0/24 tos 0x10 dev a1 scope host 
