ip route show selectors: root, match, exact, table all, proto, scope, type, via, src, dev, metric.
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip link set lo up; ip link set d0 up; ip link set e0 up; ip link set d1 up; ip link set e1 up
  $ ip addr add 10.0.0.1/24 dev d0
  $ ip addr add 10.1.0.1/24 dev d1
  $ ip route add 10.0.0.0/8 via 10.0.0.2 proto static
  $ ip route add 10.2.0.0/16 via 10.0.0.2 proto bird metric 7
  $ ip route add 10.2.3.0/24 via 10.1.0.2 proto 99
  $ ip route add 10.2.3.4 dev d1 scope link
  $ ip route add 10.2.0.0/16 via 10.1.0.2 table 10 proto boot
  $ ip route add default via 10.0.0.254
  $ ip route show root 10.2.0.0/16
  10.2.0.0/16 via 10.0.0.2 dev d0 proto bird metric 7 
  10.2.3.0/24 via 10.1.0.2 dev d1 proto openr 
  10.2.3.4 dev d1 scope link 
  $ ip route show match 10.2.3.4
  default via 10.0.0.254 dev d0 
  10.0.0.0/8 via 10.0.0.2 dev d0 proto static 
  10.2.0.0/16 via 10.0.0.2 dev d0 proto bird metric 7 
  10.2.3.0/24 via 10.1.0.2 dev d1 proto openr 
  10.2.3.4 dev d1 scope link 
  $ ip route show match 10.2.3.0/24
  default via 10.0.0.254 dev d0 
  10.0.0.0/8 via 10.0.0.2 dev d0 proto static 
  10.2.0.0/16 via 10.0.0.2 dev d0 proto bird metric 7 
  10.2.3.0/24 via 10.1.0.2 dev d1 proto openr 
  $ ip route show exact 10.2.3.0/24
  10.2.3.0/24 via 10.1.0.2 dev d1 proto openr 
  $ ip route show 10.2.0.0/16
  10.2.0.0/16 via 10.0.0.2 dev d0 proto bird metric 7 
  $ ip route show root 10.0.0.0/8
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.0.0.0/8 via 10.0.0.2 dev d0 proto static 
  10.1.0.0/24 dev d1 proto kernel scope link src 10.1.0.1 
  10.2.0.0/16 via 10.0.0.2 dev d0 proto bird metric 7 
  10.2.3.0/24 via 10.1.0.2 dev d1 proto openr 
  10.2.3.4 dev d1 scope link 
  $ ip route show match 10.9.9.9
  default via 10.0.0.254 dev d0 
  10.0.0.0/8 via 10.0.0.2 dev d0 proto static 
  $ ip route show exact 0/0
  default via 10.0.0.254 dev d0 
  $ ip route show root 0/0
  default via 10.0.0.254 dev d0 
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.0.0.0/8 via 10.0.0.2 dev d0 proto static 
  10.1.0.0/24 dev d1 proto kernel scope link src 10.1.0.1 
  10.2.0.0/16 via 10.0.0.2 dev d0 proto bird metric 7 
  10.2.3.0/24 via 10.1.0.2 dev d1 proto openr 
  10.2.3.4 dev d1 scope link 
  $ ip route show match 0/0
  default via 10.0.0.254 dev d0 
  $ ip route show proto static
  10.0.0.0/8 via 10.0.0.2 dev d0 
  $ ip route show proto bird
  10.2.0.0/16 via 10.0.0.2 dev d0 metric 7 
  $ ip route show proto 99
  10.2.3.0/24 via 10.1.0.2 dev d1 
  $ ip route show proto kernel
  10.0.0.0/24 dev d0 scope link src 10.0.0.1 
  10.1.0.0/24 dev d1 scope link src 10.1.0.1 
  $ ip route show proto boot
  default via 10.0.0.254 dev d0 
  10.2.3.4 dev d1 scope link 
  $ ip route show table all proto boot
  10.2.0.0/16 via 10.1.0.2 dev d1 table 10 
  default via 10.0.0.254 dev d0 
  10.2.3.4 dev d1 scope link 
  $ ip route show scope link
  10.0.0.0/24 dev d0 proto kernel src 10.0.0.1 
  10.1.0.0/24 dev d1 proto kernel src 10.1.0.1 
  10.2.3.4 dev d1 
  $ ip route show scope global
  default via 10.0.0.254 dev d0 
  10.0.0.0/8 via 10.0.0.2 dev d0 proto static 
  10.2.0.0/16 via 10.0.0.2 dev d0 proto bird metric 7 
  10.2.3.0/24 via 10.1.0.2 dev d1 proto openr 
  $ ip route show scope host table local
  local 10.0.0.1 dev d0 proto kernel src 10.0.0.1 
  local 10.1.0.1 dev d1 proto kernel src 10.1.0.1 
  local 127.0.0.0/8 dev lo proto kernel src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel src 127.0.0.1 
  $ ip route show via 10.0.0.2
  10.0.0.0/8 dev d0 proto static 
  10.2.0.0/16 dev d0 proto bird metric 7 
  $ ip route show via 10.1.0.2 table all
  10.2.0.0/16 dev d1 table 10 
  10.2.3.0/24 dev d1 proto openr 
  $ ip route show src 10.0.0.1
  10.0.0.0/24 dev d0 proto kernel scope link 
  $ ip route show dev d1
  10.1.0.0/24 proto kernel scope link src 10.1.0.1 
  10.2.3.0/24 via 10.1.0.2 proto openr 
  10.2.3.4 scope link 
  $ ip route show metric 7
  10.2.0.0/16 via 10.0.0.2 dev d0 proto bird 
  $ ip route show table 10
  10.2.0.0/16 via 10.1.0.2 dev d1 
  $ ip route show table all dev d1
  10.2.0.0/16 via 10.1.0.2 table 10 
  10.1.0.0/24 proto kernel scope link src 10.1.0.1 
  10.2.3.0/24 via 10.1.0.2 proto openr 
  10.2.3.4 scope link 
  local 10.1.0.1 table local proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.255 table local proto kernel scope link src 10.1.0.1 
  fe80::/64 proto kernel metric 256 pref medium
  multicast ff00::/8 table local proto kernel metric 256 pref medium
  $ ip route show table main root 10.2.0.0/16 proto bird
  10.2.0.0/16 via 10.0.0.2 dev d0 metric 7 
  $ ip route show table nosuch
  Error: argument "nosuch" is wrong: table id value is invalid
  [255]
  $ ip route show proto nosuch
  Error: argument "nosuch" is wrong: invalid "protocol"
  [255]
  $ ip route show scope nosuch
  Error: argument "nosuch" is wrong: invalid "scope"
  [255]
  $ ip route show root
  Command line is not complete. Try option "help"
  [255]
  $ ip route show dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route list table all type unicast
  10.2.0.0/16 via 10.1.0.2 dev d1 table 10 
  default via 10.0.0.254 dev d0 
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.0.0.0/8 via 10.0.0.2 dev d0 proto static 
  10.1.0.0/24 dev d1 proto kernel scope link src 10.1.0.1 
  10.2.0.0/16 via 10.0.0.2 dev d0 proto bird metric 7 
  10.2.3.0/24 via 10.1.0.2 dev d1 proto openr 
  10.2.3.4 dev d1 scope link 
  fe80::/64 dev e0 proto kernel metric 256 pref medium
  fe80::/64 dev d0 proto kernel metric 256 pref medium
  fe80::/64 dev e1 proto kernel metric 256 pref medium
  fe80::/64 dev d1 proto kernel metric 256 pref medium
