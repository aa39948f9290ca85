Rule selectors iif / oif: iif matches input lookups (ip route get ... iif) and iif lo matches locally generated ones, oif matches output lookups with oif; non-matching cases use main (fib_rule_tests.sh fib_rule4_test, oif and iif cases).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.51.100.1/24 dev a0
  $ ip addr add 10.0.3.1/24 dev a1
  $ sysctl -qw net.ipv4.ip_forward=1
  $ sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.a0.rp_filter=0
  $ ip route add default via 10.0.3.254
  $ ip route add table 100 default via 192.51.100.2 dev a0 onlink
  $ ip rule add oif a0 table 100
  $ ip route get 192.51.100.2 oif a0
  192.51.100.2 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 oif a0
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 oif lo
  8.8.8.8 dev lo src 192.51.100.1 uid 0 
      cache <local> 
  $ ip route get 8.8.8.8
  8.8.8.8 via 10.0.3.254 dev a1 src 10.0.3.1 uid 0 
      cache 
  $ ip rule del oif a0 table 100
  $ ip rule add from 192.51.100.3 iif a0 table 100
  $ ip route get 192.51.100.2 from 192.51.100.3 iif a0
  192.51.100.2 from 192.51.100.3 via 192.51.100.2 dev a0 table 100 
      cache <redirect> iif a0 
  $ ip route get 192.51.100.2 from 192.51.100.3 iif lo
  192.51.100.2 from 192.51.100.3 dev a0 
      cache iif lo 
  $ ip route get 8.8.8.8 from 192.51.100.3 iif a0
  8.8.8.8 from 192.51.100.3 via 192.51.100.2 dev a0 table 100 
      cache <redirect> iif a0 
  $ ip route get 8.8.8.8 from 192.51.100.4 iif a0
  8.8.8.8 from 192.51.100.4 via 10.0.3.254 dev a1 
      cache iif a0 
  $ ip rule del from 192.51.100.3 iif a0 table 100
  $ ip rule add iif lo table 100 pref 50
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 10.0.3.9 iif a1
  8.8.8.8 from 10.0.3.9 via 10.0.3.254 dev a1 
      cache <redirect> iif a1 
  $ ip rule add iif nosuch table 100
  $ ip rule add oif nosuch2 table 100
  $ ip rule show
  0:	from all lookup local
  48:	from all oif nosuch2 [detached] lookup 100
  49:	from all iif nosuch [detached] lookup 100
  50:	from all iif lo lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 8.8.8.8 oif nosuch2
  Cannot find device "nosuch2"
  [1]
  $ ip link add nosuch2 address 02:00:00:00:09:01 type veth peer name nosuch3 address 02:00:00:00:09:02
  $ ip rule show
  0:	from all lookup local
  48:	from all oif nosuch2 lookup 100
  49:	from all iif nosuch [detached] lookup 100
  50:	from all iif lo lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 8.8.8.8 oif nosuch2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip rule flush
  $ ip rule show
  0:	from all lookup local
