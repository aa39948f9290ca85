Rules on ipproto/sport/dport ranges (with not, goto, nop) against ip route get with each protocol and port at the range edges.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add default via 10.9.0.254
  $ ip route add default via 10.9.0.253 table 10
  $ ip route add default via 10.9.0.252 table 11
  $ ip route add default via 10.9.0.251 table 12
  $ ip rule add pref 10 ipproto tcp dport 100-200 table 10
  $ ip rule add pref 11 ipproto udp sport 53 table 11
  $ ip rule add pref 12 not dport 1-1000 ipproto tcp table 12
  $ ip rule add pref 13 ipproto icmp dport 8 table 11
  $ ip rule add pref 14 sport 7000-7001 goto 16
  $ ip rule add pref 15 unreachable
  $ ip rule add pref 16 dport 9 table 10
  $ for p in tcp udp icmp 6 17 1 sctp 47; do for d in 99 100 200 201 1000 1001 8 9 0; do for s in 53 7000 7002; do echo "$p $d $s: $(ip route get 8.8.8.8 ipproto $p dport $d sport $s 2>&1 | head -1)"; done; done; done
  tcp 99 53: RTNETLINK answers: Network is unreachable
  tcp 99 7000: 8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
  tcp 99 7002: RTNETLINK answers: Network is unreachable
  tcp 100 53: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  tcp 100 7000: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  tcp 100 7002: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  tcp 200 53: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  tcp 200 7000: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  tcp 200 7002: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  tcp 201 53: RTNETLINK answers: Network is unreachable
  tcp 201 7000: 8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
  tcp 201 7002: RTNETLINK answers: Network is unreachable
  tcp 1000 53: RTNETLINK answers: Network is unreachable
  tcp 1000 7000: 8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
  tcp 1000 7002: RTNETLINK answers: Network is unreachable
  tcp 1001 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  tcp 1001 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  tcp 1001 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  tcp 8 53: RTNETLINK answers: Network is unreachable
  tcp 8 7000: 8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
  tcp 8 7002: RTNETLINK answers: Network is unreachable
  tcp 9 53: RTNETLINK answers: Network is unreachable
  tcp 9 7000: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  tcp 9 7002: RTNETLINK answers: Network is unreachable
  tcp 0 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  tcp 0 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  tcp 0 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 99 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  udp 99 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 99 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 100 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  udp 100 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 100 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 200 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  udp 200 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 200 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 201 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  udp 201 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 201 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 1000 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  udp 1000 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 1000 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 1001 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  udp 1001 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 1001 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 8 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  udp 8 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 8 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 9 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  udp 9 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 9 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 0 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  udp 0 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  udp 0 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 99 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 99 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 99 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 100 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 100 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 100 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 200 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 200 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 200 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 201 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 201 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 201 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 1000 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 1000 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 1000 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 1001 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 1001 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 1001 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 8 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 8 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 8 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 9 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 9 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 9 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 0 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 0 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  icmp 0 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  6 99 53: RTNETLINK answers: Network is unreachable
  6 99 7000: 8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
  6 99 7002: RTNETLINK answers: Network is unreachable
  6 100 53: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  6 100 7000: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  6 100 7002: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  6 200 53: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  6 200 7000: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  6 200 7002: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  6 201 53: RTNETLINK answers: Network is unreachable
  6 201 7000: 8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
  6 201 7002: RTNETLINK answers: Network is unreachable
  6 1000 53: RTNETLINK answers: Network is unreachable
  6 1000 7000: 8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
  6 1000 7002: RTNETLINK answers: Network is unreachable
  6 1001 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  6 1001 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  6 1001 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  6 8 53: RTNETLINK answers: Network is unreachable
  6 8 7000: 8.8.8.8 via 10.9.0.254 dev v0 src 10.9.0.1 uid 0 
  6 8 7002: RTNETLINK answers: Network is unreachable
  6 9 53: RTNETLINK answers: Network is unreachable
  6 9 7000: 8.8.8.8 via 10.9.0.253 dev v0 table 10 src 10.9.0.1 uid 0 
  6 9 7002: RTNETLINK answers: Network is unreachable
  6 0 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  6 0 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  6 0 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 99 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  17 99 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 99 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 100 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  17 100 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 100 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 200 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  17 200 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 200 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 201 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  17 201 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 201 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 1000 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  17 1000 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 1000 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 1001 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  17 1001 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 1001 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 8 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  17 8 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 8 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 9 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  17 9 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 9 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 0 53: 8.8.8.8 via 10.9.0.252 dev v0 table 11 src 10.9.0.1 uid 0 
  17 0 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  17 0 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 99 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 99 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 99 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 100 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 100 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 100 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 200 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 200 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 200 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 201 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 201 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 201 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 1000 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 1000 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 1000 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 1001 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 1001 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 1001 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 8 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 8 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 8 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 9 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 9 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 9 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 0 53: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 0 7000: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  1 0 7002: 8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
  sctp 99 53: Error: Unsupported ip proto.
  sctp 99 7000: Error: Unsupported ip proto.
  sctp 99 7002: Error: Unsupported ip proto.
  sctp 100 53: Error: Unsupported ip proto.
  sctp 100 7000: Error: Unsupported ip proto.
  sctp 100 7002: Error: Unsupported ip proto.
  sctp 200 53: Error: Unsupported ip proto.
  sctp 200 7000: Error: Unsupported ip proto.
  sctp 200 7002: Error: Unsupported ip proto.
  sctp 201 53: Error: Unsupported ip proto.
  sctp 201 7000: Error: Unsupported ip proto.
  sctp 201 7002: Error: Unsupported ip proto.
  sctp 1000 53: Error: Unsupported ip proto.
  sctp 1000 7000: Error: Unsupported ip proto.
  sctp 1000 7002: Error: Unsupported ip proto.
  sctp 1001 53: Error: Unsupported ip proto.
  sctp 1001 7000: Error: Unsupported ip proto.
  sctp 1001 7002: Error: Unsupported ip proto.
  sctp 8 53: Error: Unsupported ip proto.
  sctp 8 7000: Error: Unsupported ip proto.
  sctp 8 7002: Error: Unsupported ip proto.
  sctp 9 53: Error: Unsupported ip proto.
  sctp 9 7000: Error: Unsupported ip proto.
  sctp 9 7002: Error: Unsupported ip proto.
  sctp 0 53: Error: Unsupported ip proto.
  sctp 0 7000: Error: Unsupported ip proto.
  sctp 0 7002: Error: Unsupported ip proto.
  47 99 53: Error: Unsupported ip proto.
  47 99 7000: Error: Unsupported ip proto.
  47 99 7002: Error: Unsupported ip proto.
  47 100 53: Error: Unsupported ip proto.
  47 100 7000: Error: Unsupported ip proto.
  47 100 7002: Error: Unsupported ip proto.
  47 200 53: Error: Unsupported ip proto.
  47 200 7000: Error: Unsupported ip proto.
  47 200 7002: Error: Unsupported ip proto.
  47 201 53: Error: Unsupported ip proto.
  47 201 7000: Error: Unsupported ip proto.
  47 201 7002: Error: Unsupported ip proto.
  47 1000 53: Error: Unsupported ip proto.
  47 1000 7000: Error: Unsupported ip proto.
  47 1000 7002: Error: Unsupported ip proto.
  47 1001 53: Error: Unsupported ip proto.
  47 1001 7000: Error: Unsupported ip proto.
  47 1001 7002: Error: Unsupported ip proto.
  47 8 53: Error: Unsupported ip proto.
  47 8 7000: Error: Unsupported ip proto.
  47 8 7002: Error: Unsupported ip proto.
  47 9 53: Error: Unsupported ip proto.
  47 9 7000: Error: Unsupported ip proto.
  47 9 7002: Error: Unsupported ip proto.
  47 0 53: Error: Unsupported ip proto.
  47 0 7000: Error: Unsupported ip proto.
  47 0 7002: Error: Unsupported ip proto.
  $ ip route get 8.8.8.8 dport 150 2>&1; echo $?
  8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
      cache 
  0
  $ ip route get 8.8.8.8 ipproto tcp 2>&1; echo $?
  8.8.8.8 via 10.9.0.251 dev v0 table 12 src 10.9.0.1 uid 0 
      cache 
  0
  $ ip route get 8.8.8.8 from 10.9.0.2 iif v0 ipproto tcp dport 150 2>&1; echo $?
  RTNETLINK answers: No route to host
  2
