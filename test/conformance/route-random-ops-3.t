Random sequence 3 of ip route add/replace/append/prepend/change/del/flush and the tables after (differential check against Linux).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ ip link add a2 type veth peer name b2
  $ for d in lo a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip link set b2 down
  $ ip addr add 10.0.2.1/24 dev a2
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=7
  $ ip route replace local 20.1.2.3/32 dev a0 proto static
  $ ip route replace prohibit 20.1.2.3/32
  $ ip route add 20.1.0.0/16 via 10.0.2.2 dev a0 tos 0x08
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route change local 20.1.2.128/25 dev a0 tos 0x04
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route change throw 21.0.0.0/8
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route append local 0.0.0.0/0 dev a0
  $ ip route append 20.0.0.0/8 via 10.0.1.3 metric 0 mtu 1280
  $ ip route change local 20.1.2.0/24 dev lo proto static
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route append 0.0.0.0/0 via 10.0.1.2
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  default via 10.0.1.2 dev a1 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  20.0.0.0/8 via 10.0.1.3 dev a1 mtu 1280 
  prohibit 20.1.2.3 
  local default dev a0 table local scope host 
  local 20.1.2.3 dev a0 table local proto static scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  20.1.2.200 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  20.1.2.200 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  20.1.9.9 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  20.1.9.9 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  20.9.9.9 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  20.9.9.9 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  $ ip route del 20.1.2.3/32 via 10.9.9.2 dev a0 onlink
  RTNETLINK answers: No such process
  [2]
  $ ip route add blackhole 20.1.2.3/32 proto kernel
  RTNETLINK answers: File exists
  [2]
  $ ip route append prohibit 20.0.0.0/8 table 300
  $ ip route prepend 20.1.2.0/24 via 10.0.2.2 dev a1 proto boot
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route replace unreachable 20.1.0.0/16 table 300
  $ ip route add 20.1.2.0/24 via 10.0.0.3 dev a1 metric 0 tos 0x04
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add local 20.1.2.0/24 dev a0
  $ ip route add blackhole 20.1.0.0/16 metric 10
  $ ip route replace 0.0.0.0/0 via 10.0.2.2
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  prohibit 20.0.0.0/8 table 300 
  unreachable 20.1.0.0/16 table 300 
  default via 10.0.2.2 dev a2 linkdown 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  20.0.0.0/8 via 10.0.1.3 dev a1 mtu 1280 
  blackhole 20.1.0.0/16 metric 10 
  prohibit 20.1.2.3 
  local default dev a0 table local scope host 
  local 20.1.2.0/24 dev a0 table local scope host 
  local 20.1.2.3 dev a0 table local proto static scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  local 20.1.2.200 dev lo src 20.1.2.200 uid 0 
  local 20.1.2.200 dev lo src 20.1.2.200 uid 0 
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  20.9.9.9 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  20.9.9.9 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  $ ip route replace 20.0.0.0/8 nexthop via 10.0.2.2 nexthop via 10.0.0.3 proto static
  Error: "nexthop" or end of line is expected instead of "proto"
  [255]
  $ ip route del throw 20.1.2.128/25 metric 1024 tos 0x04
  RTNETLINK answers: No such process
  [2]
  $ ip route replace 20.1.2.3/32 via 10.9.9.1 dev a0 onlink metric 5 scope host
  Error: Route with host scope can not have a gateway.
  [2]
  $ ip route append 20.1.2.0/24 dev a1 metric 5 table 7 scope link src 10.0.0.1
  $ ip route add throw 20.1.2.3/32 table 300
  $ ip route prepend blackhole 20.0.0.0/8 metric 0 proto boot scope global
  $ ip route change 20.1.2.3/32 via 10.9.9.1 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route del 0.0.0.0/0 via 10.9.9.1 dev a0 onlink
  RTNETLINK answers: No such process
  [2]
  $ ip route del 21.0.0.0/8 via 10.9.9.3 dev a0 onlink mtu 1280
  RTNETLINK answers: No such process
  [2]
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  20.1.2.0/24 dev a1 table 7 scope link src 10.0.0.1 metric 5 
  prohibit 20.0.0.0/8 table 300 
  unreachable 20.1.0.0/16 table 300 
  throw 20.1.2.3 table 300 
  default via 10.0.2.2 dev a2 linkdown 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  blackhole 20.0.0.0/8 
  20.0.0.0/8 via 10.0.1.3 dev a1 mtu 1280 
  blackhole 20.1.0.0/16 metric 10 
  prohibit 20.1.2.3 
  local default dev a0 table local scope host 
  local 20.1.2.0/24 dev a0 table local scope host 
  local 20.1.2.3 dev a0 table local proto static scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  local 20.1.2.200 dev lo src 20.1.2.200 uid 0 
  local 20.1.2.200 dev lo src 20.1.2.200 uid 0 
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  $ ip route replace blackhole 20.0.0.0/8
  $ ip route add 0.0.0.0/0 via 10.0.1.2 table 7 proto static src 10.0.1.1
  $ ip route add 20.1.0.0/16 nexthop via 10.0.0.3 nexthop via 10.0.1.3
  $ ip route add blackhole 20.1.2.3/32 metric 10
  $ ip route del 0.0.0.0/0
  $ ip route add 20.1.2.0/24 via 10.0.0.3 dev a1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route append 20.1.2.0/24 via 10.0.1.3
  $ ip route del local 20.1.0.0/16 dev lo proto static
  RTNETLINK answers: No such process
  [2]
  $ ip route add prohibit 20.1.0.0/16 proto boot
  RTNETLINK answers: File exists
  [2]
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  default via 10.0.1.2 dev a1 table 7 proto static src 10.0.1.1 
  20.1.2.0/24 dev a1 table 7 scope link src 10.0.0.1 metric 5 
  prohibit 20.0.0.0/8 table 300 
  unreachable 20.1.0.0/16 table 300 
  throw 20.1.2.3 table 300 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  blackhole 20.0.0.0/8 
  20.0.0.0/8 via 10.0.1.3 dev a1 mtu 1280 
  20.1.0.0/16 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  blackhole 20.1.0.0/16 metric 10 
  20.1.2.0/24 via 10.0.1.3 dev a1 
  prohibit 20.1.2.3 
  blackhole 20.1.2.3 metric 10 
  local default dev a0 table local scope host 
  local 20.1.2.0/24 dev a0 table local scope host 
  local 20.1.2.3 dev a0 table local proto static scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  local 20.1.2.200 dev lo src 20.1.2.200 uid 0 
  local 20.1.2.200 dev lo src 20.1.2.200 uid 0 
  20.1.9.9 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  20.1.9.9 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  $ ip route append 20.1.0.0/16 dev a0 mtu 1280
  $ ip route append 20.0.0.0/8 via 10.0.2.2 table 300
  $ ip route del blackhole 20.1.0.0/16 tos 0x08 table 300 proto kernel scope host
  RTNETLINK answers: No such process
  [2]
  $ ip route del 0.0.0.0/0 dev a1 metric 5 proto 99 src 10.0.1.1
  RTNETLINK answers: No such process
  [2]
  $ ip route add 20.1.0.0/16 via 10.0.1.3 metric 1024 tos 0x08
  $ ip route del 21.0.0.0/8 metric 1
  RTNETLINK answers: No such process
  [2]
  $ ip route add 20.1.2.128/25 dev a0 mtu 1400
  $ ip route add 20.1.2.0/24 dev a0 table 7
  $ ip route add local 20.1.2.3/32 dev a0
  RTNETLINK answers: File exists
  [2]
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|^local 10.0'
  default via 10.0.1.2 dev a1 table 7 proto static src 10.0.1.1 
  20.1.2.0/24 dev a0 table 7 scope link 
  20.1.2.0/24 dev a1 table 7 scope link src 10.0.0.1 metric 5 
  prohibit 20.0.0.0/8 table 300 
  20.0.0.0/8 via 10.0.2.2 dev a2 table 300 linkdown 
  unreachable 20.1.0.0/16 table 300 
  throw 20.1.2.3 table 300 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 linkdown 
  blackhole 20.0.0.0/8 
  20.0.0.0/8 via 10.0.1.3 dev a1 mtu 1280 
  20.1.0.0/16 tos 0x08 via 10.0.1.3 dev a1 metric 1024 
  20.1.0.0/16 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  20.1.0.0/16 dev a0 scope link mtu 1280 
  blackhole 20.1.0.0/16 metric 10 
  20.1.2.0/24 via 10.0.1.3 dev a1 
  prohibit 20.1.2.3 
  blackhole 20.1.2.3 metric 10 
  20.1.2.128/25 dev a0 scope link mtu 1400 
  local default dev a0 table local scope host 
  local 20.1.2.0/24 dev a0 table local scope host 
  local 20.1.2.3 dev a0 table local proto static scope host 
  $ for a in 20.1.2.3 20.1.2.200 20.1.9.9 20.9.9.9 21.1.1.1 8.8.8.8; do ip route get $a 2>&1 | head -1; ip route get $a tos 0x08 2>&1 | head -1; done
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  local 20.1.2.3 dev lo src 20.1.2.3 uid 0 
  20.1.2.200 dev a0 src 10.0.0.1 uid 0 
  20.1.2.200 dev a0 src 10.0.0.1 uid 0 
  20.1.9.9 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  20.1.9.9 tos 0x08 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 21.1.1.1 dev lo src 21.1.1.1 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
  $ ip link set b1 down
  $ ip route flush 20.1.0.0/16
  $ ip -4 -d route show table all | grep -v '^local 127\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast'
  unicast default via 10.0.1.2 dev a1 table 7 proto static scope global src 10.0.1.1 linkdown 
  unicast 20.1.2.0/24 dev a0 table 7 proto boot scope link 
  unicast 20.1.2.0/24 dev a1 table 7 proto boot scope link src 10.0.0.1 metric 5 linkdown 
  prohibit 20.0.0.0/8 table 300 proto boot scope global 
  unicast 20.0.0.0/8 via 10.0.2.2 dev a2 table 300 proto boot scope global linkdown 
  unreachable 20.1.0.0/16 table 300 proto boot scope global 
  throw 20.1.2.3 table 300 proto boot scope global 
  unicast 10.0.0.0/24 dev a0 table main proto kernel scope link src 10.0.0.1 
  unicast 10.0.1.0/24 dev a1 table main proto kernel scope link src 10.0.1.1 linkdown 
  unicast 10.0.2.0/24 dev a2 table main proto kernel scope link src 10.0.2.1 linkdown 
  blackhole 20.0.0.0/8 table main proto boot scope global 
  unicast 20.0.0.0/8 via 10.0.1.3 dev a1 table main proto boot scope global linkdown mtu 1280 
  unicast 20.1.2.0/24 via 10.0.1.3 dev a1 table main proto boot scope global linkdown 
  prohibit 20.1.2.3 table main proto boot scope global 
  blackhole 20.1.2.3 table main proto boot scope global metric 10 
  unicast 20.1.2.128/25 dev a0 table main proto boot scope link mtu 1400 
  local default dev a0 table local proto boot scope host 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  local 10.0.2.1 dev a2 table local proto kernel scope host src 10.0.2.1 
  local 20.1.2.0/24 dev a0 table local proto boot scope host 
  local 20.1.2.3 dev a0 table local proto static scope host 
  $ ip route flush table 7; ip route flush table 300; ip -4 route show table all | grep -c .
  21
