Rule selector tos / dsfield: ECN bits are rejected in the rule and ignored in the lookup, for output and input (iif) lookups; only the legacy TOS bits 0x1c of the packet are compared (fib_rule_tests.sh fib_rule4_test, dsfield/tos cases).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 192.51.100.1/24 dev a0
  $ sysctl -qw net.ipv4.ip_forward=1
  $ sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.a0.rp_filter=0
  $ ip route add default via 192.51.100.254
  $ ip route add table 100 default via 192.51.100.2 dev a0 onlink
  $ for t in 1 2 3; do ip rule add dsfield $t table 100; done
  Error: Invalid dsfield (tos): ECN bits must be 0.
  Error: Invalid dsfield (tos): ECN bits must be 0.
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip rule add tos 0x10 table 100
  $ for t in 0x10 0x11 0x12 0x13; do ip route get 192.51.100.2 tos $t | head -1; done
  192.51.100.2 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  192.51.100.2 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  192.51.100.2 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  192.51.100.2 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
  $ ip route get 192.51.100.2 tos 0x20
  192.51.100.2 dev a0 src 192.51.100.1 uid 0 
      cache 
  $ for t in 0x10 0x11 0x12 0x13; do ip route get 192.51.100.2 from 192.51.100.3 iif a0 tos $t | head -1; done
  192.51.100.2 from 192.51.100.3 via 192.51.100.2 dev a0 table 100 
  192.51.100.2 from 192.51.100.3 via 192.51.100.2 dev a0 table 100 
  192.51.100.2 from 192.51.100.3 via 192.51.100.2 dev a0 table 100 
  192.51.100.2 from 192.51.100.3 via 192.51.100.2 dev a0 table 100 
  $ ip route get 192.51.100.2 from 192.51.100.3 iif a0 tos 0x20
  192.51.100.2 from 192.51.100.3 dev a0 
      cache <redirect> iif a0 
  $ ip route get 8.8.8.8 tos 0x90
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
      cache 
  $ ip rule del tos 0x10 table 100
  $ ip rule add dsfield 0xb8 table 100
  Error: Invalid tos.
  [2]
  $ ip route get 8.8.8.8 tos 0xb8
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 tos 0x18
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 0 
      cache 
  $ ip rule add tos 0x1c table 100
  $ ip route get 8.8.8.8 tos 0xfc
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
      cache 
  $ ip rule add tos lowdelay table 100
  Error: argument "lowdelay" is wrong: TOS value is invalid
  [255]
  $ ip rule add tos CS1 table 100
  Error: Invalid tos.
  [2]
  $ ip rule show
  0:	from all lookup local
  32765:	from all tos 0x1c lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del dsfield 0xb8
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del tos 0x1c table 100
  $ ip rule del tos 0x1c table 100
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule show
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
