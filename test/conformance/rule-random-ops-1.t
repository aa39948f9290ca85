Random sequence 1 of ip rule add/del with random selectors and actions, and the route each flow gets (differential check against Linux).
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
  $ ip rule add not dport 53 prio 10 prohibit
  $ ip rule add not tos 0x08 iif a1 table 12
  $ ip rule add not to 20.0.0.0/8 oif a1 table 99
  $ ip rule add not from 10.0.0.0/8 iif a0 prio 240 table 255
  $ ip rule add fwmark 1 prio 10 goto 32766
  $ ip rule add table 10 suppress_prefixlength 16
  $ ip rule add not sport 1-1024 prio 150 blackhole
  $ ip rule add ipproto tcp prio 400 table 12
  $ ip rule del prio 240
  $ ip rule add oif a1 table 11
  $ ip rule show
  0:	from all lookup local
  6:	from all oif a1 lookup 11
  7:	from all lookup 10 suppress_prefixlength 16
  8:	not from all to 20.0.0.0/8 oif a1 lookup 99
  9:	not from all tos 0x08 iif a1 lookup 12
  10:	not from all dport 53 prohibit
  10:	from all fwmark 0x1 goto 32766
  150:	not from all sport 1-1024 blackhole
  400:	from all ipproto tcp lookup 12
  32766:	from all lookup main
  32767:	from all lookup default
  $ for q in '20.1.1.1' '20.1.1.1 from 10.0.1.1' '20.2.2.2 tos 0x08' '8.8.8.8 mark 1' '8.8.8.8 mark 0x12' '20.1.1.1 from 10.0.0.9 iif a0' '20.1.1.1 from 10.0.1.9 iif a1' '20.1.1.1 oif a1' '8.8.8.8 ipproto tcp dport 85' '8.8.8.8 ipproto udp sport 1000 dport 53' '8.8.8.8 uid 50' '10.0.0.1'; do eval ip route get $q 2>&1 | head -1; done
  20.1.1.1 via 10.0.1.12 dev a1 table 12 src 10.0.1.1 uid 0 
  20.1.1.1 from 10.0.1.1 via 10.0.1.12 dev a1 table 12 uid 0 
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  20.1.1.1 via 10.0.1.12 dev a1 table 12 src 10.0.1.1 uid 0 
  RTNETLINK answers: Permission denied
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  RTNETLINK answers: Permission denied
  local 10.0.0.1 dev lo table local src 10.0.0.1 uid 0 
  $ ip rule add to 20.1.0.0/16 tos 0x04 prio 290 table 255
  $ ip rule del prio 400
  $ ip rule add to 20.0.0.0/8 prio 30 table 11
  $ ip rule add from 10.0.0.0/24 prio 210 prohibit
  $ ip rule add not from 0/0 fwmark 5 prio 320 goto 210
  Error: Backward goto not supported.
  [2]
  $ ip rule add from 10.0.1.1 to 8.8.8.8 prio 320 table 254
  $ ip rule add fwmark 0x2/0x2 prio 180 table 12
  $ ip rule add to 20.0.0.0/8 fwmark 1 iif a0 prio 290 table 11
  $ ip rule del prio 180
  $ ip rule del prio 30
  $ ip rule show
  0:	from all lookup local
  6:	from all oif a1 lookup 11
  7:	from all lookup 10 suppress_prefixlength 16
  8:	not from all to 20.0.0.0/8 oif a1 lookup 99
  9:	not from all tos 0x08 iif a1 lookup 12
  10:	not from all dport 53 prohibit
  10:	from all fwmark 0x1 goto 32766
  150:	not from all sport 1-1024 blackhole
  210:	from 10.0.0.0/24 prohibit
  290:	from all to 20.1.0.0/16 tos 0x04 lookup local
  290:	from all to 20.0.0.0/8 fwmark 0x1 iif a0 lookup 11
  320:	from 10.0.1.1 to 8.8.8.8 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ for q in '20.1.1.1' '20.1.1.1 from 10.0.1.1' '20.2.2.2 tos 0x08' '8.8.8.8 mark 1' '8.8.8.8 mark 0x12' '20.1.1.1 from 10.0.0.9 iif a0' '20.1.1.1 from 10.0.1.9 iif a1' '20.1.1.1 oif a1' '8.8.8.8 ipproto tcp dport 85' '8.8.8.8 ipproto udp sport 1000 dport 53' '8.8.8.8 uid 50' '10.0.0.1'; do eval ip route get $q 2>&1 | head -1; done
  20.1.1.1 via 10.0.1.12 dev a1 table 12 src 10.0.1.1 uid 0 
  20.1.1.1 from 10.0.1.1 via 10.0.1.12 dev a1 table 12 uid 0 
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  20.1.1.1 via 10.0.1.12 dev a1 table 12 src 10.0.1.1 uid 0 
  RTNETLINK answers: Permission denied
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  RTNETLINK answers: Permission denied
  local 10.0.0.1 dev lo table local src 10.0.0.1 uid 0 
  $ ip rule add ipproto udp prio 50 table 254 suppress_prefixlength 0
  $ ip rule add prio 290 table 254
  $ ip rule add prio 160 table 99
  $ ip rule add not to 20.0.0.0/8 tos 0x08 prio 120 table 11
  $ ip rule add to 8.8.8.8 iif a0 oif a0 prio 140 table 13
  $ ip rule add not to 20.0.0.0/8 sport 1-1024 prio 270 table 10 suppress_prefixlength 0
  $ ip rule add to 20.1.0.0/16 ipproto icmp unreachable
  $ ip rule add to 20.1.0.0/16 prio 240 table 99
  $ ip rule add not from 0/0 prio 170 table 254
  $ ip rule add prio 60 table 10 suppress_prefixlength 16
  $ ip rule show
  0:	from all lookup local
  5:	from all to 20.1.0.0/16 ipproto icmp unreachable
  6:	from all oif a1 lookup 11
  7:	from all lookup 10 suppress_prefixlength 16
  8:	not from all to 20.0.0.0/8 oif a1 lookup 99
  9:	not from all tos 0x08 iif a1 lookup 12
  10:	not from all dport 53 prohibit
  10:	from all fwmark 0x1 goto 32766
  50:	from all ipproto udp lookup main suppress_prefixlength 0
  60:	from all lookup 10 suppress_prefixlength 16
  120:	not from all to 20.0.0.0/8 tos 0x08 lookup 11
  140:	from all to 8.8.8.8 iif a0 oif a0 lookup 13
  150:	not from all sport 1-1024 blackhole
  160:	from all lookup 99
  170:	not from all lookup main
  210:	from 10.0.0.0/24 prohibit
  240:	from all to 20.1.0.0/16 lookup 99
  270:	not from all to 20.0.0.0/8 sport 1-1024 lookup 10 suppress_prefixlength 0
  290:	from all to 20.1.0.0/16 tos 0x04 lookup local
  290:	from all to 20.0.0.0/8 fwmark 0x1 iif a0 lookup 11
  290:	from all lookup main
  320:	from 10.0.1.1 to 8.8.8.8 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ for q in '20.1.1.1' '20.1.1.1 from 10.0.1.1' '20.2.2.2 tos 0x08' '8.8.8.8 mark 1' '8.8.8.8 mark 0x12' '20.1.1.1 from 10.0.0.9 iif a0' '20.1.1.1 from 10.0.1.9 iif a1' '20.1.1.1 oif a1' '8.8.8.8 ipproto tcp dport 85' '8.8.8.8 ipproto udp sport 1000 dport 53' '8.8.8.8 uid 50' '10.0.0.1'; do eval ip route get $q 2>&1 | head -1; done
  20.1.1.1 via 10.0.1.12 dev a1 table 12 src 10.0.1.1 uid 0 
  20.1.1.1 from 10.0.1.1 via 10.0.1.12 dev a1 table 12 uid 0 
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  20.1.1.1 via 10.0.1.12 dev a1 table 12 src 10.0.1.1 uid 0 
  RTNETLINK answers: Permission denied
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  RTNETLINK answers: Permission denied
  local 10.0.0.1 dev lo table local src 10.0.0.1 uid 0 
  $ ip -j rule show
  [{"priority":0,"src":"all","table":"local"},{"priority":5,"src":"all","dst":"20.1.0.0","dstlen":16,"ipproto":"icmp","action":"unreachable"},{"priority":6,"src":"all","oif":"a1","table":"11"},{"priority":7,"src":"all","table":"10","suppress_prefixlen":16},{"priority":8,"not":null,"src":"all","dst":"20.0.0.0","dstlen":8,"oif":"a1","table":"99"},{"priority":9,"not":null,"src":"all","tos":"0x08","iif":"a1","table":"12"},{"priority":10,"not":null,"src":"all","dport":53,"action":"prohibit"},{"priority":10,"src":"all","fwmark":"0x1","goto":32766},{"priority":50,"src":"all","ipproto":"udp","table":"main","suppress_prefixlen":0},{"priority":60,"src":"all","table":"10","suppress_prefixlen":16},{"priority":120,"not":null,"src":"all","dst":"20.0.0.0","dstlen":8,"tos":"0x08","table":"11"},{"priority":140,"src":"all","dst":"8.8.8.8","iif":"a0","oif":"a0","table":"13"},{"priority":150,"not":null,"src":"all","sport_start":1,"sport_end":1024,"action":"blackhole"},{"priority":160,"src":"all","table":"99"},{"priority":170,"not":null,"src":"all","table":"main"},{"priority":210,"src":"10.0.0.0","srclen":24,"action":"prohibit"},{"priority":240,"src":"all","dst":"20.1.0.0","dstlen":16,"table":"99"},{"priority":270,"not":null,"src":"all","dst":"20.0.0.0","dstlen":8,"sport_start":1,"sport_end":1024,"table":"10","suppress_prefixlen":0},{"priority":290,"src":"all","dst":"20.1.0.0","dstlen":16,"tos":"0x04","table":"local"},{"priority":290,"src":"all","dst":"20.0.0.0","dstlen":8,"fwmark":"0x1","iif":"a0","table":"11"},{"priority":290,"src":"all","table":"main"},{"priority":320,"src":"10.0.1.1","dst":"8.8.8.8","table":"main"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip rule flush; ip rule show
  0:	from all lookup local
