Random sequence 2 of ip rule add/del with random selectors and actions, and the route each flow gets (differential check against Linux).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add default via 10.0.0.2
  $ ip route add default via 10.0.1.10 table 10
  $ ip route add 20.0.0.0/8 via 10.0.0.11 table 11
  $ ip route add 20.1.0.0/16 via 10.0.1.12 table 12
  $ ip route add throw 20.0.0.0/8 table 13
  $ ip route add default via 10.0.1.13 table 13
  $ ip route add 20.1.0.0/16 via 10.0.0.14 table 10
  $ ip rule add to 20.0.0.0/8 fwmark 0x10/0xf0 ipproto icmp prio 330 table 254 suppress_prefixlength 16
  $ ip rule add not from 10.0.0.0/8 prio 240 table 10 suppress_prefixlength 8
  $ ip rule add prio 320 table 13
  $ ip rule add prio 110 table 254 suppress_prefixlength 8
  $ ip rule add prio 220 goto 240
  $ ip rule add not to 8.8.8.8 iif lo oif a1 prio 30 table 12
  $ ip rule del prio 30
  $ ip rule del prio 330
  $ ip rule add not to 20.1.0.0/16 tos 0x08 oif a0 uidrange 0-0 prio 320 table 13
  $ ip rule add from 0/0 table 254
  $ ip rule show
  0:	from all lookup local
  109:	from all lookup main
  110:	from all lookup main suppress_prefixlength 8
  220:	from all goto 240
  240:	not from 10.0.0.0/8 lookup 10 suppress_prefixlength 8
  320:	from all lookup 13
  320:	not from all to 20.1.0.0/16 tos 0x08 oif a0 uidrange 0-0 lookup 13
  32766:	from all lookup main
  32767:	from all lookup default
  $ for q in '20.1.1.1' '20.1.1.1 from 10.0.1.1' '20.2.2.2 tos 0x08' '8.8.8.8 mark 1' '8.8.8.8 mark 0x12' '20.1.1.1 from 10.0.0.9 iif a0' '20.1.1.1 from 10.0.1.9 iif a1' '20.1.1.1 oif a1' '8.8.8.8 ipproto tcp dport 85' '8.8.8.8 ipproto udp sport 1000 dport 53' '8.8.8.8 uid 50' '10.0.0.1'; do eval ip route get $q 2>&1 | head -1; done
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  20.1.1.1 from 10.0.1.1 via 10.0.0.2 dev a0 uid 0 
  20.2.2.2 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 mark 1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 mark 0x12 uid 0 
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  20.1.1.1 dev a1 src 10.0.1.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 50 
  local 10.0.0.1 dev lo table local src 10.0.0.1 uid 0 
  $ ip rule add prio 110 table 255
  $ ip rule add to 20.0.0.0/8 prio 340 goto 320
  Error: Backward goto not supported.
  [2]
  $ ip rule del prio 220
  $ ip rule del prio 240
  $ ip rule add not from 10.0.1.1 to 20.0.0.0/8 prio 330 table 254
  $ ip rule del prio 330
  $ ip rule add fwmark 1 sport 1-1024 prio 20 nop
  $ ip rule del prio 20
  $ ip rule add to 20.0.0.0/8 iif a1 prio 80 table 10
  $ ip rule del prio 340
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule show
  0:	from all lookup local
  80:	from all to 20.0.0.0/8 iif a1 lookup 10
  109:	from all lookup main
  110:	from all lookup main suppress_prefixlength 8
  110:	from all lookup local
  320:	from all lookup 13
  320:	not from all to 20.1.0.0/16 tos 0x08 oif a0 uidrange 0-0 lookup 13
  32766:	from all lookup main
  32767:	from all lookup default
  $ for q in '20.1.1.1' '20.1.1.1 from 10.0.1.1' '20.2.2.2 tos 0x08' '8.8.8.8 mark 1' '8.8.8.8 mark 0x12' '20.1.1.1 from 10.0.0.9 iif a0' '20.1.1.1 from 10.0.1.9 iif a1' '20.1.1.1 oif a1' '8.8.8.8 ipproto tcp dport 85' '8.8.8.8 ipproto udp sport 1000 dport 53' '8.8.8.8 uid 50' '10.0.0.1'; do eval ip route get $q 2>&1 | head -1; done
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  20.1.1.1 from 10.0.1.1 via 10.0.0.2 dev a0 uid 0 
  20.2.2.2 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 mark 1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 mark 0x12 uid 0 
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  20.1.1.1 dev a1 src 10.0.1.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 50 
  local 10.0.0.1 dev lo table local src 10.0.0.1 uid 0 
  $ ip rule add to 8.8.8.8 fwmark 5 prio 270 table 254 suppress_prefixlength 8
  $ ip rule add from 10.0.0.0/8 fwmark 1 iif a0 sport 1000 prio 30 table 12
  $ ip rule add prio 110 table 254 suppress_prefixlength 16
  $ ip rule add uidrange 1-100 prio 270 goto 270
  Error: Backward goto not supported.
  [2]
  $ ip rule add tos 0x04 uidrange 1-100 prio 300 unreachable
  $ ip rule del prio 110
  $ ip rule add tos 0x04 prio 280 table 254
  $ ip rule add from 10.0.0.0/24 oif a1 prio 60 prohibit
  $ ip rule del prio 60
  $ ip rule add from 10.0.1.1 to 20.1.0.0/16 oif a1 prio 200 table 11
  $ ip rule show
  0:	from all lookup local
  30:	from 10.0.0.0/8 fwmark 0x1 iif a0 sport 1000 lookup 12
  80:	from all to 20.0.0.0/8 iif a1 lookup 10
  109:	from all lookup main
  110:	from all lookup local
  110:	from all lookup main suppress_prefixlength 16
  200:	from 10.0.1.1 to 20.1.0.0/16 oif a1 lookup 11
  270:	from all to 8.8.8.8 fwmark 0x5 lookup main suppress_prefixlength 8
  280:	from all tos 0x04 lookup main
  300:	from all tos 0x04 uidrange 1-100 unreachable
  320:	from all lookup 13
  320:	not from all to 20.1.0.0/16 tos 0x08 oif a0 uidrange 0-0 lookup 13
  32766:	from all lookup main
  32767:	from all lookup default
  $ for q in '20.1.1.1' '20.1.1.1 from 10.0.1.1' '20.2.2.2 tos 0x08' '8.8.8.8 mark 1' '8.8.8.8 mark 0x12' '20.1.1.1 from 10.0.0.9 iif a0' '20.1.1.1 from 10.0.1.9 iif a1' '20.1.1.1 oif a1' '8.8.8.8 ipproto tcp dport 85' '8.8.8.8 ipproto udp sport 1000 dport 53' '8.8.8.8 uid 50' '10.0.0.1'; do eval ip route get $q 2>&1 | head -1; done
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  20.1.1.1 from 10.0.1.1 via 10.0.0.2 dev a0 uid 0 
  20.2.2.2 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 mark 1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 mark 0x12 uid 0 
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  20.1.1.1 dev a1 src 10.0.1.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 50 
  local 10.0.0.1 dev lo table local src 10.0.0.1 uid 0 
  $ ip -j rule show
  [{"priority":0,"src":"all","table":"local"},{"priority":30,"src":"10.0.0.0","srclen":8,"fwmark":"0x1","iif":"a0","sport":1000,"table":"12"},{"priority":80,"src":"all","dst":"20.0.0.0","dstlen":8,"iif":"a1","table":"10"},{"priority":109,"src":"all","table":"main"},{"priority":110,"src":"all","table":"local"},{"priority":110,"src":"all","table":"main","suppress_prefixlen":16},{"priority":200,"src":"10.0.1.1","dst":"20.1.0.0","dstlen":16,"oif":"a1","table":"11"},{"priority":270,"src":"all","dst":"8.8.8.8","fwmark":"0x5","table":"main","suppress_prefixlen":8},{"priority":280,"src":"all","tos":"0x04","table":"main"},{"priority":300,"src":"all","tos":"0x04","uid_start":1,"uid_end":100,"action":"unreachable"},{"priority":320,"src":"all","table":"13"},{"priority":320,"not":null,"src":"all","dst":"20.1.0.0","dstlen":16,"tos":"0x08","oif":"a0","uid_start":0,"uid_end":0,"table":"13"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip rule flush; ip rule show
  0:	from all lookup local
