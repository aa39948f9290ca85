ip -6 rule: IPv6's own rule list (local and main, no default), added, shown, deleted and flushed apart from IPv4's.
  $ ip -6 rule
  0:	from all lookup local
  32766:	from all lookup main
  $ ip -6 rule add pref 100 table 100
  $ ip -6 rule add pref 101 fwmark 0x5 lookup main
  $ ip -6 rule add pref 102 iif lo table 102
  $ ip -6 rule add pref 103 table 0
  Error: Invalid table.
  [2]
  $ ip -6 rule add pref 104 blackhole
  $ ip -6 rule add pref 105 tos 0x10 table 105
  $ ip -6 rule
  0:	from all lookup local
  100:	from all lookup 100
  101:	from all fwmark 0x5 lookup main
  102:	from all iif lo lookup 102
  104:	from all blackhole
  105:	from all tos 0x10 lookup 105
  32766:	from all lookup main
  $ ip rule
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -j -6 rule show pref 101
  [{"priority":101,"src":"all","fwmark":"0x5","table":"main"}]
  $ ip -6 rule del pref 100
  $ ip -6 rule del pref 100
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -6 rule del table 102
  $ ip -6 rule show
  0:	from all lookup local
  101:	from all fwmark 0x5 lookup main
  104:	from all blackhole
  105:	from all tos 0x10 lookup 105
  32766:	from all lookup main
  $ ip -6 rule flush
  $ ip -6 rule
  0:	from all lookup local
  $ ip rule
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -6 rule add table 7
  $ ip -6 rule
  0:	from all lookup local
  0:	from all lookup 7
