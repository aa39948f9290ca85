Rule selectors from / to: source and destination prefixes pick table 100 for output and input lookups, non-matching lookups fall through to main; listing and selective show/del (fib_rule_tests.sh fib_rule4_test, from/iif cases).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.1.1/24 dev a0
  $ ip addr add 10.0.2.1/24 dev a0
  $ ip addr add 10.0.3.1/24 dev a1
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route add default via 10.0.1.254
  $ ip route add table 100 default via 10.0.3.254
  $ ip rule add from 10.0.2.0/24 lookup 100
  $ ip route get 8.8.8.8 from 10.0.2.1
  8.8.8.8 from 10.0.2.1 via 10.0.3.254 dev a1 table 100 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 10.0.1.1
  8.8.8.8 from 10.0.1.1 via 10.0.1.254 dev a0 uid 0 
      cache 
  $ ip route get 8.8.8.8
  8.8.8.8 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 10.0.2.77 iif a0
  8.8.8.8 from 10.0.2.77 via 10.0.3.254 dev a1 table 100 
      cache iif a0 
  $ ip route get 8.8.8.8 from 10.0.1.77 iif a0
  8.8.8.8 from 10.0.1.77 via 10.0.1.254 dev a0 
      cache <redirect> iif a0 
  $ ip rule add to 8.8.4.0/24 lookup 100
  $ ip route get 8.8.4.4
  8.8.4.4 via 10.0.3.254 dev a1 table 100 src 10.0.3.1 uid 0 
      cache 
  $ ip route get 8.8.5.5
  8.8.5.5 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip rule add from 10.0.1.1/32 to 9.9.9.0/24 lookup 100 pref 10
  $ ip route get 9.9.9.9 from 10.0.1.1
  9.9.9.9 from 10.0.1.1 via 10.0.3.254 dev a1 table 100 uid 0 
      cache 
  $ ip route get 9.9.8.9 from 10.0.1.1
  9.9.8.9 from 10.0.1.1 via 10.0.1.254 dev a0 uid 0 
      cache 
  $ ip rule add from 0.0.0.0/0 to 0.0.0.0/0 lookup 100 pref 20000
  $ ip rule add from 10.0.2.5/24 lookup 100
  $ ip rule add to 10.9.0.0/33 lookup 100
  Error: any valid prefix is expected rather than "10.9.0.0/33".
  [1]
  $ ip rule show
  0:	from all lookup local
  9:	from 10.0.2.5/24 lookup 100
  10:	from 10.0.1.1 to 9.9.9.0/24 lookup 100
  20000:	from all lookup 100
  32764:	from all to 8.8.4.0/24 lookup 100
  32765:	from 10.0.2.0/24 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show from 10.0.2.0/24
  9:	from 10.0.2.5/24 lookup 100
  32765:	from 10.0.2.0/24 lookup 100
  $ ip rule show to 8.8.4.0/24
  32764:	from all to 8.8.4.0/24 lookup 100
  $ ip rule show table 100 pref 10
  10:	from 10.0.1.1 to 9.9.9.0/24 lookup 100
  $ ip rule del pref 20000
  $ ip rule del from 10.0.2.0/24
  $ ip rule del from 10.0.2.0/24
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del to 8.8.4.0/24 lookup main
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del to 8.8.4.0/24 lookup 100
  $ ip rule show
  0:	from all lookup local
  9:	from 10.0.2.5/24 lookup 100
  10:	from 10.0.1.1 to 9.9.9.0/24 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
