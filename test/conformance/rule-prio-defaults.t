ip rule add without a priority picks one below the lowest non-zero rule; deleting the default rules and adding them back; priority 0.
  $ ip link set lo up
  $ ip rule add table 10
  $ ip rule add table 11
  $ ip rule show
  0:	from all lookup local
  32764:	from all lookup 11
  32765:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add prio 5 table 12
  $ ip rule add table 13
  $ ip rule show
  0:	from all lookup local
  4:	from all lookup 13
  5:	from all lookup 12
  32764:	from all lookup 11
  32765:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add prio 0 table 14
  $ ip rule add table 15 pref 1
  $ ip rule add table 16
  $ ip rule show
  0:	from all lookup local
  0:	from all lookup 14
  0:	from all lookup 16
  1:	from all lookup 15
  4:	from all lookup 13
  5:	from all lookup 12
  32764:	from all lookup 11
  32765:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del table 16
  $ ip rule del prio 0
  $ ip rule show
  0:	from all lookup 14
  1:	from all lookup 15
  4:	from all lookup 13
  5:	from all lookup 12
  32764:	from all lookup 11
  32765:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del prio 0
  $ ip rule show
  1:	from all lookup 15
  4:	from all lookup 13
  5:	from all lookup 12
  32764:	from all lookup 11
  32765:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del
  "ip rule del" requires arguments.
  [1]
  $ ip rule show
  1:	from all lookup 15
  4:	from all lookup 13
  5:	from all lookup 12
  32764:	from all lookup 11
  32765:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add from all lookup local pref 0
  $ ip rule del table main
  $ ip rule del table default
  $ ip rule show
  0:	from all lookup local
  1:	from all lookup 15
  4:	from all lookup 13
  5:	from all lookup 12
  32764:	from all lookup 11
  32765:	from all lookup 10
  $ ip route get 127.0.0.1
  local 127.0.0.1 dev lo table local src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 8.8.8.8
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip rule add table main
  $ ip rule show
  0:	from all lookup local
  0:	from all lookup main
  1:	from all lookup 15
  4:	from all lookup 13
  5:	from all lookup 12
  32764:	from all lookup 11
  32765:	from all lookup 10
  $ ip rule add prio 4294967295 table 20
  $ ip rule add prio 4294967296 table 20
  Error: argument "4294967296" is wrong: preference value is invalid
  [255]
  $ ip rule add prio -1 table 20
  Error: argument "-1" is wrong: preference value is invalid
  [255]
  $ ip rule add prio 0x10 table 21
  $ ip rule add priority 017 table 22
  $ ip rule add order 18 table 23
  $ ip rule add preference 19 table 24
  $ ip rule show
  0:	from all lookup local
  0:	from all lookup main
  1:	from all lookup 15
  4:	from all lookup 13
  5:	from all lookup 12
  15:	from all lookup 22
  16:	from all lookup 21
  18:	from all lookup 23
  19:	from all lookup 24
  32764:	from all lookup 11
  32765:	from all lookup 10
  4294967295:	from all lookup 20
  $ ip rule flush
  $ ip rule show
  0:	from all lookup local
  0:	from all lookup main
  $ ip rule flush
