Rule selectors ipproto, sport and dport (single ports and ranges): ip route get ... ipproto P sport S dport D picks table 100 only when all selectors match (fib_rule_tests.sh fib_rule4_test, ipproto/sport/dport cases).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 192.51.100.1/24 dev a0
  $ ip route add default via 192.51.100.254
  $ ip route add table 100 default via 192.51.100.2 dev a0 onlink
  $ ip rule add sport 666 dport 777 table 100
  $ ip route get 192.51.100.2 sport 666 dport 777 | head -1
  192.51.100.2 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  $ ip route get 192.51.100.2 sport 667 dport 778 | head -1
  192.51.100.2 dev a0 src 192.51.100.1 uid 0 
  $ ip route get 192.51.100.2 sport 666 dport 778 | head -1
  192.51.100.2 dev a0 src 192.51.100.1 uid 0 
  $ ip route get 192.51.100.2 ipproto udp sport 666 dport 777 | head -1
  192.51.100.2 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  $ ip rule del sport 666 dport 777 table 100
  $ ip rule add sport 100-200 dport 300-400 table 100
  $ ip route get 8.8.8.8 ipproto tcp sport 100 dport 400 | head -1
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  $ ip route get 8.8.8.8 ipproto tcp sport 200 dport 300 | head -1
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  $ ip route get 8.8.8.8 ipproto tcp sport 100 dport 401 | head -1
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 0 
  $ ip route get 8.8.8.8 ipproto tcp sport 99 dport 350 | head -1
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 0 
  $ ip rule del sport 100-200 dport 300-400 table 100
  $ ip rule add ipproto tcp table 100
  $ ip route get 8.8.8.8 ipproto tcp | head -1
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  $ ip route get 8.8.8.8 ipproto udp | head -1
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 0 
  $ ip route get 8.8.8.8 | head -1
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 0 
  $ ip rule del ipproto tcp table 100
  $ ip rule add ipproto icmp table 100
  $ ip route get 8.8.8.8 ipproto icmp | head -1
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  $ ip route get 8.8.8.8 ipproto tcp | head -1
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 0 
  $ ip rule add ipproto udp dport 53 table 100 pref 10
  $ ip rule add ipproto 132 sport 1-65535 table 100
  Error: Invalid sport range.
  [2]
  $ ip rule add ipproto 132 sport 1-65534 table 100
  $ ip rule add dport 400-300 table 100
  Error: Invalid dport range.
  [2]
  $ ip rule add sport 70000 table 100
  $ ip rule add ipproto nosuch table 100
  Error: argument "nosuch" is wrong: Invalid "ipproto" value
  [255]
  $ ip rule show
  0:	from all lookup local
  8:	from all sport 4464 lookup 100
  9:	from all ipproto sctp sport 1-65534 lookup 100
  10:	from all ipproto udp dport 53 lookup 100
  32765:	from all ipproto icmp lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del ipproto udp dport 53
  $ ip rule del ipproto udp
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule show pref 10
