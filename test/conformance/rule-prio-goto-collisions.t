ip rule priorities: rules added at the same priority, defaults taken below the lowest, goto forward, backward and to a missing priority, nop, deleting by priority among several, show filters by priority and table.
  $ ip rule add pref 100 lookup 10
  $ ip rule add pref 100 lookup 11
  $ ip rule add pref 100 lookup 10
  RTNETLINK answers: File exists
  [2]
  $ ip rule add lookup 12
  $ ip rule add lookup 13
  $ ip rule
  0:	from all lookup local
  98:	from all lookup 13
  99:	from all lookup 12
  100:	from all lookup 10
  100:	from all lookup 11
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 50 goto 40
  Error: Backward goto not supported.
  [2]
  $ ip rule add pref 50 goto 50
  Error: Backward goto not supported.
  [2]
  $ ip rule add pref 60 goto 200
  $ ip rule add pref 70 goto 100
  $ ip rule add goto 32765
  $ ip rule add pref 80 nop
  $ ip rule add pref 90 nop lookup 10
  $ ip rule
  0:	from all lookup local
  59:	from all goto 32765 [unresolved]
  60:	from all goto 200 [unresolved]
  70:	from all goto 100
  80:	from all nop
  90:	from all lookup 10 nop
  98:	from all lookup 13
  99:	from all lookup 12
  100:	from all lookup 10
  100:	from all lookup 11
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 200 lookup 14
  $ ip rule show pref 60
  60:	from all goto 200
  $ ip rule show pref 100
  100:	from all lookup 10
  100:	from all lookup 11
  $ ip rule show lookup 10
  90:	from all lookup 10 nop
  100:	from all lookup 10
  $ ip rule show table 12
  99:	from all lookup 12
  $ ip rule del pref 100
  $ ip rule show pref 100
  100:	from all lookup 11
  $ ip rule del pref 200
  $ ip rule show pref 60
  60:	from all goto 200 [unresolved]
  $ ip rule del goto 100
  $ ip rule del pref 100 lookup 10
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del pref 100 lookup 11
  $ ip rule add pref 0 lookup 15
  $ ip rule add pref 4294967295 lookup 16
  $ ip rule add pref 4294967296 lookup 16
  Error: argument "4294967296" is wrong: preference value is invalid
  [255]
  $ ip rule add pref 0x20 lookup 17
  $ ip rule add pref -1 lookup 17
  Error: argument "-1" is wrong: preference value is invalid
  [255]
  $ ip rule
  0:	from all lookup local
  0:	from all lookup 15
  32:	from all lookup 17
  60:	from all goto 200 [unresolved]
  70:	from all goto 100 [unresolved]
  80:	from all nop
  90:	from all lookup 10 nop
  98:	from all lookup 13
  99:	from all lookup 12
  32766:	from all lookup main
  32767:	from all lookup default
  4294967295:	from all lookup 16
  $ ip rule del pref 0
  $ ip rule show pref 0
  0:	from all lookup 15
  $ ip rule del pref 0
  $ ip rule
  32:	from all lookup 17
  60:	from all goto 200 [unresolved]
  70:	from all goto 100 [unresolved]
  80:	from all nop
  90:	from all lookup 10 nop
  98:	from all lookup 13
  99:	from all lookup 12
  32766:	from all lookup main
  32767:	from all lookup default
  4294967295:	from all lookup 16
