ip route show and flush selectors over a varied table: proto, scope, type, dev, via, src, realm(s), tos, table (all), root/match/exact with other selectors, cloned/cached; names iproute2 refuses; flushes by proto, scope+dev, type, table and via.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add d1 address 02:00:00:00:0d:01 type veth peer name e1 address 02:00:00:00:0e:01
  $ ip link set lo up; for d in a0 b0 d1 e1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev d1
  $ ip route add 20.0.0.0/8 via 10.0.0.2 proto static metric 10 realm 5
  $ ip route add 20.0.0.0/8 via 10.1.0.2 proto bird metric 20 src 10.1.0.1
  $ ip route add 20.1.0.0/16 dev d1 scope link proto 99 tos 0x10
  $ ip route add 20.1.2.0/24 nexthop via 10.0.0.5 nexthop via 10.1.0.5
  $ ip route add blackhole 20.9.0.0/16 proto static
  $ ip route add unreachable 20.8.0.0/16 metric 7
  $ ip route add local 20.7.0.1 dev a0 table main
  $ ip route add broadcast 20.7.0.255 dev a0 table main
  $ ip route add 20.6.0.0/16 via 10.0.0.2 mtu lock 1400 advmss 1300 table 77
  $ ip route show proto static
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 10 realm 5 
  blackhole 20.9.0.0/16 
  $ ip route show proto bird
  20.0.0.0/8 via 10.1.0.2 dev d1 src 10.1.0.1 metric 20 
  $ ip route show proto 99
  20.1.0.0/16 tos 0x10 dev d1 scope link 
  $ ip route show proto kernel
  10.0.0.0/24 dev a0 scope link src 10.0.0.1 
  10.1.0.0/24 dev d1 scope link src 10.1.0.1 
  $ ip route show proto boot
  20.1.2.0/24 
  	nexthop via 10.0.0.5 dev a0 weight 1 
  	nexthop via 10.1.0.5 dev d1 weight 1 
  local 20.7.0.1 dev a0 scope host 
  broadcast 20.7.0.255 dev a0 scope link 
  unreachable 20.8.0.0/16 metric 7 
  $ ip route show scope link
  10.0.0.0/24 dev a0 proto kernel src 10.0.0.1 
  10.1.0.0/24 dev d1 proto kernel src 10.1.0.1 
  20.1.0.0/16 tos 0x10 dev d1 proto openr 
  broadcast 20.7.0.255 dev a0 
  $ ip route show scope global
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 realm 5 
  20.0.0.0/8 via 10.1.0.2 dev d1 proto bird src 10.1.0.1 metric 20 
  20.1.2.0/24 
  	nexthop via 10.0.0.5 dev a0 weight 1 
  	nexthop via 10.1.0.5 dev d1 weight 1 
  unreachable 20.8.0.0/16 metric 7 
  blackhole 20.9.0.0/16 proto static 
  $ ip route show scope host
  local 20.7.0.1 dev a0 
  $ ip route show type blackhole
  blackhole 20.9.0.0/16 proto static 
  $ ip route show type local
  local 20.7.0.1 dev a0 scope host 
  $ ip route show type broadcast
  broadcast 20.7.0.255 dev a0 scope link 
  $ ip route show type unicast
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/24 dev d1 proto kernel scope link src 10.1.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 realm 5 
  20.0.0.0/8 via 10.1.0.2 dev d1 proto bird src 10.1.0.1 metric 20 
  20.1.0.0/16 tos 0x10 dev d1 proto openr scope link 
  20.1.2.0/24 
  	nexthop via 10.0.0.5 dev a0 weight 1 
  	nexthop via 10.1.0.5 dev d1 weight 1 
  $ ip route show dev d1
  10.1.0.0/24 proto kernel scope link src 10.1.0.1 
  20.0.0.0/8 via 10.1.0.2 proto bird src 10.1.0.1 metric 20 
  20.1.0.0/16 tos 0x10 proto openr scope link 
  $ ip route show via 10.0.0.2
  20.0.0.0/8 dev a0 proto static metric 10 realm 5 
  $ ip route show via 10.1.0.5
  $ ip route show src 10.1.0.1
  10.1.0.0/24 dev d1 proto kernel scope link 
  20.0.0.0/8 via 10.1.0.2 dev d1 proto bird metric 20 
  $ ip route show realm 5
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 realm 5 
  $ ip route show realms 0/5
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 
  $ ip route show tos 0x10
  20.1.0.0/16 dev d1 proto openr scope link 
  $ ip route show metric 10
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static realm 5 
  $ ip route show table 77
  20.6.0.0/16 via 10.0.0.2 dev a0 mtu lock 1400 advmss 1300 
  $ ip route show table all proto static
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 10 realm 5 
  blackhole 20.9.0.0/16 
  $ ip route show table all dev a0 type unicast
  20.6.0.0/16 via 10.0.0.2 table 77 mtu lock 1400 advmss 1300 
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 proto static metric 10 realm 5 
  fe80::/64 proto kernel metric 256 pref medium
  $ ip route show root 20.0.0.0/8 proto static
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 10 realm 5 
  blackhole 20.9.0.0/16 
  $ ip route show match 20.1.2.3
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 realm 5 
  20.0.0.0/8 via 10.1.0.2 dev d1 proto bird src 10.1.0.1 metric 20 
  20.1.0.0/16 tos 0x10 dev d1 proto openr scope link 
  20.1.2.0/24 
  	nexthop via 10.0.0.5 dev a0 weight 1 
  	nexthop via 10.1.0.5 dev d1 weight 1 
  $ ip route show match 20.1.2.3 dev d1
  20.0.0.0/8 via 10.1.0.2 proto bird src 10.1.0.1 metric 20 
  20.1.0.0/16 tos 0x10 proto openr scope link 
  $ ip route show exact 20.0.0.0/8 via 10.1.0.2
  20.0.0.0/8 dev d1 proto bird src 10.1.0.1 metric 20 
  $ ip route show 20.0.0.0/8 metric 20
  20.0.0.0/8 via 10.1.0.2 dev d1 proto bird src 10.1.0.1 
  $ ip route list 20.1.2.0/24
  20.1.2.0/24 
  	nexthop via 10.0.0.5 dev a0 weight 1 
  	nexthop via 10.1.0.5 dev d1 weight 1 
  $ ip route show table 77 20.6.0.0/16
  20.6.0.0/16 via 10.0.0.2 dev a0 mtu lock 1400 advmss 1300 
  $ ip -d route show table 77
  unicast 20.6.0.0/16 via 10.0.0.2 dev a0 proto boot scope global mtu lock 1400 advmss 1300 
  $ ip route show type multicast
  $ ip route show type nat
  $ ip route show scope 200
  $ ip route show scope nowhere
  $ ip route show proto nonsense
  Error: argument "nonsense" is wrong: invalid "protocol"
  [255]
  $ ip route show type nonsense
  Error: argument "nonsense" is wrong: node type value is invalid
  [255]
  $ ip route show dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route show table nosuch
  Error: argument "nosuch" is wrong: table id value is invalid
  [255]
  $ ip route show cloned
  $ ip route show cached
  $ ip route flush proto bird
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 realm 5 
  $ ip route flush scope link dev d1
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 10 realm 5 
  20.1.2.0/24 
  	nexthop via 10.0.0.5 dev a0 weight 1 
  	nexthop via 10.1.0.5 dev d1 weight 1 
  local 20.7.0.1 dev a0 scope host 
  broadcast 20.7.0.255 dev a0 scope link 
  unreachable 20.8.0.0/16 metric 7 
  blackhole 20.9.0.0/16 proto static 
  $ ip route flush type unreachable
  $ ip route flush table 77
  $ ip route show table 77
  $ ip route flush via 10.0.0.2
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.1.2.0/24 
  	nexthop via 10.0.0.5 dev a0 weight 1 
  	nexthop via 10.1.0.5 dev d1 weight 1 
  local 20.7.0.1 dev a0 scope host 
  broadcast 20.7.0.255 dev a0 scope link 
  blackhole 20.9.0.0/16 proto static 
