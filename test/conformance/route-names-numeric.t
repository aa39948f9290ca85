Names ip prints and reads for route attributes: tos/dsfield names, protocols, scopes, tables, realms; -N prints numbers.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.1.0.0/16 via 10.0.0.2 tos lowdelay proto dhcp
  Error: argument "lowdelay" is wrong: "tos" value is invalid
  [255]
  $ ip route add 10.2.0.0/16 via 10.0.0.2 tos 0x08 proto ra
  $ ip route add 10.3.0.0/16 via 10.0.0.2 dsfield 0x20 proto zebra
  $ ip route add 10.4.0.0/16 dev a0 scope 100 proto 200
  $ ip route add 10.5.0.0/16 dev a0 scope site table 253
  $ ip route add 10.6.0.0/16 via 10.0.0.2 realms cosmos/5
  $ ip route add 10.7.0.0/16 via 10.0.0.2 proto babel table 4000000000
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.2.0.0/16 tos 0x08 via 10.0.0.2 dev a0 proto ra 
  10.3.0.0/16 tos CS1 via 10.0.0.2 dev a0 proto zebra 
  10.4.0.0/16 dev a0 proto 200 scope 100 
  10.6.0.0/16 via 10.0.0.2 dev a0 realm 5 
  $ ip -N route
  10.0.0.0/24 dev a0 proto 2 scope 253 src 10.0.0.1 
  10.2.0.0/16 tos 0x08 via 10.0.0.2 dev a0 proto 9 
  10.3.0.0/16 tos 0x20 via 10.0.0.2 dev a0 proto 11 
  10.4.0.0/16 dev a0 proto 200 scope 100 
  10.6.0.0/16 via 10.0.0.2 dev a0 realm 5 
  $ ip route show table default
  10.5.0.0/16 dev a0 scope site 
  $ ip route show table 4000000000
  10.7.0.0/16 via 10.0.0.2 dev a0 proto babel 
  $ ip -d route show 10.4.0.0/16
  unicast 10.4.0.0/16 dev a0 proto 200 scope 100 
  $ ip -N -d route show 10.4.0.0/16
  1 10.4.0.0/16 dev a0 proto 200 scope 100 
  $ ip route show tos lowdelay
  Error: argument "lowdelay" is wrong: TOS value is invalid
  [255]
  $ ip route show proto dhcp
  $ ip route show scope 100
  10.4.0.0/16 dev a0 proto 200 
  $ ip -j route show 10.1.0.0/16
  []
  $ ip route show table all proto babel
  10.7.0.0/16 via 10.0.0.2 dev a0 table 4000000000 
  $ ip route add 10.8.0.0/16 via 10.0.0.2 tos bogus
  Error: argument "bogus" is wrong: "tos" value is invalid
  [255]
  $ ip route add 10.8.0.0/16 via 10.0.0.2 proto 256
  Error: argument "256" is wrong: "protocol" value is invalid
  [255]
  $ ip route add 10.8.0.0/16 via 10.0.0.2 scope bogus
  Error: argument "bogus" is wrong: invalid "scope" value
  [255]
  $ ip route add 10.8.0.0/16 via 10.0.0.2 realms bogus
  Error: argument "bogus" is wrong: "realm" value is invalid
  [255]
  $ ip route add 10.8.0.0/16 via 10.0.0.2 tos 0x100
  Error: argument "0x100" is wrong: "tos" value is invalid
  [255]
  $ ip route get 10.1.1.1 tos lowdelay
  Error: argument "lowdelay" is wrong: TOS value is invalid
  [255]
  $ ip route get 10.1.1.1 tos 0x10
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.3.1.1 dsfield 0x20
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.6.1.1
  10.6.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 realm 5 uid 0 
      cache 
