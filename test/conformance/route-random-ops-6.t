Random sequence 6 of ip route add/replace/append/prepend/change/del/flush and the tables after (differential check against Linux).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ ip link add a2 type veth peer name b2
  $ for d in lo a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip link set b2 down
  $ ip addr add 10.0.2.1/24 dev a2
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=7
  $ ip route add prohibit 21.0.0.0/8 metric 0 tos 0x10 src 10.0.1.1
  $ ip route change throw 20.1.2.3/32
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route change unreachable 20.0.0.0/8
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route add 20.1.2.3/32 nexthop via 10.0.1.2 nexthop via 10.0.1.3
  $ ip route add unreachable 20.1.0.0/16 proto boot
  $ ip route replace blackhole 20.1.2.128/25 metric 1024 scope link src 10.0.1.1
  $ ip route append unreachable 20.1.2.128/25
  $ ip route add prohibit 20.1.0.0/16 tos 0x10
  $ ip route change 20.1.0.0/16 via 10.0.1.2 dev a1 proto static
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  prohibit 20.1.0.0/16 tos 0x10 
  20.1.0.0/16 via 10.0.1.2 dev a1 proto static 
  20.1.2.3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  unreachable 20.1.2.128/25 
  blackhole 20.1.2.128/25 scope link src 10.0.1.1 metric 1024 
  prohibit 21.0.0.0/8 tos 0x10 src 10.0.1.1 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  $ ip route del prohibit 20.1.2.0/24
  RTNETLINK answers: No such process
  [2]
  $ ip route del prohibit 20.1.0.0/16
  RTNETLINK answers: No such process
  [2]
  $ ip route change local 20.1.2.0/24 dev lo
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route add 20.0.0.0/8 dev a0
  $ ip route append local 20.0.0.0/8 dev lo proto boot
  $ ip route replace local 20.1.2.0/24 dev a0 metric 0 table 300
  $ ip route add local 21.0.0.0/8 dev a0 metric 5
  $ ip route replace prohibit 20.1.2.128/25 scope global
  $ ip route add 20.1.2.3/32 via 10.9.9.2 dev a0 onlink metric 10 proto static
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  local 20.1.2.0/24 dev a0 table 300 scope host 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  20.0.0.0/8 dev a0 scope link 
  prohibit 20.1.0.0/16 tos 0x10 
  20.1.0.0/16 via 10.0.1.2 dev a1 proto static 
  20.1.2.3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  20.1.2.3 via 10.9.9.2 dev a0 proto static metric 10 onlink 
  prohibit 20.1.2.128/25 
  blackhole 20.1.2.128/25 scope link src 10.0.1.1 metric 1024 
  prohibit 21.0.0.0/8 tos 0x10 src 10.0.1.1 
  local 20.0.0.0/8 dev lo table local scope host 
  local 21.0.0.0/8 dev a0 table local scope host metric 5 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  $ ip route add 20.1.2.0/24 via 10.0.0.2
  $ ip route add blackhole 20.1.2.3/32 metric 10 table 300 scope host
  $ ip route add throw 20.1.2.3/32
  RTNETLINK answers: File exists
  [2]
  $ ip route prepend 20.1.2.3/32 dev a1 metric 5 proto boot
  $ ip route prepend 0.0.0.0/0 via 10.0.0.3 metric 1 table 7 scope host
  Error: Route with host scope can not have a gateway.
  [2]
  $ ip route prepend local 20.0.0.0/8 dev a0
  $ ip route add 0.0.0.0/0 via 10.0.0.2 proto 99
  $ ip route replace throw 21.0.0.0/8 table 300 scope host
  $ ip route add 21.0.0.0/8 via 10.0.1.2 table 7 proto kernel scope link
  Error: Nexthop has invalid gateway.
  [2]
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  local 20.1.2.0/24 dev a0 table 300 scope host 
  blackhole 20.1.2.3 table 300 scope host metric 10 
  throw 21.0.0.0/8 table 300 scope host 
  default via 10.0.0.2 dev a0 proto openr 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  20.0.0.0/8 dev a0 scope link 
  prohibit 20.1.0.0/16 tos 0x10 
  20.1.0.0/16 via 10.0.1.2 dev a1 proto static 
  20.1.2.0/24 via 10.0.0.2 dev a0 
  20.1.2.3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  20.1.2.3 dev a1 scope link metric 5 
  20.1.2.3 via 10.9.9.2 dev a0 proto static metric 10 onlink 
  prohibit 20.1.2.128/25 
  blackhole 20.1.2.128/25 scope link src 10.0.1.1 metric 1024 
  prohibit 21.0.0.0/8 tos 0x10 src 10.0.1.1 
  local 20.0.0.0/8 dev a0 table local scope host 
  local 20.0.0.0/8 dev lo table local scope host 
  local 21.0.0.0/8 dev a0 table local scope host metric 5 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  $ ip route append 20.1.0.0/16 via 10.0.2.2 metric 10
  $ ip route append 20.1.0.0/16 via 10.0.0.2 dev a0
  $ ip route del throw 21.0.0.0/8
  RTNETLINK answers: No such process
  [2]
  $ ip route add unreachable 20.1.2.128/25 metric 1
  $ ip route change local 20.1.2.3/32 dev a0 tos 0x10
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route add throw 20.1.2.3/32
  RTNETLINK answers: File exists
  [2]
  $ ip route add 20.1.0.0/16 via 10.0.2.2
  RTNETLINK answers: File exists
  [2]
  $ ip route add 21.0.0.0/8 dev a0 metric 5
  $ ip route del prohibit 20.1.2.3/32 metric 1024 tos 0x04
  RTNETLINK answers: No such process
  [2]
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  local 20.1.2.0/24 dev a0 table 300 scope host 
  blackhole 20.1.2.3 table 300 scope host metric 10 
  throw 21.0.0.0/8 table 300 scope host 
  default via 10.0.0.2 dev a0 proto openr 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  20.0.0.0/8 dev a0 scope link 
  prohibit 20.1.0.0/16 tos 0x10 
  20.1.0.0/16 via 10.0.1.2 dev a1 proto static 
  20.1.0.0/16 via 10.0.0.2 dev a0 
  20.1.0.0/16 via 10.0.2.2 dev a2 metric 10 linkdown 
  20.1.2.0/24 via 10.0.0.2 dev a0 
  20.1.2.3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  20.1.2.3 dev a1 scope link metric 5 
  20.1.2.3 via 10.9.9.2 dev a0 proto static metric 10 onlink 
  prohibit 20.1.2.128/25 
  unreachable 20.1.2.128/25 metric 1 
  blackhole 20.1.2.128/25 scope link src 10.0.1.1 metric 1024 
  prohibit 21.0.0.0/8 tos 0x10 src 10.0.1.1 
  21.0.0.0/8 dev a0 scope link metric 5 
  local 20.0.0.0/8 dev a0 table local scope host 
  local 20.0.0.0/8 dev lo table local scope host 
  local 21.0.0.0/8 dev a0 table local scope host metric 5 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  $ ip route append 20.0.0.0/8 via 10.9.9.1 dev a0 onlink proto static
  $ ip route prepend 21.0.0.0/8 via 10.0.1.2 dev a1
  $ ip route add throw 20.1.2.128/25 metric 10 tos 0x04
  $ ip route del unreachable 20.1.2.0/24 src 10.0.2.1
  RTNETLINK answers: No such process
  [2]
  $ ip route add throw 21.0.0.0/8 proto static
  RTNETLINK answers: File exists
  [2]
  $ ip route append 20.1.2.0/24 via 10.0.1.2 dev a0 table 300
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route del blackhole 20.1.2.3/32 tos 0x00 proto boot
  RTNETLINK answers: No such process
  [2]
  $ ip route add prohibit 0.0.0.0/0
  RTNETLINK answers: File exists
  [2]
  $ ip route prepend 21.0.0.0/8 dev a0 tos 0x08 scope host
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  local 20.1.2.0/24 dev a0 table 300 scope host 
  blackhole 20.1.2.3 table 300 scope host metric 10 
  throw 21.0.0.0/8 table 300 scope host 
  default via 10.0.0.2 dev a0 proto openr 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  20.0.0.0/8 dev a0 scope link 
  20.0.0.0/8 via 10.9.9.1 dev a0 proto static onlink 
  prohibit 20.1.0.0/16 tos 0x10 
  20.1.0.0/16 via 10.0.1.2 dev a1 proto static 
  20.1.0.0/16 via 10.0.0.2 dev a0 
  20.1.0.0/16 via 10.0.2.2 dev a2 metric 10 linkdown 
  20.1.2.0/24 via 10.0.0.2 dev a0 
  20.1.2.3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  20.1.2.3 dev a1 scope link metric 5 
  20.1.2.3 via 10.9.9.2 dev a0 proto static metric 10 onlink 
  throw 20.1.2.128/25 tos 0x04 metric 10 
  prohibit 20.1.2.128/25 
  unreachable 20.1.2.128/25 metric 1 
  blackhole 20.1.2.128/25 scope link src 10.0.1.1 metric 1024 
  prohibit 21.0.0.0/8 tos 0x10 src 10.0.1.1 
  21.0.0.0/8 tos 0x08 dev a0 scope host 
  21.0.0.0/8 via 10.0.1.2 dev a1 
  21.0.0.0/8 dev a0 scope link metric 5 
  local 20.0.0.0/8 dev a0 table local scope host 
  local 20.0.0.0/8 dev lo table local scope host 
  local 21.0.0.0/8 dev a0 table local scope host metric 5 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.2.3 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  20.1.9.9 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  $ ip route flush 20.1.0.0/16
  $ ip -4 -d route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast'
  local 20.1.2.0/24 dev a0 table 300 proto boot scope host 
  blackhole 20.1.2.3 table 300 proto boot scope host metric 10 
  throw 21.0.0.0/8 table 300 proto boot scope host 
  unicast default via 10.0.0.2 dev a0 table main proto openr scope global 
  unicast 10.0.0.0/24 dev a0 table main proto kernel scope link src 10.0.0.1 
  unicast 10.0.1.0/24 dev a1 table main proto kernel scope link src 10.0.1.1 
  unicast 10.0.2.0/24 dev a2 table main proto kernel scope link src 10.0.2.1 linkdown 
  unicast 20.0.0.0/8 dev a0 table main proto boot scope link 
  unicast 20.0.0.0/8 via 10.9.9.1 dev a0 table main proto static scope global onlink 
  unicast 20.1.2.0/24 via 10.0.0.2 dev a0 table main proto boot scope global 
  unicast 20.1.2.3 table main proto boot scope global 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  unicast 20.1.2.3 dev a1 table main proto boot scope link metric 5 
  unicast 20.1.2.3 via 10.9.9.2 dev a0 table main proto static scope global metric 10 onlink 
  throw 20.1.2.128/25 tos 0x04 table main proto boot scope global metric 10 
  prohibit 20.1.2.128/25 table main proto boot scope global 
  unreachable 20.1.2.128/25 table main proto boot scope global metric 1 
  blackhole 20.1.2.128/25 table main proto boot scope link src 10.0.1.1 metric 1024 
  prohibit 21.0.0.0/8 tos 0x10 table main proto boot scope global src 10.0.1.1 
  unicast 21.0.0.0/8 tos 0x08 dev a0 table main proto boot scope host 
  unicast 21.0.0.0/8 via 10.0.1.2 dev a1 table main proto boot scope global 
  unicast 21.0.0.0/8 dev a0 table main proto boot scope link metric 5 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  local 10.0.2.1 dev a2 table local proto kernel scope host src 10.0.2.1 
  local 20.0.0.0/8 dev a0 table local proto boot scope host 
  local 20.0.0.0/8 dev lo table local proto boot scope host 
  local 21.0.0.0/8 dev a0 table local proto boot scope host metric 5 
  $ ip route flush table 7; ip route flush table 300; ip -4 route show table all | grep -c .
  32
