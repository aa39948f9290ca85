ip route show and flush by type, tos, table and protocol, ip -s route flush rounds, flush without selectors, flush cache, and the list/lst/sh abbreviations.
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set lo up; ip link set d0 up; ip link set e0 up
  $ ip addr add 10.0.0.1/24 dev d0
  $ ip route add 10.1.0.0/16 via 10.0.0.2 proto static
  $ ip route add 10.2.0.0/16 via 10.0.0.3 proto static tos 0x10
  $ ip route add unreachable 10.3.0.0/16
  $ ip route add blackhole 10.4.0.0/16 proto static
  $ ip route add prohibit 10.5.0.0/16 metric 5
  $ ip route add throw 10.6.0.0/16 table 20
  $ ip route add 10.7.0.0/16 dev d0 table 20 proto boot
  $ ip route add local 10.8.0.1 dev d0 table 20
  $ ip route show type unreachable
  unreachable 10.3.0.0/16 
  $ ip route show type blackhole
  blackhole 10.4.0.0/16 proto static 
  $ ip route show type unicast
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev d0 proto static 
  10.2.0.0/16 tos 0x10 via 10.0.0.3 dev d0 proto static 
  $ ip route show table all type throw
  throw 10.6.0.0/16 table 20 
  $ ip route show table all type local | head -3
  local 10.8.0.1 dev d0 table 20 scope host 
  local 10.0.0.1 dev d0 table local proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  $ ip route show type broadcast table local
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route show tos 0x10
  10.2.0.0/16 via 10.0.0.3 dev d0 proto static 
  $ ip route show tos 0x00
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev d0 proto static 
  unreachable 10.3.0.0/16 
  blackhole 10.4.0.0/16 proto static 
  prohibit 10.5.0.0/16 metric 5 
  $ ip route lst proto static
  10.1.0.0/16 via 10.0.0.2 dev d0 
  10.2.0.0/16 tos 0x10 via 10.0.0.3 dev d0 
  blackhole 10.4.0.0/16 
  $ ip ro sh table 20
  throw 10.6.0.0/16 
  10.7.0.0/16 dev d0 scope link 
  local 10.8.0.1 dev d0 scope host 
  $ ip route list table 20 type unicast
  10.7.0.0/16 dev d0 scope link 
  $ ip route show type nosuch
  Error: argument "nosuch" is wrong: node type value is invalid
  [255]
  $ ip route flush
  "ip route flush" requires arguments.
  [1]
  $ ip -s route flush proto static
  
  *** Round 1, deleting 3 entries ***
  *** Flush is complete after 1 round ***
  $ ip route show
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  unreachable 10.3.0.0/16 
  prohibit 10.5.0.0/16 metric 5 
  $ ip -s -s route flush type prohibit
  prohibit 10.5.0.0/16 metric 5 
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip route flush type unreachable; ip route show
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  $ ip route flush table 20 type throw; ip route show table 20
  10.7.0.0/16 dev d0 scope link 
  local 10.8.0.1 dev d0 scope host 
  $ ip route flush table 20; ip route show table 20
  $ ip route flush table 20
  $ ip route flush cache; echo $?
  0
  $ ip route flush table main dev d0; ip route show
  $ ip -4 route show table all | grep -c local
  5
