ip rule: errors, duplicates, deletes by selector, and rules on missing devices.
  $ ip link set lo up
  $ ip rule add table 100
  $ ip rule add table 100
  $ ip rule add from 1.2.3.4 table 100
  $ ip rule add from 1.2.3.4 table 100
  $ ip rule add pref 100 from 1.2.3.4 table 100
  $ ip rule add pref 100 from 1.2.3.5 table 100
  $ ip rule show
  0:	from all lookup local
  100:	from 1.2.3.4 lookup 100
  100:	from 1.2.3.5 lookup 100
  32762:	from 1.2.3.4 lookup 100
  32763:	from 1.2.3.4 lookup 100
  32764:	from all lookup 100
  32765:	from all lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add iif nosuch table 100
  $ ip rule add oif nosuch2 table 100
  $ ip rule show | grep nosuch
  98:	from all oif nosuch2 [detached] lookup 100
  99:	from all iif nosuch [detached] lookup 100
  $ ip link add nosuch type dummy
  Error: Unknown device type.
  [2]
  $ ip rule show | grep nosuch
  98:	from all oif nosuch2 [detached] lookup 100
  99:	from all iif nosuch [detached] lookup 100
  $ ip link del nosuch
  Cannot find device "nosuch"
  [1]
  $ ip rule show | grep nosuch
  98:	from all oif nosuch2 [detached] lookup 100
  99:	from all iif nosuch [detached] lookup 100
  $ ip rule del from 1.2.3.4
  $ ip rule del from 1.2.3.4
  $ ip rule del from 1.2.3.4
  $ ip rule del from 9.9.9.9
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del table 100
  $ ip rule show
  0:	from all lookup local
  99:	from all iif nosuch [detached] lookup 100
  100:	from 1.2.3.5 lookup 100
  32764:	from all lookup 100
  32765:	from all lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add goto 5
  Error: Backward goto not supported.
  [2]
  $ ip rule add pref 10 goto 5
  Error: Backward goto not supported.
  [2]
  $ ip rule add pref 10 goto 10
  Error: Backward goto not supported.
  [2]
  $ ip rule add pref 10 goto 20
  $ ip rule add pref 20 nop
  $ ip rule del pref 20
  $ ip rule show
  0:	from all lookup local
  10:	from all goto 20 [unresolved]
  99:	from all iif nosuch [detached] lookup 100
  100:	from 1.2.3.5 lookup 100
  32764:	from all lookup 100
  32765:	from all lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 30 from 10.0.0.0/33 table 5
  Error: any valid prefix is expected rather than "10.0.0.0/33".
  [1]
  $ ip rule add pref 30 from 10.0.0.1/8 table 5
  $ ip rule show pref 30
  30:	from 10.0.0.1/8 lookup 5
  $ ip rule add pref 31 to 10.0.0.0/8 from 10.1.0.0/16 not table 5
  $ ip rule show pref 31
  31:	not from 10.1.0.0/16 to 10.0.0.0/8 lookup 5
  $ ip rule add pref 32 ipproto 300 table 5
  Error: argument "300" is wrong: Invalid "ipproto" value
  [255]
  $ ip rule add pref 32 sport 80-70 table 5
  Error: Invalid sport range.
  [2]
  $ ip rule add pref 32 uidrange 10-5 table 5
  Error: Invalid uid range.
  [2]
  $ ip rule add pref 32 fwmark 0x1/0x2/0x3 table 5
  Error: argument "0x2/0x3" is wrong: fwmask value is invalid
  [255]
  $ ip rule add pref 32 type nat table 5
  $ ip rule add pref 32 type throw
  $ ip rule show pref 32
  32:	from all lookup 5 masquerade
  32:	from all throw
  $ ip rule flush
  $ ip rule show
  0:	from all lookup local
