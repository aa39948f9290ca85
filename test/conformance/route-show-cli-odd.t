Less common ip route show/get/flush arguments and global options: from/to selectors on a show, cloned, -N, -br, -c, -r, -oneline with multipath, abbreviations (ro, r, li, sh, fl, g), filters with keyword prefixes and numbers.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2 proto 77
  Error: "nexthop" or end of line is expected instead of "proto"
  [255]
  $ ip route add 21.0.0.0/8 via 10.0.0.2 src 10.0.1.1 metric 4 table 55
  $ ip route add 22.0.0.0/8 via 10.0.0.3 tos 0x10 proto static
  $ ip ro sh
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  22.0.0.0/8 tos 0x10 via 10.0.0.3 dev a0 proto static 
  $ ip r li table 55
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 metric 4 
  $ ip r l t 55
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 metric 4 
  $ ip -N route show
  10.0.0.0/24 dev a0 proto 2 scope 253 src 10.0.0.1 
  10.0.1.0/24 dev a1 proto 2 scope 253 src 10.0.1.1 
  22.0.0.0/8 tos 0x10 via 10.0.0.3 dev a0 proto 4 
  $ ip -br route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  22.0.0.0/8 tos 0x10 via 10.0.0.3 dev a0 proto static 
  $ ip -c route show
  [35m10.0.0.0/24 [0mdev [36ma0 [0mproto kernel scope link src [35m10.0.0.1 [0m
  [35m10.0.1.0/24 [0mdev [36ma1 [0mproto kernel scope link src [35m10.0.1.1 [0m
  [35m22.0.0.0/8 [0mtos 0x10 via [35m10.0.0.3 [0mdev [36ma0 [0mproto static 
  $ ip -o route show 20.0.0.0/8
  $ ip route show from 10.0.1.0/24 table all 2>&1 | grep -v 127
  [1]
  $ ip route show from 0/0 table 55
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 metric 4 
  $ ip route show to 20.0.0.0/8
  $ ip route show to match 20.1.1.1
  $ ip route show to root 20.0.0.0/7
  $ ip route show to exact 20.0.0.0/8
  $ ip route show cloned
  $ ip route show cached
  $ ip route show table 55 preferred_lft 2>&1
  Error: any valid prefix is expected rather than "preferred_lft".
  [1]
  $ ip route show protocol 77
  $ ip route show proto 0x4d
  $ ip route show metric 4 table 55
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  $ ip route show preference 4 table 55
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  $ ip route show priority 4 table 55
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  $ ip route show table 55 type unicast scope global
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 metric 4 
  $ ip route show tos 16
  $ ip route show dsfield 0x10
  22.0.0.0/8 via 10.0.0.3 dev a0 proto static 
  $ ip route show table 0x37
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 metric 4 
  $ ip route show table main table 55
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 metric 4 
  $ ip route show dev a0 dev a1
  10.0.1.0/24 proto kernel scope link src 10.0.1.1 
  $ ip route show oif a1
  10.0.1.0/24 proto kernel scope link src 10.0.1.1 
  $ ip route show iif a1 2>&1
  $ ip route show realm 0 2>&1 | head -3
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  22.0.0.0/8 tos 0x10 via 10.0.0.3 dev a0 proto static 
  $ ip route show vrf nosuch 2>&1
  Error: argument "nosuch" is wrong: Invalid VRF
  [255]
  $ ip route get 20.1.1.1 from 10.0.0.1 connected 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip r g 22.0.0.9 tos 16
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get to 21.2.3.4 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 21.2.3.4 table 55 2>&1
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route get 10.0.0.2 oif a1 2>&1
  10.0.0.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 10.0.0.2 from 10.0.1.1 oif a1 2>&1
  10.0.0.2 from 10.0.1.1 dev a1 uid 0 
      cache 
  $ ip route get 10.0.0.2 iif a1 2>&1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.2 from 10.0.1.2 iif a1 2>&1
  RTNETLINK answers: No route to host
  [2]
  $ ip route fl table 55; ip route show table 55 2>&1
  $ ip route flush 2>&1; echo $?
  "ip route flush" requires arguments.
  1
  $ ip route flush all 2>&1; echo $?
  0
  $ ip route list all 2>&1 | head -3
