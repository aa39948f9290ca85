Rule selector uidrange: ip route get ... uid U picks table 100 only inside the range; lookups without uid run as uid 0 (fib_rule_tests.sh fib_rule4_test, uidrange case).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 192.51.100.1/24 dev a0
  $ ip route add default via 192.51.100.254
  $ ip route add table 100 default via 192.51.100.2 dev a0 onlink
  $ ip rule add uidrange 100-100 table 100
  $ ip route get 192.51.100.2 uid 100
  192.51.100.2 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 100 
      cache 
  $ ip route get 192.51.100.2 uid 101
  192.51.100.2 dev a0 src 192.51.100.1 uid 101 
      cache 
  $ ip route get 192.51.100.2 uid 99
  192.51.100.2 dev a0 src 192.51.100.1 uid 99 
      cache 
  $ ip rule del uidrange 100-100 table 100
  $ ip rule add uidrange 1000-1999 table 100
  $ for u in 999 1000 1500 1999 2000; do ip route get 8.8.8.8 uid $u | head -1; done
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 999 
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 1000 
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 1500 
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 1999 
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 2000 
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 0 
      cache 
  $ ip rule add uidrange 0-0 table 100 pref 100
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 uid 1
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 1 
      cache 
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 8.8.8.8 from 192.51.100.3 iif a0
  8.8.8.8 from 192.51.100.3 via 192.51.100.2 dev a0 table 100 
      cache iif a0 
  $ ip rule add uidrange 200-100 table 100
  Error: Invalid uid range.
  [2]
  $ ip rule add uidrange 5 table 100
  Error: argument "5" is wrong: invalid UID range
  [255]
  $ ip rule add uidrange 4294967294-4294967294 table 100
  $ ip rule show
  0:	from all lookup local
  99:	from all uidrange 4294967294-4294967294 lookup 100
  100:	from all uidrange 0-0 lookup 100
  32765:	from all uidrange 1000-1999 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del uidrange 1000-1999
  $ ip rule del uidrange 1000-1999
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule show uidrange 0-0
  100:	from all uidrange 0-0 lookup 100
