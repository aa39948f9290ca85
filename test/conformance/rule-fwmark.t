Rule selector fwmark[/mask]: ip route get ... mark M matches when (M & mask) == value; listing of masks; mark 0 and the full mask (fib_rule_tests.sh fib_rule4_test, fwmark case).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 192.51.100.1/24 dev a0
  $ ip route add default via 192.51.100.254
  $ ip route add table 100 default via 192.51.100.2 dev a0 onlink
  $ ip rule add fwmark 0x64 table 100
  $ ip route get 192.51.100.2 mark 0x64
  192.51.100.2 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 mark 0x64 uid 0 
      cache 
  $ ip route get 192.51.100.2 mark 0x63
  192.51.100.2 dev a0 src 192.51.100.1 mark 0x63 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 100
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 mark 0x64 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x164
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 mark 0x164 uid 0 
      cache 
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 uid 0 
      cache 
  $ ip rule del fwmark 0x64 table 100
  $ ip rule add fwmark 0x10/0xf0 table 100
  $ ip route get 8.8.8.8 mark 0x1f
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 mark 0x1f uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x110
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 mark 0x110 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x20
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 mark 0x20 uid 0 
      cache 
  $ ip rule add fwmark 0x0/0xffff table 100 pref 100
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x10000
  8.8.8.8 via 192.51.100.2 dev a0 table 100 src 192.51.100.1 mark 0x10000 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x1
  8.8.8.8 via 192.51.100.254 dev a0 src 192.51.100.1 mark 1 uid 0 
      cache 
  $ ip rule add fwmark 0x5/0x1 table 100
  $ ip rule add fwmark 0xffffffff/0xffffffff table 100
  $ ip rule add fwmark 7 table 100
  $ ip rule add fwmark 0 table 100
  $ ip rule add fwmark 0x1/0 table 100
  $ ip rule show
  0:	from all lookup local
  95:	from all fwmark 0x1/0 lookup 100
  96:	from all lookup 100
  97:	from all fwmark 0x7 lookup 100
  98:	from all fwmark 0xffffffff lookup 100
  99:	from all fwmark 0x5/0x1 lookup 100
  100:	from all fwmark 0/0xffff lookup 100
  32765:	from all fwmark 0x10/0xf0 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show fwmark 0x10/0xf0
  32765:	from all fwmark 0x10/0xf0 lookup 100
  $ ip rule del fwmark 0x10 table 100
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del fwmark 0x10/0xf0 table 100
  $ ip rule add fwmark foo table 100
  Error: argument "foo" is wrong: fwmark value is invalid
  [255]
