ip route show filters: root/match/exact with default and /32, via, src, proto, scope, type, metric, tos, table combinations.
  $ ip link add a0 type veth peer name b0
  $ ip link set lo up
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add default via 10.0.0.2
  $ ip route add 0.0.0.0/1 via 10.0.0.3
  $ ip route add 20.0.0.0/8 via 10.0.0.2 proto static metric 10
  $ ip route add 20.1.0.0/16 via 10.0.0.3 proto 99 tos 0x10
  $ ip route add 20.1.2.3/32 dev a0 src 10.0.0.1 scope link
  $ ip route add blackhole 20.2.0.0/16 proto boot
  $ ip route add unreachable 20.3.0.0/16 metric 10
  $ ip route show root 20.0.0.0/8
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 proto openr 
  20.1.2.3 dev a0 scope link src 10.0.0.1 
  blackhole 20.2.0.0/16 
  unreachable 20.3.0.0/16 metric 10 
  $ ip route show root 0/0
  0.0.0.0/1 via 10.0.0.3 dev a0 
  default via 10.0.0.2 dev a0 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 proto openr 
  20.1.2.3 dev a0 scope link src 10.0.0.1 
  blackhole 20.2.0.0/16 
  unreachable 20.3.0.0/16 metric 10 
  $ ip route show root 0/1
  0.0.0.0/1 via 10.0.0.3 dev a0 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 proto openr 
  20.1.2.3 dev a0 scope link src 10.0.0.1 
  blackhole 20.2.0.0/16 
  unreachable 20.3.0.0/16 metric 10 
  $ ip route show match 20.1.2.3
  0.0.0.0/1 via 10.0.0.3 dev a0 
  default via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 proto openr 
  20.1.2.3 dev a0 scope link src 10.0.0.1 
  $ ip route show match 20.1.2.3/24
  0.0.0.0/1 via 10.0.0.3 dev a0 
  default via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 proto openr 
  $ ip route show match 0/0
  default via 10.0.0.2 dev a0 
  $ ip route show exact 0/0
  default via 10.0.0.2 dev a0 
  $ ip route show exact default
  default via 10.0.0.2 dev a0 
  $ ip route show default
  default via 10.0.0.2 dev a0 
  $ ip route show 0/0
  default via 10.0.0.2 dev a0 
  $ ip route show 0/1
  0.0.0.0/1 via 10.0.0.3 dev a0 
  $ ip route show 20.1.2.3
  20.1.2.3 dev a0 scope link src 10.0.0.1 
  $ ip route show 20.1/16
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 proto openr 
  $ ip route show 20/8
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  $ ip route show via 10.0.0.3
  0.0.0.0/1 dev a0 
  20.1.0.0/16 tos 0x10 dev a0 proto openr 
  $ ip route show via 10.0.0.0/24
  0.0.0.0/1 via 10.0.0.3 dev a0 
  default via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 proto openr 
  $ ip route show src 10.0.0.1
  10.0.0.0/24 dev a0 proto kernel scope link 
  20.1.2.3 dev a0 scope link 
  $ ip route show src 10.0.0.0/24
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.1.2.3 dev a0 scope link src 10.0.0.1 
  $ ip route show proto 99
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 
  $ ip route show proto boot
  0.0.0.0/1 via 10.0.0.3 dev a0 
  default via 10.0.0.2 dev a0 
  20.1.2.3 dev a0 scope link src 10.0.0.1 
  blackhole 20.2.0.0/16 
  unreachable 20.3.0.0/16 metric 10 
  $ ip route show proto kernel
  10.0.0.0/24 dev a0 scope link src 10.0.0.1 
  $ ip route show scope link
  10.0.0.0/24 dev a0 proto kernel src 10.0.0.1 
  20.1.2.3 dev a0 src 10.0.0.1 
  $ ip route show scope global
  0.0.0.0/1 via 10.0.0.3 dev a0 
  default via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 proto openr 
  blackhole 20.2.0.0/16 
  unreachable 20.3.0.0/16 metric 10 
  $ ip route show type blackhole
  blackhole 20.2.0.0/16 
  $ ip route show type unicast
  0.0.0.0/1 via 10.0.0.3 dev a0 
  default via 10.0.0.2 dev a0 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  20.1.0.0/16 tos 0x10 via 10.0.0.3 dev a0 proto openr 
  20.1.2.3 dev a0 scope link src 10.0.0.1 
  $ ip route show metric 10
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static 
  unreachable 20.3.0.0/16 
  $ ip route show tos 0x10
  20.1.0.0/16 via 10.0.0.3 dev a0 proto openr 
  $ ip route show dsfield 0x10
  20.1.0.0/16 via 10.0.0.3 dev a0 proto openr 
  $ ip route show table main type unreachable
  unreachable 20.3.0.0/16 metric 10 
  $ ip route show table local type local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  $ ip route show table local dev lo
  local 127.0.0.0/8 proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 proto kernel scope link src 127.0.0.1 
  $ ip route show dev a0 via 10.0.0.2
  default 
  20.0.0.0/8 proto static metric 10 
  $ ip route show dev b0
  $ ip route show dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route show proto nosuchproto
  Error: argument "nosuchproto" is wrong: invalid "protocol"
  [255]
  $ ip route show root 20.0.0.0/33
  Error: any valid prefix is expected rather than "20.0.0.0/33".
  [1]
