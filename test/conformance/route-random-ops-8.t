Random sequence 8 of ip route add/replace/append/prepend/change/del/flush and the tables after (differential check against Linux).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ ip link add a2 type veth peer name b2
  $ for d in lo a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip link set b2 down
  $ ip addr add 10.0.2.1/24 dev a2
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=7
  $ ip route replace unreachable 20.1.2.128/25 metric 0 tos 0x04 src 10.0.1.1
  $ ip route del local 20.1.0.0/16 dev lo metric 1
  RTNETLINK answers: No such process
  [2]
  $ ip route append 21.0.0.0/8 via 10.0.2.2 tos 0x00
  $ ip route add local 20.0.0.0/8 dev a0
  $ ip route prepend blackhole 20.1.0.0/16 metric 1024 tos 0x08
  $ ip route add unreachable 20.1.2.3/32 metric 0
  $ ip route append unreachable 20.1.0.0/16 metric 10
  $ ip route add 21.0.0.0/8 via 10.0.0.2 metric 10
  $ ip route change 20.1.2.3/32 via 10.0.0.2 metric 0
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  blackhole 20.1.0.0/16 tos 0x08 metric 1024 
  unreachable 20.1.0.0/16 metric 10 
  20.1.2.3 via 10.0.0.2 dev a0 
  unreachable 20.1.2.128/25 tos 0x04 src 10.0.1.1 
  21.0.0.0/8 via 10.0.2.2 dev a2 linkdown 
  21.0.0.0/8 via 10.0.0.2 dev a0 metric 10 
  local 20.0.0.0/8 dev a0 table local scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  RTNETLINK answers: No route to host
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: No route to host
  RTNETLINK answers: Invalid argument
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  $ ip route add 20.0.0.0/8 nexthop via 10.0.1.2 nexthop via 10.0.1.3 tos 0x08 scope global
  Error: "nexthop" or end of line is expected instead of "tos"
  [255]
  $ ip route add local 20.1.0.0/16 dev a0 table 7
  $ ip route add 20.1.2.3/32 via 10.0.0.3 dev a1 tos 0x10 src 10.0.0.1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 0.0.0.0/0 via 10.0.2.2 tos 0x08
  $ ip route replace throw 20.1.0.0/16 mtu 1400
  $ ip route change 0.0.0.0/0 via 10.0.2.2
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route prepend 0.0.0.0/0 via 10.9.9.1 dev a0 onlink
  $ ip route del unreachable 21.0.0.0/8 mtu 1280
  RTNETLINK answers: No such process
  [2]
  $ ip route add prohibit 0.0.0.0/0
  RTNETLINK answers: File exists
  [2]
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  local 20.1.0.0/16 dev a0 table 7 scope host 
  default tos 0x08 via 10.0.2.2 dev a2 linkdown 
  default via 10.9.9.1 dev a0 onlink 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  blackhole 20.1.0.0/16 tos 0x08 metric 1024 
  throw 20.1.0.0/16 mtu 1400 
  unreachable 20.1.0.0/16 metric 10 
  20.1.2.3 via 10.0.0.2 dev a0 
  unreachable 20.1.2.128/25 tos 0x04 src 10.0.1.1 
  21.0.0.0/8 via 10.0.2.2 dev a2 linkdown 
  21.0.0.0/8 via 10.0.0.2 dev a0 metric 10 
  local 20.0.0.0/8 dev a0 table local scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Invalid argument
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  8.8.8.8 via 10.9.9.1 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 tos 0x08 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  $ ip route del 20.1.2.0/24 dev a0
  RTNETLINK answers: No such process
  [2]
  $ ip route replace unreachable 20.1.2.128/25
  $ ip route add 20.1.2.3/32 via 10.0.1.2 metric 10
  $ ip route add unreachable 21.0.0.0/8 metric 0
  RTNETLINK answers: File exists
  [2]
  $ ip route prepend 20.1.2.0/24 via 10.0.1.2 dev a0 tos 0x08
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 20.1.2.3/32 via 10.0.1.2 scope host
  Error: Route with host scope can not have a gateway.
  [2]
  $ ip route prepend 20.1.0.0/16 via 10.0.1.3 dev a0
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 21.0.0.0/8 via 10.0.1.3
  RTNETLINK answers: File exists
  [2]
  $ ip route del unreachable 0.0.0.0/0
  RTNETLINK answers: No such process
  [2]
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  local 20.1.0.0/16 dev a0 table 7 scope host 
  default tos 0x08 via 10.0.2.2 dev a2 linkdown 
  default via 10.9.9.1 dev a0 onlink 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  blackhole 20.1.0.0/16 tos 0x08 metric 1024 
  throw 20.1.0.0/16 mtu 1400 
  unreachable 20.1.0.0/16 metric 10 
  20.1.2.3 via 10.0.0.2 dev a0 
  20.1.2.3 via 10.0.1.2 dev a1 metric 10 
  unreachable 20.1.2.128/25 tos 0x04 src 10.0.1.1 
  unreachable 20.1.2.128/25 
  21.0.0.0/8 via 10.0.2.2 dev a2 linkdown 
  21.0.0.0/8 via 10.0.0.2 dev a0 metric 10 
  local 20.0.0.0/8 dev a0 table local scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Invalid argument
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  8.8.8.8 via 10.9.9.1 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 tos 0x08 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  $ ip route del throw 20.1.2.3/32
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.1.2.0/24 metric 5 scope link mtu 1280
  RTNETLINK answers: No such process
  [2]
  $ ip route del local 20.1.0.0/16 dev lo
  RTNETLINK answers: No such process
  [2]
  $ ip route prepend unreachable 20.0.0.0/8
  $ ip route prepend blackhole 20.1.2.0/24 mtu 1280
  $ ip route del unreachable 20.1.2.128/25
  $ ip route append prohibit 21.0.0.0/8 metric 10
  $ ip route add unreachable 0.0.0.0/0
  RTNETLINK answers: File exists
  [2]
  $ ip route add throw 21.0.0.0/8 metric 1024
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  local 20.1.0.0/16 dev a0 table 7 scope host 
  default tos 0x08 via 10.0.2.2 dev a2 linkdown 
  default via 10.9.9.1 dev a0 onlink 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  unreachable 20.0.0.0/8 
  blackhole 20.1.0.0/16 tos 0x08 metric 1024 
  throw 20.1.0.0/16 mtu 1400 
  unreachable 20.1.0.0/16 metric 10 
  blackhole 20.1.2.0/24 mtu 1280 
  20.1.2.3 via 10.0.0.2 dev a0 
  20.1.2.3 via 10.0.1.2 dev a1 metric 10 
  unreachable 20.1.2.128/25 tos 0x04 src 10.0.1.1 
  21.0.0.0/8 via 10.0.2.2 dev a2 linkdown 
  21.0.0.0/8 via 10.0.0.2 dev a0 metric 10 
  prohibit 21.0.0.0/8 metric 10 
  throw 21.0.0.0/8 metric 1024 
  local 20.0.0.0/8 dev a0 table local scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Invalid argument
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  8.8.8.8 via 10.9.9.1 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 tos 0x08 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  $ ip route replace 20.0.0.0/8 via 10.0.0.3 tos 0x00 mtu 1280
  $ ip route prepend unreachable 21.0.0.0/8 metric 1 table 7
  $ ip route change 20.1.2.128/25 dev a0 metric 5 proto 99 mtu 1280
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route del unreachable 0.0.0.0/0 metric 0
  RTNETLINK answers: No such process
  [2]
  $ ip route replace 20.1.0.0/16 via 10.0.1.3 metric 5
  $ ip route del prohibit 21.0.0.0/8 table 7
  RTNETLINK answers: No such process
  [2]
  $ ip route add throw 20.1.0.0/16
  RTNETLINK answers: File exists
  [2]
  $ ip route add prohibit 20.1.2.0/24 tos 0x04 scope global
  $ ip route add 20.1.2.128/25 dev a1 tos 0x08
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  local 20.1.0.0/16 dev a0 table 7 scope host 
  unreachable 21.0.0.0/8 table 7 metric 1 
  default tos 0x08 via 10.0.2.2 dev a2 linkdown 
  default via 10.9.9.1 dev a0 onlink 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  20.0.0.0/8 via 10.0.0.3 dev a0 mtu 1280 
  blackhole 20.1.0.0/16 tos 0x08 metric 1024 
  throw 20.1.0.0/16 mtu 1400 
  20.1.0.0/16 via 10.0.1.3 dev a1 metric 5 
  unreachable 20.1.0.0/16 metric 10 
  prohibit 20.1.2.0/24 tos 0x04 
  blackhole 20.1.2.0/24 mtu 1280 
  20.1.2.3 via 10.0.0.2 dev a0 
  20.1.2.3 via 10.0.1.2 dev a1 metric 10 
  20.1.2.128/25 tos 0x08 dev a1 scope link 
  unreachable 20.1.2.128/25 tos 0x04 src 10.0.1.1 
  21.0.0.0/8 via 10.0.2.2 dev a2 linkdown 
  21.0.0.0/8 via 10.0.0.2 dev a0 metric 10 
  prohibit 21.0.0.0/8 metric 10 
  throw 21.0.0.0/8 metric 1024 
  local 20.0.0.0/8 dev a0 table local scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  RTNETLINK answers: Invalid argument
  20.1.2.200 tos 0x08 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Invalid argument
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  21.1.1.1 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  8.8.8.8 via 10.9.9.1 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 tos 0x08 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
  $ ip route flush 20.1.0.0/16
  $ ip -4 -d route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast'
  local 20.1.0.0/16 dev a0 table 7 proto boot scope host 
  unreachable 21.0.0.0/8 table 7 proto boot scope global metric 1 
  unicast default tos 0x08 via 10.0.2.2 dev a2 table main proto boot scope global linkdown 
  unicast default via 10.9.9.1 dev a0 table main proto boot scope global onlink 
  unicast 10.0.0.0/24 dev a0 table main proto kernel scope link src 10.0.0.1 
  unicast 10.0.1.0/24 dev a1 table main proto kernel scope link src 10.0.1.1 
  unicast 10.0.2.0/24 dev a2 table main proto kernel scope link src 10.0.2.1 linkdown 
  unicast 20.0.0.0/8 via 10.0.0.3 dev a0 table main proto boot scope global mtu 1280 
  prohibit 20.1.2.0/24 tos 0x04 table main proto boot scope global 
  blackhole 20.1.2.0/24 table main proto boot scope global mtu 1280 
  unicast 20.1.2.3 via 10.0.0.2 dev a0 table main proto boot scope global 
  unicast 20.1.2.3 via 10.0.1.2 dev a1 table main proto boot scope global metric 10 
  unicast 20.1.2.128/25 tos 0x08 dev a1 table main proto boot scope link 
  unreachable 20.1.2.128/25 tos 0x04 table main proto boot scope global src 10.0.1.1 
  unicast 21.0.0.0/8 via 10.0.2.2 dev a2 table main proto boot scope global linkdown 
  unicast 21.0.0.0/8 via 10.0.0.2 dev a0 table main proto boot scope global metric 10 
  prohibit 21.0.0.0/8 table main proto boot scope global metric 10 
  throw 21.0.0.0/8 table main proto boot scope global metric 1024 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  local 10.0.2.1 dev a2 table local proto kernel scope host src 10.0.2.1 
  local 20.0.0.0/8 dev a0 table local proto boot scope host 
  $ ip route flush table 7; ip route flush table 300; ip -4 route show table all | grep -c .
  Error: ipv4: FIB table does not exist.
  Flush terminated
  26
