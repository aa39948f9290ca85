ip route get for the host's own addresses with every selector in a loop (from, iif, oif, tos, mark, uid, ipproto, sport/dport, fibmatch, connected), on up and down devices.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up; ip link set lo up
  $ ip addr add 10.0.0.1/24 dev x0; ip addr add 10.0.1.1/24 dev y0; ip addr add 10.0.0.5/32 dev lo
  $ for d in 10.0.0.1 10.0.1.1 10.0.0.5 10.0.0.255 10.0.0.0 127.0.0.1 127.1.2.3; do for o in "" "from 10.0.0.1" "from 10.0.1.1" "from 10.0.9.9" "from 10.0.0.2 iif x0" "from 10.0.0.2 iif y0" "from 10.0.0.2 iif lo" "oif x0" "oif y0" "oif lo" "tos 0x10" "mark 7" "uid 1000" "ipproto udp dport 53" "fibmatch" "connected" "from 127.0.0.1 iif x0"; do printf '%s %s: ' $d "$o"; ip route get $d $o 2>&1 | tr '\n' '|' ; echo " rc ${PIPESTATUS[0]}"; done; done
  10.0.0.1 : local 10.0.0.1 dev lo src 10.0.0.1 uid 0 |    cache <local> | rc 0
  10.0.0.1 from 10.0.0.1: local 10.0.0.1 from 10.0.0.1 dev lo uid 0 |    cache <local> | rc 0
  10.0.0.1 from 10.0.1.1: local 10.0.0.1 from 10.0.1.1 dev lo uid 0 |    cache <local> | rc 0
  10.0.0.1 from 10.0.9.9: RTNETLINK answers: Network is unreachable| rc 2
  10.0.0.1 from 10.0.0.2 iif x0: local 10.0.0.1 from 10.0.0.2 dev lo |    cache <local> iif x0 | rc 0
  10.0.0.1 from 10.0.0.2 iif y0: local 10.0.0.1 from 10.0.0.2 dev lo |    cache <local> iif y0 | rc 0
  10.0.0.1 from 10.0.0.2 iif lo: local 10.0.0.1 from 10.0.0.2 dev lo |    cache <local> iif lo | rc 0
  10.0.0.1 oif x0: local 10.0.0.1 dev lo src 10.0.0.1 uid 0 |    cache <local> | rc 0
  10.0.0.1 oif y0: RTNETLINK answers: Network is unreachable| rc 2
  10.0.0.1 oif lo: 10.0.0.1 dev lo src 10.0.0.5 uid 0 |    cache <local> | rc 0
  10.0.0.1 tos 0x10: local 10.0.0.1 dev lo src 10.0.0.1 uid 0 |    cache <local> | rc 0
  10.0.0.1 mark 7: local 10.0.0.1 dev lo src 10.0.0.1 mark 7 uid 0 |    cache <local> | rc 0
  10.0.0.1 uid 1000: local 10.0.0.1 dev lo src 10.0.0.1 uid 1000 |    cache <local> | rc 0
  10.0.0.1 ipproto udp dport 53: local 10.0.0.1 dev lo src 10.0.0.1 uid 0 |    cache <local> | rc 0
  10.0.0.1 fibmatch: local 10.0.0.1 dev x0 proto kernel scope host src 10.0.0.1 | rc 0
  10.0.0.1 connected: local 10.0.0.1 dev lo src 10.0.0.1 uid 0 |    cache <local> |local 10.0.0.1 dev lo src 10.0.0.1 uid 0 |    cache <local> | rc 0
  10.0.0.1 from 127.0.0.1 iif x0: RTNETLINK answers: Invalid argument| rc 2
  10.0.1.1 : local 10.0.1.1 dev lo src 10.0.1.1 uid 0 |    cache <local> | rc 0
  10.0.1.1 from 10.0.0.1: local 10.0.1.1 from 10.0.0.1 dev lo uid 0 |    cache <local> | rc 0
  10.0.1.1 from 10.0.1.1: local 10.0.1.1 from 10.0.1.1 dev lo uid 0 |    cache <local> | rc 0
  10.0.1.1 from 10.0.9.9: RTNETLINK answers: Network is unreachable| rc 2
  10.0.1.1 from 10.0.0.2 iif x0: local 10.0.1.1 from 10.0.0.2 dev lo |    cache <local> iif x0 | rc 0
  10.0.1.1 from 10.0.0.2 iif y0: local 10.0.1.1 from 10.0.0.2 dev lo |    cache <local> iif y0 | rc 0
  10.0.1.1 from 10.0.0.2 iif lo: local 10.0.1.1 from 10.0.0.2 dev lo |    cache <local> iif lo | rc 0
  10.0.1.1 oif x0: 10.0.1.1 dev x0 src 10.0.0.1 uid 0 |    cache | rc 0
  10.0.1.1 oif y0: RTNETLINK answers: Network is unreachable| rc 2
  10.0.1.1 oif lo: 10.0.1.1 dev lo src 10.0.0.5 uid 0 |    cache <local> | rc 0
  10.0.1.1 tos 0x10: local 10.0.1.1 dev lo src 10.0.1.1 uid 0 |    cache <local> | rc 0
  10.0.1.1 mark 7: local 10.0.1.1 dev lo src 10.0.1.1 mark 7 uid 0 |    cache <local> | rc 0
  10.0.1.1 uid 1000: local 10.0.1.1 dev lo src 10.0.1.1 uid 1000 |    cache <local> | rc 0
  10.0.1.1 ipproto udp dport 53: local 10.0.1.1 dev lo src 10.0.1.1 uid 0 |    cache <local> | rc 0
  10.0.1.1 fibmatch: local 10.0.1.1 dev y0 proto kernel scope host src 10.0.1.1 | rc 0
  10.0.1.1 connected: local 10.0.1.1 dev lo src 10.0.1.1 uid 0 |    cache <local> |local 10.0.1.1 dev lo src 10.0.1.1 uid 0 |    cache <local> | rc 0
  10.0.1.1 from 127.0.0.1 iif x0: RTNETLINK answers: Invalid argument| rc 2
  10.0.0.5 : local 10.0.0.5 dev lo src 10.0.0.5 uid 0 |    cache <local> | rc 0
  10.0.0.5 from 10.0.0.1: local 10.0.0.5 from 10.0.0.1 dev lo uid 0 |    cache <local> | rc 0
  10.0.0.5 from 10.0.1.1: local 10.0.0.5 from 10.0.1.1 dev lo uid 0 |    cache <local> | rc 0
  10.0.0.5 from 10.0.9.9: RTNETLINK answers: Network is unreachable| rc 2
  10.0.0.5 from 10.0.0.2 iif x0: local 10.0.0.5 from 10.0.0.2 dev lo |    cache <local> iif x0 | rc 0
  10.0.0.5 from 10.0.0.2 iif y0: local 10.0.0.5 from 10.0.0.2 dev lo |    cache <local> iif y0 | rc 0
  10.0.0.5 from 10.0.0.2 iif lo: local 10.0.0.5 from 10.0.0.2 dev lo |    cache <local> iif lo | rc 0
  10.0.0.5 oif x0: 10.0.0.5 dev x0 src 10.0.0.1 uid 0 |    cache | rc 0
  10.0.0.5 oif y0: RTNETLINK answers: Network is unreachable| rc 2
  10.0.0.5 oif lo: local 10.0.0.5 dev lo src 10.0.0.5 uid 0 |    cache <local> | rc 0
  10.0.0.5 tos 0x10: local 10.0.0.5 dev lo src 10.0.0.5 uid 0 |    cache <local> | rc 0
  10.0.0.5 mark 7: local 10.0.0.5 dev lo src 10.0.0.5 mark 7 uid 0 |    cache <local> | rc 0
  10.0.0.5 uid 1000: local 10.0.0.5 dev lo src 10.0.0.5 uid 1000 |    cache <local> | rc 0
  10.0.0.5 ipproto udp dport 53: local 10.0.0.5 dev lo src 10.0.0.5 uid 0 |    cache <local> | rc 0
  10.0.0.5 fibmatch: local 10.0.0.5 dev lo proto kernel scope host src 10.0.0.5 | rc 0
  10.0.0.5 connected: local 10.0.0.5 dev lo src 10.0.0.5 uid 0 |    cache <local> |local 10.0.0.5 dev lo src 10.0.0.5 uid 0 |    cache <local> | rc 0
  10.0.0.5 from 127.0.0.1 iif x0: RTNETLINK answers: Invalid argument| rc 2
  10.0.0.255 : broadcast 10.0.0.255 dev x0 src 10.0.0.1 uid 0 |    cache <local,brd> | rc 0
  10.0.0.255 from 10.0.0.1: broadcast 10.0.0.255 from 10.0.0.1 dev x0 uid 0 |    cache <local,brd> | rc 0
  10.0.0.255 from 10.0.1.1: broadcast 10.0.0.255 from 10.0.1.1 dev x0 uid 0 |    cache <local,brd> | rc 0
  10.0.0.255 from 10.0.9.9: RTNETLINK answers: Network is unreachable| rc 2
  10.0.0.255 from 10.0.0.2 iif x0: broadcast 10.0.0.255 from 10.0.0.2 dev lo |    cache <local,brd> iif x0 | rc 0
  10.0.0.255 from 10.0.0.2 iif y0: broadcast 10.0.0.255 from 10.0.0.2 dev lo |    cache <local,brd> iif y0 | rc 0
  10.0.0.255 from 10.0.0.2 iif lo: broadcast 10.0.0.255 from 10.0.0.2 dev lo |    cache <local,brd> iif lo | rc 0
  10.0.0.255 oif x0: broadcast 10.0.0.255 dev x0 src 10.0.0.1 uid 0 |    cache <local,brd> | rc 0
  10.0.0.255 oif y0: RTNETLINK answers: Network is unreachable| rc 2
  10.0.0.255 oif lo: 10.0.0.255 dev lo src 10.0.0.5 uid 0 |    cache <local> | rc 0
  10.0.0.255 tos 0x10: broadcast 10.0.0.255 dev x0 src 10.0.0.1 uid 0 |    cache <local,brd> | rc 0
  10.0.0.255 mark 7: broadcast 10.0.0.255 dev x0 src 10.0.0.1 mark 7 uid 0 |    cache <local,brd> | rc 0
  10.0.0.255 uid 1000: broadcast 10.0.0.255 dev x0 src 10.0.0.1 uid 1000 |    cache <local,brd> | rc 0
  10.0.0.255 ipproto udp dport 53: broadcast 10.0.0.255 dev x0 src 10.0.0.1 uid 0 |    cache <local,brd> | rc 0
  10.0.0.255 fibmatch: broadcast 10.0.0.255 dev x0 proto kernel scope link src 10.0.0.1 linkdown | rc 0
  10.0.0.255 connected: broadcast 10.0.0.255 dev x0 src 10.0.0.1 uid 0 |    cache <local,brd> |broadcast 10.0.0.255 dev x0 src 10.0.0.1 uid 0 |    cache <local,brd> | rc 0
  10.0.0.255 from 127.0.0.1 iif x0: RTNETLINK answers: Invalid argument| rc 2
  10.0.0.0 : 10.0.0.0 dev x0 src 10.0.0.1 uid 0 |    cache | rc 0
  10.0.0.0 from 10.0.0.1: 10.0.0.0 from 10.0.0.1 dev x0 uid 0 |    cache | rc 0
  10.0.0.0 from 10.0.1.1: 10.0.0.0 from 10.0.1.1 dev x0 uid 0 |    cache | rc 0
  10.0.0.0 from 10.0.9.9: RTNETLINK answers: Network is unreachable| rc 2
  10.0.0.0 from 10.0.0.2 iif x0: RTNETLINK answers: No route to host| rc 2
  10.0.0.0 from 10.0.0.2 iif y0: RTNETLINK answers: No route to host| rc 2
  10.0.0.0 from 10.0.0.2 iif lo: RTNETLINK answers: No route to host| rc 2
  10.0.0.0 oif x0: 10.0.0.0 dev x0 src 10.0.0.1 uid 0 |    cache | rc 0
  10.0.0.0 oif y0: RTNETLINK answers: Network is unreachable| rc 2
  10.0.0.0 oif lo: 10.0.0.0 dev lo src 10.0.0.5 uid 0 |    cache <local> | rc 0
  10.0.0.0 tos 0x10: 10.0.0.0 dev x0 src 10.0.0.1 uid 0 |    cache | rc 0
  10.0.0.0 mark 7: 10.0.0.0 dev x0 src 10.0.0.1 mark 7 uid 0 |    cache | rc 0
  10.0.0.0 uid 1000: 10.0.0.0 dev x0 src 10.0.0.1 uid 1000 |    cache | rc 0
  10.0.0.0 ipproto udp dport 53: 10.0.0.0 dev x0 src 10.0.0.1 uid 0 |    cache | rc 0
  10.0.0.0 fibmatch: 10.0.0.0/24 dev x0 proto kernel scope link src 10.0.0.1 linkdown | rc 0
  10.0.0.0 connected: 10.0.0.0 dev x0 src 10.0.0.1 uid 0 |    cache |10.0.0.0 dev x0 src 10.0.0.1 uid 0 |    cache | rc 0
  10.0.0.0 from 127.0.0.1 iif x0: RTNETLINK answers: Invalid argument| rc 2
  127.0.0.1 : local 127.0.0.1 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.0.0.1 from 10.0.0.1: local 127.0.0.1 from 10.0.0.1 dev lo uid 0 |    cache <local> | rc 0
  127.0.0.1 from 10.0.1.1: local 127.0.0.1 from 10.0.1.1 dev lo uid 0 |    cache <local> | rc 0
  127.0.0.1 from 10.0.9.9: RTNETLINK answers: Network is unreachable| rc 2
  127.0.0.1 from 10.0.0.2 iif x0: RTNETLINK answers: Invalid argument| rc 2
  127.0.0.1 from 10.0.0.2 iif y0: RTNETLINK answers: Invalid argument| rc 2
  127.0.0.1 from 10.0.0.2 iif lo: RTNETLINK answers: Invalid argument| rc 2
  127.0.0.1 oif x0: 127.0.0.1 dev x0 src 10.0.0.1 uid 0 |    cache | rc 0
  127.0.0.1 oif y0: RTNETLINK answers: Network is unreachable| rc 2
  127.0.0.1 oif lo: local 127.0.0.1 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.0.0.1 tos 0x10: local 127.0.0.1 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.0.0.1 mark 7: local 127.0.0.1 dev lo src 127.0.0.1 mark 7 uid 0 |    cache <local> | rc 0
  127.0.0.1 uid 1000: local 127.0.0.1 dev lo src 127.0.0.1 uid 1000 |    cache <local> | rc 0
  127.0.0.1 ipproto udp dport 53: local 127.0.0.1 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.0.0.1 fibmatch: local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 | rc 0
  127.0.0.1 connected: local 127.0.0.1 dev lo src 127.0.0.1 uid 0 |    cache <local> |local 127.0.0.1 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.0.0.1 from 127.0.0.1 iif x0: RTNETLINK answers: Invalid argument| rc 2
  127.1.2.3 : local 127.1.2.3 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.1.2.3 from 10.0.0.1: local 127.1.2.3 from 10.0.0.1 dev lo uid 0 |    cache <local> | rc 0
  127.1.2.3 from 10.0.1.1: local 127.1.2.3 from 10.0.1.1 dev lo uid 0 |    cache <local> | rc 0
  127.1.2.3 from 10.0.9.9: RTNETLINK answers: Network is unreachable| rc 2
  127.1.2.3 from 10.0.0.2 iif x0: RTNETLINK answers: Invalid argument| rc 2
  127.1.2.3 from 10.0.0.2 iif y0: RTNETLINK answers: Invalid argument| rc 2
  127.1.2.3 from 10.0.0.2 iif lo: RTNETLINK answers: Invalid argument| rc 2
  127.1.2.3 oif x0: 127.1.2.3 dev x0 src 10.0.0.1 uid 0 |    cache | rc 0
  127.1.2.3 oif y0: RTNETLINK answers: Network is unreachable| rc 2
  127.1.2.3 oif lo: local 127.1.2.3 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.1.2.3 tos 0x10: local 127.1.2.3 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.1.2.3 mark 7: local 127.1.2.3 dev lo src 127.0.0.1 mark 7 uid 0 |    cache <local> | rc 0
  127.1.2.3 uid 1000: local 127.1.2.3 dev lo src 127.0.0.1 uid 1000 |    cache <local> | rc 0
  127.1.2.3 ipproto udp dport 53: local 127.1.2.3 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.1.2.3 fibmatch: local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 | rc 0
  127.1.2.3 connected: local 127.1.2.3 dev lo src 127.0.0.1 uid 0 |    cache <local> |local 127.1.2.3 dev lo src 127.0.0.1 uid 0 |    cache <local> | rc 0
  127.1.2.3 from 127.0.0.1 iif x0: RTNETLINK answers: Invalid argument| rc 2
