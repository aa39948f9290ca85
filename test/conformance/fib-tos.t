Route tos selectors beyond the selftest: listing order and DSCP names, lookups only compare the legacy TOS bits 0x1c so high DSCP bits are ignored and routes with them never match (complements fib_tests.sh ipv4_rt_dsfield).
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link add a3 address 02:00:00:00:03:01 type veth peer name b3 address 02:00:00:00:03:02
  $ for d in lo a1 b1 a3 b3; do ip link set $d up; done
  $ ip addr add 172.16.101.1/24 dev a1
  $ ip addr add 172.16.103.1/24 dev a3
  $ ip route add 172.16.102.0/24 via 172.16.101.2
  $ for t in 0x04 0x08 0x10 0x1c 0x20 0x40 0x80 0xb8 0xfc; do ip route add 172.16.102.0/24 tos $t via 172.16.103.2; done
  $ ip route show 172.16.102.0/24
  172.16.102.0/24 tos 0xfc via 172.16.103.2 dev a3 
  172.16.102.0/24 tos EF via 172.16.103.2 dev a3 
  172.16.102.0/24 tos CS4 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos CS2 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos CS1 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x1c via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x10 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x08 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x04 via 172.16.103.2 dev a3 
  172.16.102.0/24 via 172.16.101.2 dev a1 
  $ ip route add 172.16.102.0/24 tos 0x10 via 172.16.101.2
  RTNETLINK answers: File exists
  [2]
  $ ip route append 172.16.102.0/24 tos 0x10 via 172.16.101.2
  $ ip route show 172.16.102.0/24 tos 0x10
  172.16.102.0/24 via 172.16.103.2 dev a3 
  172.16.102.0/24 via 172.16.101.2 dev a1 
  $ ip route get fibmatch 172.16.102.1 tos 0x90
  172.16.102.0/24 tos 0x10 via 172.16.103.2 dev a3 
  $ ip route get fibmatch 172.16.102.1 tos 0x30
  172.16.102.0/24 tos 0x10 via 172.16.103.2 dev a3 
  $ ip route get fibmatch 172.16.102.1 tos 0x18
  172.16.102.0/24 via 172.16.101.2 dev a1 
  $ ip route get fibmatch 172.16.102.1 tos 0xb8
  172.16.102.0/24 via 172.16.101.2 dev a1 
  $ ip route get fibmatch 172.16.102.1 tos 0xfc
  172.16.102.0/24 tos 0x1c via 172.16.103.2 dev a3 
  $ ip route get fibmatch 172.16.102.1 tos 0x1c
  172.16.102.0/24 tos 0x1c via 172.16.103.2 dev a3 
  $ ip route get fibmatch 172.16.102.1 tos 0x20
  172.16.102.0/24 via 172.16.101.2 dev a1 
  $ ip route get 172.16.102.1 tos 0x9c
  172.16.102.1 tos 0x1c via 172.16.103.2 dev a3 src 172.16.103.1 uid 0 
      cache 
  $ ip route get 172.16.102.1 tos 0x0c
  172.16.102.1 via 172.16.101.2 dev a1 src 172.16.101.1 uid 0 
      cache 
  $ ip route add 172.16.102.0/24 tos lowdelay via 172.16.101.2
  Error: argument "lowdelay" is wrong: "tos" value is invalid
  [255]
  $ ip route del 172.16.102.0/24
  $ ip route show 172.16.102.0/24
  172.16.102.0/24 tos 0xfc via 172.16.103.2 dev a3 
  172.16.102.0/24 tos EF via 172.16.103.2 dev a3 
  172.16.102.0/24 tos CS4 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos CS2 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos CS1 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x1c via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x10 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x10 via 172.16.101.2 dev a1 
  172.16.102.0/24 tos 0x08 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x04 via 172.16.103.2 dev a3 
  $ ip route del 172.16.102.0/24
  RTNETLINK answers: No such process
  [2]
  $ ip route del 172.16.102.0/24 tos EF
  $ ip route flush 172.16.102.0/24
  $ ip route show
  172.16.101.0/24 dev a1 proto kernel scope link src 172.16.101.1 
  172.16.103.0/24 dev a3 proto kernel scope link src 172.16.103.1 
  $ ip route add unreachable 172.16.102.0/24 tos 0x08
  $ ip route get 172.16.102.1 tos 0x08
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 172.16.102.1
  RTNETLINK answers: Network is unreachable
  [2]
