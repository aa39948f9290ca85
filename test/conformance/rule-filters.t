ip rule: show/flush filters, iif/oif detached and re-attached by rename, goto resolution, auto preference, argument errors, rule_exists() quirks.
  $ ip link add d0 type veth peer name p0
  $ ip rule add iif d0 oif d0 table 5 pref 100
  $ ip rule add iif d1 table 5 pref 101
  $ ip rule add not from 10.1.0.0/16 to 10.2.0.0/24 fwmark 3/7 tos 0x08 table 6 pref 102
  $ ip rule
  0:	from all lookup local
  100:	from all iif d0 oif d0 lookup 5
  101:	from all iif d1 [detached] lookup 5
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip link set d0 name d1
  $ ip rule
  0:	from all lookup local
  100:	from all iif d0 [detached] oif d0 [detached] lookup 5
  101:	from all iif d1 lookup 5
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show table 5
  100:	from all iif d0 [detached] oif d0 [detached] lookup 5
  101:	from all iif d1 lookup 5
  $ ip rule show iif d1
  101:	from all iif d1 lookup 5
  $ ip rule show pref 101
  101:	from all iif d1 lookup 5
  $ ip rule show from all
  0:	from all lookup local
  100:	from all iif d0 [detached] oif d0 [detached] lookup 5
  101:	from all iif d1 lookup 5
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show to 1.2.3.4
  $ ip rule show to 10.2.0.0/24
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show to 10.2.0.0/16
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show to 10.2.0.0/25
  $ ip rule show from 10.1.2.0/24
  $ ip rule show from 10.0.0.0/8
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show not
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show lookup main
  32766:	from all lookup main
  $ ip rule show table local
  0:	from all lookup local
  $ ip rule show fwmark 0x3
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show fwmark 3/7
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show fwmark 0/7
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show tos 0
  0:	from all lookup local
  100:	from all iif d0 [detached] oif d0 [detached] lookup 5
  101:	from all iif d1 lookup 5
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show tos 0x08
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show dev d0
  100:	from all iif d0 [detached] oif d0 [detached] lookup 5
  $ ip rule show dev d1
  101:	from all iif d1 lookup 5
  $ ip rule show oif d0
  100:	from all iif d0 [detached] oif d0 [detached] lookup 5
  $ ip rule show table 0
  0:	from all lookup local
  100:	from all iif d0 [detached] oif d0 [detached] lookup 5
  101:	from all iif d1 lookup 5
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show priority 0
  0:	from all lookup local
  $ ip rule show pref 0x64
  100:	from all iif d0 [detached] oif d0 [detached] lookup 5
  $ ip rule show 10.2.0.0/24
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show dst 10.2.0.0/24
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  $ ip rule show preference
  Command line is not complete. Try option "help"
  [255]
  $ ip rule show bogus
  Error: inet prefix is expected rather than "bogus".
  [1]
  $ ip rule show table 99
  $ ip -j rule show table 99
  []
  $ ip link del d1
  $ ip rule
  0:	from all lookup local
  100:	from all iif d0 [detached] oif d0 [detached] lookup 5
  101:	from all iif d1 [detached] lookup 5
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule flush table 5
  $ ip rule
  0:	from all lookup local
  102:	not from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x3/0x7 lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule flush not
  $ ip rule
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add
  "ip rule add" requires arguments.
  [1]
  $ ip rule del
  "ip rule del" requires arguments.
  [1]
  $ ip rule del pref 5000
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule add pref abc
  Error: argument "abc" is wrong: preference value is invalid
  [255]
  $ ip rule add table abc
  Error: argument "abc" is wrong: invalid table ID
  [255]
  $ ip rule add from 1.2.3.4/33
  Error: any valid prefix is expected rather than "1.2.3.4/33".
  [1]
  $ ip rule add from foo
  Error: any valid prefix is expected rather than "foo".
  [1]
  $ ip rule add to 1.2.3.4/40
  Error: any valid prefix is expected rather than "1.2.3.4/40".
  [1]
  $ ip rule add tos zz
  Error: argument "zz" is wrong: TOS value is invalid
  [255]
  $ ip rule add fwmark zz
  Error: argument "zz" is wrong: fwmark value is invalid
  [255]
  $ ip rule add fwmark 1/zz
  Error: argument "zz" is wrong: fwmask value is invalid
  [255]
  $ ip rule add ipproto zz
  Error: argument "zz" is wrong: Invalid "ipproto" value
  [255]
  $ ip rule add sport zz
  Error: argument "zz" is wrong: invalid port range
  [255]
  $ ip rule add uidrange 5
  Error: argument "5" is wrong: invalid UID range
  [255]
  $ ip rule add goto zz
  Error: argument "zz" is wrong: invalid target
  [255]
  $ ip rule add frob
  Error: argument "frob" is wrong: Failed to parse rule type
  [255]
  $ ip rule add suppress_prefixlength -1
  Error: argument "-1" is wrong: suppress_prefixlength value is invalid
  [255]
  $ ip rule add suppress_ifgroup zz
  Error: argument "zz" is wrong: Invalid "suppress_ifgroup" value
  [255]
  $ ip rule add protocol zz
  Error: argument "zz" is wrong: "protocol" value is invalid
  [255]
  $ ip rule add iif aaaaaaaaaaaaaaaaaaaa
  Error: argument "aaaaaaaaaaaaaaaaaaaa" is wrong: "iif"/"dev" not a valid ifname
  [255]
  $ ip rule frob
  Command "frob" is unknown, try "ip rule help".
  [255]
  $ ip rule add pref
  Command line is not complete. Try option "help"
  [255]
  $ ip rule save pref 5
  "ip rule save" does not take any arguments.
  [1]
  $ ip rule add goto
  Command line is not complete. Try option "help"
  [255]
  $ ip rule add nop goto 5
  Error: Backward goto not supported.
  [2]
  $ ip rule add goto 5 table 5
  Error: Backward goto not supported.
  [2]
  $ ip rule add from 1.2.3.4 to ::1
  Error: Invalid dst address.
  [2]
  $ ip rule add from ::/16
  Error: Invalid source address.
  [2]
  $ ip rule add pref 0x10 table 5
  $ ip rule add pref 010 table 5
  $ ip rule show pref 16
  16:	from all lookup 5
  $ ip rule add from 10 table 5
  $ ip rule add from 10.1/16 table 5
  $ ip rule add from 10.1.2.3/255.255.0.0 table 5
  $ ip rule add dsfield 0x08 table 5
  $ ip rule add tos AF11 table 5
  Error: Invalid tos.
  [2]
  $ ip rule add nat foo
  Warning: route NAT is deprecated
  Error: an IP address is expected rather than "foo"
  [1]
  $ ip rule
  0:	from all lookup local
  4:	from all tos 0x08 lookup 5
  5:	from 10.1.2.3/16 lookup 5
  6:	from 10.1.0.0/16 lookup 5
  7:	from 10.0.0.0 lookup 5
  8:	from all lookup 5
  16:	from all lookup 5
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 200 goto 300
  $ ip rule add pref 300 table 7
  $ ip rule add pref 300 table 8
  $ ip rule add pref 201 goto 300
  $ ip rule
  0:	from all lookup local
  4:	from all tos 0x08 lookup 5
  5:	from 10.1.2.3/16 lookup 5
  6:	from 10.1.0.0/16 lookup 5
  7:	from 10.0.0.0 lookup 5
  8:	from all lookup 5
  16:	from all lookup 5
  200:	from all goto 300
  201:	from all goto 300
  300:	from all lookup 7
  300:	from all lookup 8
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del pref 300 table 7
  $ ip rule
  0:	from all lookup local
  4:	from all tos 0x08 lookup 5
  5:	from 10.1.2.3/16 lookup 5
  6:	from 10.1.0.0/16 lookup 5
  7:	from 10.0.0.0 lookup 5
  8:	from all lookup 5
  16:	from all lookup 5
  200:	from all goto 300
  201:	from all goto 300
  300:	from all lookup 8
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del pref 300
  $ ip rule
  0:	from all lookup local
  4:	from all tos 0x08 lookup 5
  5:	from 10.1.2.3/16 lookup 5
  6:	from 10.1.0.0/16 lookup 5
  7:	from 10.0.0.0 lookup 5
  8:	from all lookup 5
  16:	from all lookup 5
  200:	from all goto 300 [unresolved]
  201:	from all goto 300 [unresolved]
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 300 table 9
  $ ip rule show pref 200
  200:	from all goto 300
  $ ip rule del pref 0
  $ ip rule add table 9
  $ ip rule add table 9
  $ ip rule add pref 0 table 10
  $ ip rule add table 11
  $ ip rule
  0:	from all lookup 10
  2:	from all lookup 11
  3:	from all lookup 9
  4:	from all tos 0x08 lookup 5
  4:	from all lookup 9
  5:	from 10.1.2.3/16 lookup 5
  6:	from 10.1.0.0/16 lookup 5
  7:	from 10.0.0.0 lookup 5
  8:	from all lookup 5
  16:	from all lookup 5
  200:	from all goto 300
  201:	from all goto 300
  300:	from all lookup 9
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del fwmark 0
  $ ip rule add fwmark 0 table 3 pref 77
  $ ip -j rule show pref 77
  [{"priority":77,"src":"all","table":"3"}]
  $ ip rule add from 1.2.3.4 table 5 pref 10
  $ ip rule add table 5 pref 10
  RTNETLINK answers: File exists
  [2]
  $ ip rule add not from 1.2.3.4 table 5 pref 10
  RTNETLINK answers: File exists
  [2]
  $ ip rule add from 1.2.3.4 tos 4 table 5 pref 11
  $ ip rule add from 1.2.3.4 table 5 pref 11
  RTNETLINK answers: File exists
  [2]
  $ ip rule add iif lo table 5 pref 13
  $ ip rule add table 5 pref 13
  $ ip rule
  2:	from all lookup 11
  3:	from all lookup 9
  4:	from all tos 0x08 lookup 5
  4:	from all lookup 9
  5:	from 10.1.2.3/16 lookup 5
  6:	from 10.1.0.0/16 lookup 5
  7:	from 10.0.0.0 lookup 5
  8:	from all lookup 5
  10:	from 1.2.3.4 lookup 5
  11:	from 1.2.3.4 tos 0x04 lookup 5
  13:	from all iif lo lookup 5
  13:	from all lookup 5
  16:	from all lookup 5
  77:	from all lookup 3
  200:	from all goto 300
  201:	from all goto 300
  300:	from all lookup 9
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule flush
  $ ip rule
  $ ip -4 rule flush
  $ ip rule show
