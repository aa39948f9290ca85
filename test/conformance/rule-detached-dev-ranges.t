ip rule selectors on devices that come and go ([detached]), lo as iif, l3mdev, uidrange, port and protocol ranges and their errors, and -j output.
  $ ip rule add iif d7 lookup 10 pref 10
  $ ip rule add oif d8 lookup 11 pref 11
  $ ip rule
  0:	from all lookup local
  10:	from all iif d7 [detached] lookup 10
  11:	from all oif d8 [detached] lookup 11
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip link add d7 type veth peer name d8
  $ ip rule show pref 10
  10:	from all iif d7 lookup 10
  $ ip rule show pref 11
  11:	from all oif d8 lookup 11
  $ ip link del d7
  $ ip rule show pref 10
  10:	from all iif d7 [detached] lookup 10
  $ ip rule add iif lo lookup 12 pref 12
  $ ip rule add l3mdev pref 13
  $ ip rule add l3mdev lookup 14 pref 14
  table can not be specified for l3mdev rules
  [22]
  $ ip rule add uidrange 1000-999 lookup 15
  Error: Invalid uid range.
  [2]
  $ ip rule add uidrange 1000 lookup 15
  Error: argument "1000" is wrong: invalid UID range
  [255]
  $ ip rule add uidrange 0-4294967294 lookup 15 pref 15
  $ ip rule add sport 80-70 lookup 16
  Error: Invalid sport range.
  [2]
  $ ip rule add sport 0 lookup 16 pref 16
  Error: Invalid sport range.
  [2]
  $ ip rule add dport 65536 lookup 16
  Error: Invalid dport range.
  [2]
  $ ip rule add ipproto 300 lookup 16
  Error: argument "300" is wrong: Invalid "ipproto" value
  [255]
  $ ip rule add ipproto 200 dport 5-6 lookup 17 pref 17
  $ ip rule add ipproto icmp lookup 18 pref 18
  $ ip rule add ipproto nosuch lookup 18
  Error: argument "nosuch" is wrong: Invalid "ipproto" value
  [255]
  $ ip rule add sport 1-2-3 lookup 18
  $ ip rule
  0:	from all lookup local
  9:	from all sport 1-2 lookup 18
  10:	from all iif d7 [detached] lookup 10
  11:	from all oif d8 [detached] lookup 11
  12:	from all iif lo lookup 12
  13:	from all lookup [l3mdev-table]
  15:	from all uidrange 0-4294967294 lookup 15
  17:	from all ipproto ipproto-200 dport 5-6 lookup 17
  18:	from all ipproto icmp lookup 18
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -j rule show pref 17
  [{"priority":17,"src":"all","ipproto":"ipproto-200","dport_start":5,"dport_end":6,"table":"17"}]
  $ ip -j rule show pref 15
  [{"priority":15,"src":"all","uid_start":0,"uid_end":4294967294,"table":"15"}]
  $ ip -j rule show pref 10
  [{"priority":10,"src":"all","iif":"d7","iif_detached":null,"table":"10"}]
  $ ip rule del iif d7
  $ ip rule del oif d8 pref 11
  $ ip rule show pref 11
