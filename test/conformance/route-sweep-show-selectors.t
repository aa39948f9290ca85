ip route show/flush/list: every selector with good, bad and abbreviated values on a populated table.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add 10.1.0.0/16 via 10.9.0.2 proto static metric 5
  $ ip route add 10.1.2.0/24 dev v0 scope link tos 0x10
  $ ip route add blackhole 10.2.0.0/16
  $ ip route add unreachable 10.3.0.0/16 metric 9
  $ ip route add 10.4.0.0/16 via 10.9.0.3 src 10.9.0.1 realm 4
  $ ip route add 10.5.0.0/16 nexthop via 10.9.0.2 nexthop via 10.9.0.3
  $ for o in "" "root 10.1.0.0/16" "root 10.0.0.0/8" "match 10.1.2.3" "match 10.1.0.0/16" "exact 10.1.0.0/16" "exact 10.1.0.0" "10.1.0.0/16" "root bad" "proto static" "proto kernel" "proto 99" "proto bad" "scope link" "scope global" "scope host" "scope bad" "type blackhole" "type unreachable" "type unicast" "type bad" "tos 0x10" "tos 0" "dsfield 0x10" "via 10.9.0.2" "via 10.9.0.3" "via bad" "src 10.9.0.1" "src 10.9.0.0/24" "dev v0" "dev nosuch" "oif v0" "iif v0" "table all" "table 0" "table bad" "realm 4" "realms 4" "metric 5" "preference 9" "cloned" "cached" "vrf x" "nhid 3" "from 10.9.0.1" "from 0/0"; do echo "== $o"; ip route show $o 2>&1; echo $?; done
  == 
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  10.1.2.0/24 tos 0x10 dev v0 scope link 
  blackhole 10.2.0.0/16 
  unreachable 10.3.0.0/16 metric 9 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  0
  == root 10.1.0.0/16
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  10.1.2.0/24 tos 0x10 dev v0 scope link 
  0
  == root 10.0.0.0/8
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  10.1.2.0/24 tos 0x10 dev v0 scope link 
  blackhole 10.2.0.0/16 
  unreachable 10.3.0.0/16 metric 9 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  0
  == match 10.1.2.3
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  10.1.2.0/24 tos 0x10 dev v0 scope link 
  0
  == match 10.1.0.0/16
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  0
  == exact 10.1.0.0/16
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  0
  == exact 10.1.0.0
  0
  == 10.1.0.0/16
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  0
  == root bad
  Error: any valid prefix is expected rather than "bad".
  1
  == proto static
  10.1.0.0/16 via 10.9.0.2 dev v0 metric 5 
  0
  == proto kernel
  10.9.0.0/24 dev v0 scope link src 10.9.0.1 
  0
  == proto 99
  0
  == proto bad
  Error: argument "bad" is wrong: invalid "protocol"
  
  255
  == scope link
  10.1.2.0/24 tos 0x10 dev v0 
  10.9.0.0/24 dev v0 proto kernel src 10.9.0.1 
  0
  == scope global
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  blackhole 10.2.0.0/16 
  unreachable 10.3.0.0/16 metric 9 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  0
  == scope host
  0
  == scope bad
  Error: argument "bad" is wrong: invalid "scope"
  
  255
  == type blackhole
  blackhole 10.2.0.0/16 
  0
  == type unreachable
  unreachable 10.3.0.0/16 metric 9 
  0
  == type unicast
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  10.1.2.0/24 tos 0x10 dev v0 scope link 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  0
  == type bad
  Error: argument "bad" is wrong: node type value is invalid
  
  255
  == tos 0x10
  10.1.2.0/24 dev v0 scope link 
  0
  == tos 0
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  blackhole 10.2.0.0/16 
  unreachable 10.3.0.0/16 metric 9 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  0
  == dsfield 0x10
  10.1.2.0/24 dev v0 scope link 
  0
  == via 10.9.0.2
  10.1.0.0/16 dev v0 proto static metric 5 
  0
  == via 10.9.0.3
  10.4.0.0/16 dev v0 src 10.9.0.1 realm 4 
  0
  == via bad
  Error: any valid prefix is expected rather than "bad".
  1
  == src 10.9.0.1
  10.4.0.0/16 via 10.9.0.3 dev v0 realm 4 
  10.9.0.0/24 dev v0 proto kernel scope link 
  0
  == src 10.9.0.0/24
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  0
  == dev v0
  10.1.0.0/16 via 10.9.0.2 proto static metric 5 
  10.1.2.0/24 tos 0x10 scope link 
  10.4.0.0/16 via 10.9.0.3 src 10.9.0.1 realm 4 
  10.9.0.0/24 proto kernel scope link src 10.9.0.1 
  0
  == dev nosuch
  Cannot find device "nosuch"
  1
  == oif v0
  10.1.0.0/16 via 10.9.0.2 proto static metric 5 
  10.1.2.0/24 tos 0x10 scope link 
  10.4.0.0/16 via 10.9.0.3 src 10.9.0.1 realm 4 
  10.9.0.0/24 proto kernel scope link src 10.9.0.1 
  0
  == iif v0
  0
  == table all
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  10.1.2.0/24 tos 0x10 dev v0 scope link 
  blackhole 10.2.0.0/16 
  unreachable 10.3.0.0/16 metric 9 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev v1 proto kernel metric 256 pref medium
  fe80::/64 dev v0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev v1 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev v0 table local proto kernel metric 256 pref medium
  0
  == table 0
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  10.1.2.0/24 tos 0x10 dev v0 scope link 
  blackhole 10.2.0.0/16 
  unreachable 10.3.0.0/16 metric 9 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev v1 proto kernel metric 256 pref medium
  fe80::/64 dev v0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev v1 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev v0 table local proto kernel metric 256 pref medium
  0
  == table bad
  Error: argument "bad" is wrong: table id value is invalid
  
  255
  == realm 4
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  0
  == realms 4
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  0
  == metric 5
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static 
  0
  == preference 9
  unreachable 10.3.0.0/16 
  0
  == cloned
  0
  == cached
  0
  == vrf x
  Error: argument "x" is wrong: Invalid VRF
  
  255
  == nhid 3
  Error: any valid prefix is expected rather than "nhid".
  1
  == from 10.9.0.1
  0
  == from 0/0
  10.1.0.0/16 via 10.9.0.2 dev v0 proto static metric 5 
  10.1.2.0/24 tos 0x10 dev v0 scope link 
  blackhole 10.2.0.0/16 
  unreachable 10.3.0.0/16 metric 9 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  0
  $ ip route flush proto static 2>&1; echo $?
  0
  $ ip route flush type blackhole 2>&1; echo $?
  0
  $ ip route flush scope link dev v0 2>&1; echo $?
  0
  $ ip route show
  unreachable 10.3.0.0/16 metric 9 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
  $ ip route flush 2>&1; echo $?
  "ip route flush" requires arguments.
  1
  $ ip route show
  unreachable 10.3.0.0/16 metric 9 
  10.4.0.0/16 via 10.9.0.3 dev v0 src 10.9.0.1 realm 4 
  10.5.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.3 dev v0 weight 1 
