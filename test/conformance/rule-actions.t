Rule actions goto, nop, unreachable, prohibit and blackhole: ip route get errors per action, goto skipping rules, unresolved goto targets, nop falling through (no dedicated selftest function; complements fib_rule_tests.sh, which only tests selectors).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.1.1/24 dev a0
  $ ip route add default via 10.0.1.254
  $ ip route add table 100 default via 10.0.1.100
  $ ip route add table 200 default via 10.0.1.200
  $ ip rule add to 9.9.1.0/24 unreachable pref 10
  $ ip rule add to 9.9.2.0/24 prohibit pref 11
  $ ip rule add to 9.9.3.0/24 blackhole pref 12
  $ ip rule add to 9.9.4.0/24 nop pref 13
  $ ip route get 9.9.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 9.9.2.1
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 9.9.3.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 9.9.4.1
  9.9.4.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 9.9.1.1 from 10.0.1.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 9.9.1.1 from 10.0.1.9 iif a0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 9.9.2.1 from 10.0.1.9 iif a0
  RTNETLINK answers: Permission denied
  [2]
  $ ip rule add to 8.8.0.0/16 goto 30 pref 20
  $ ip rule add lookup 100 pref 25
  $ ip rule add to 8.8.8.0/24 lookup 200 pref 30
  $ ip route get 8.8.8.8
  8.8.8.8 via 10.0.1.200 dev a0 table 200 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 8.8.9.9
  8.8.9.9 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 7.7.7.7
  7.7.7.7 via 10.0.1.100 dev a0 table 100 src 10.0.1.1 uid 0 
      cache 
  $ ip rule add to 7.7.0.0/16 goto 40 pref 21
  $ ip rule show
  0:	from all lookup local
  10:	from all to 9.9.1.0/24 unreachable
  11:	from all to 9.9.2.0/24 prohibit
  12:	from all to 9.9.3.0/24 blackhole
  13:	from all to 9.9.4.0/24 nop
  20:	from all to 8.8.0.0/16 goto 30
  21:	from all to 7.7.0.0/16 goto 40 [unresolved]
  25:	from all lookup 100
  30:	from all to 8.8.8.0/24 lookup 200
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 7.7.7.7
  7.7.7.7 via 10.0.1.100 dev a0 table 100 src 10.0.1.1 uid 0 
      cache 
  $ ip rule add lookup 200 pref 40
  $ ip rule show pref 21
  21:	from all to 7.7.0.0/16 goto 40
  $ ip route get 7.7.7.7
  7.7.7.7 via 10.0.1.200 dev a0 table 200 src 10.0.1.1 uid 0 
      cache 
  $ ip rule del pref 40
  $ ip rule show pref 21
  21:	from all to 7.7.0.0/16 goto 40 [unresolved]
  $ ip rule add goto 5 pref 22
  Error: Backward goto not supported.
  [2]
  $ ip rule add goto 22 pref 22
  Error: Backward goto not supported.
  [2]
  $ ip rule add to 8.8.0.0/16 goto 30 pref 20
  RTNETLINK answers: File exists
  [2]
  $ ip rule add unreachable table 100
  $ ip rule add prohibit goto 30
  $ ip rule show | head -4
  0:	from all lookup local
  8:	from all goto 30
  9:	from all lookup 100 unreachable
  10:	from all to 9.9.1.0/24 unreachable
