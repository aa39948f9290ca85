ip rule add: every selector with good, edge, bad, repeated values; exit codes, then the listing.
  $ ip link set lo up
  $ for o in "pref 0" "pref 32766" "pref 4294967295" "pref 4294967296" "pref -1" "pref x" "priority 7" "order 8" "from all" "to all" "from 10/8" "from 10.1" "to 10.0.0.0/0" "from default" "fwmark 0" "fwmark 0x1/0x0" "fwmark 1/" "fwmark /1" "fwmark 4294967296" "fwmark x" "tos 0" "tos 4" "tos 8" "tos 0xff" "dsfield 0xfc" "dsfield af11" "realms 5" "realms 5/6" "realms 65536" "realms x/y" "realm 3" "iif lo" "iif nosuch" "oif lo" "iif lo oif lo" "l3mdev" "uidrange 0-0" "uidrange 5" "uidrange 1-x" "sport 1" "sport 1-1" "sport 0-5" "sport x" "dport 65534-65535" "dport 5-" "ipproto icmp" "ipproto 0" "ipproto x" "protocol static" "protocol 300" "protocol kernel" "proto boot" "nat 1.2.3.4" "map-to 1.2.3.4" "suppress_prefixlength -1" "suppress_prefixlength 128" "suppress_prefixlength 129" "suppress_ifgroup 5" "suppress_ifgroup default" "suppress_ifgroup x" "not" "not from 1.1.1.1" "table main" "table local" "table default" "table 0" "table 4294967295" "table x" "lookup 100" "goto 1" "goto 99999" "type unreachable" "unreachable" "prohibit" "blackhole" "nop" "throw" "unicast" "local" "flowlabel 1"; do echo "== $o"; ip rule add $o 2>&1; echo $?; done
  == pref 0
  0
  == pref 32766
  0
  == pref 4294967295
  0
  == pref 4294967296
  Error: argument "4294967296" is wrong: preference value is invalid
  
  255
  == pref -1
  Error: argument "-1" is wrong: preference value is invalid
  
  255
  == pref x
  Error: argument "x" is wrong: preference value is invalid
  
  255
  == priority 7
  0
  == order 8
  0
  == from all
  RTNETLINK answers: File exists
  2
  == to all
  RTNETLINK answers: File exists
  2
  == from 10/8
  0
  == from 10.1
  0
  == to 10.0.0.0/0
  RTNETLINK answers: File exists
  2
  == from default
  RTNETLINK answers: File exists
  2
  == fwmark 0
  RTNETLINK answers: File exists
  2
  == fwmark 0x1/0x0
  0
  == fwmark 1/
  Error: argument "" is wrong: fwmask value is invalid
  
  255
  == fwmark /1
  Error: argument "" is wrong: fwmark value is invalid
  
  255
  == fwmark 4294967296
  Error: argument "4294967296" is wrong: fwmark value is invalid
  
  255
  == fwmark x
  Error: argument "x" is wrong: fwmark value is invalid
  
  255
  == tos 0
  RTNETLINK answers: File exists
  2
  == tos 4
  0
  == tos 8
  0
  == tos 0xff
  Error: Invalid dsfield (tos): ECN bits must be 0.
  2
  == dsfield 0xfc
  Error: Invalid tos.
  2
  == dsfield af11
  Error: argument "af11" is wrong: TOS value is invalid
  
  255
  == realms 5
  0
  == realms 5/6
  0
  == realms 65536
  0
  == realms x/y
  Error: argument "x/y" is wrong: invalid realms
  
  255
  == realm 3
  0
  == iif lo
  0
  == iif nosuch
  0
  == oif lo
  0
  == iif lo oif lo
  0
  == l3mdev
  0
  == uidrange 0-0
  0
  == uidrange 5
  Error: argument "5" is wrong: invalid UID range
  
  255
  == uidrange 1-x
  Error: argument "1-x" is wrong: invalid UID range
  
  255
  == sport 1
  0
  == sport 1-1
  RTNETLINK answers: File exists
  2
  == sport 0-5
  Error: Invalid sport range.
  2
  == sport x
  Error: argument "x" is wrong: invalid port range
  
  255
  == dport 65534-65535
  Error: Invalid dport range.
  2
  == dport 5-
  0
  == ipproto icmp
  0
  == ipproto 0
  RTNETLINK answers: File exists
  2
  == ipproto x
  Error: argument "x" is wrong: Invalid "ipproto" value
  
  255
  == protocol static
  0
  == protocol 300
  Error: argument "300" is wrong: "protocol" value is invalid
  
  255
  == protocol kernel
  0
  == proto boot
  0
  == nat 1.2.3.4
  Warning: route NAT is deprecated
  0
  == map-to 1.2.3.4
  Warning: route NAT is deprecated
  RTNETLINK answers: File exists
  2
  == suppress_prefixlength -1
  Error: argument "-1" is wrong: suppress_prefixlength value is invalid
  
  255
  == suppress_prefixlength 128
  0
  == suppress_prefixlength 129
  0
  == suppress_ifgroup 5
  0
  == suppress_ifgroup default
  0
  == suppress_ifgroup x
  Error: argument "x" is wrong: Invalid "suppress_ifgroup" value
  
  255
  == not
  RTNETLINK answers: File exists
  2
  == not from 1.1.1.1
  0
  == table main
  RTNETLINK answers: File exists
  2
  == table local
  0
  == table default
  0
  == table 0
  0
  == table 4294967295
  0
  == table x
  Error: argument "x" is wrong: invalid table ID
  
  255
  == lookup 100
  0
  == goto 1
  0
  == goto 99999
  RTNETLINK answers: File exists
  2
  == type unreachable
  0
  == unreachable
  RTNETLINK answers: File exists
  2
  == prohibit
  0
  == blackhole
  0
  == nop
  0
  == throw
  0
  == unicast
  0
  == local
  Error: Missing goto target for action goto.
  2
  == flowlabel 1
  Error: argument "flowlabel" is wrong: Failed to parse rule type
  255
  $ ip rule show
  0:	from all lookup local
  0:	from all lookup main
  0:	from 10.0.0.0/8 lookup main
  0:	from 10.1.0.0 lookup main
  0:	from all fwmark 0x1/0 lookup main
  0:	from all tos 0x04 lookup main
  0:	from all tos 0x08 lookup main
  0:	from all lookup main realms 5
  0:	from all lookup main realms 5/6
  0:	from all lookup main realms 1/cosmos
  0:	from all lookup main realms 3
  0:	from all iif lo lookup main
  0:	from all iif nosuch [detached] lookup main
  0:	from all oif lo lookup main
  0:	from all iif lo oif lo lookup main
  0:	from all lookup [l3mdev-table]
  0:	from all uidrange 0-0 lookup main
  0:	from all sport 1 lookup main
  0:	from all dport 5 lookup main
  0:	from all ipproto icmp lookup main
  0:	from all lookup main proto static
  0:	from all lookup main
  0:	from all lookup main proto boot
  0:	from all lookup main masquerade
  0:	from all lookup main suppress_prefixlength 128
  0:	from all lookup main suppress_prefixlength 129
  0:	from all lookup main suppress_ifgroup 5
  0:	from all lookup main suppress_ifgroup default
  0:	not from 1.1.1.1 lookup main
  0:	from all lookup local
  0:	from all lookup default
  0:	from all lookup 1
  0:	from all lookup 4294967295
  0:	from all lookup 100
  0:	from all goto 1 [unresolved]
  0:	from all unreachable
  0:	from all prohibit
  0:	from all blackhole
  0:	from all nop
  0:	from all throw
  0:	from all lookup 2
  7:	from all lookup main
  8:	from all lookup main
  32766:	from all lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  4294967295:	from all lookup main
  $ ip rule flush 2>&1; echo $?
  0
  $ ip rule show
  0:	from all lookup local
  0:	from all lookup main
  0:	from 10.0.0.0/8 lookup main
  0:	from 10.1.0.0 lookup main
  0:	from all fwmark 0x1/0 lookup main
  0:	from all tos 0x04 lookup main
  0:	from all tos 0x08 lookup main
  0:	from all lookup main realms 5
  0:	from all lookup main realms 5/6
  0:	from all lookup main realms 1/cosmos
  0:	from all lookup main realms 3
  0:	from all iif lo lookup main
  0:	from all iif nosuch [detached] lookup main
  0:	from all oif lo lookup main
  0:	from all iif lo oif lo lookup main
  0:	from all lookup [l3mdev-table]
  0:	from all uidrange 0-0 lookup main
  0:	from all sport 1 lookup main
  0:	from all dport 5 lookup main
  0:	from all ipproto icmp lookup main
  0:	from all lookup main proto static
  0:	from all lookup main
  0:	from all lookup main proto boot
  0:	from all lookup main masquerade
  0:	from all lookup main suppress_prefixlength 128
  0:	from all lookup main suppress_prefixlength 129
  0:	from all lookup main suppress_ifgroup 5
  0:	from all lookup main suppress_ifgroup default
  0:	not from 1.1.1.1 lookup main
  0:	from all lookup local
  0:	from all lookup default
  0:	from all lookup 1
  0:	from all lookup 4294967295
  0:	from all lookup 100
  0:	from all goto 1 [unresolved]
  0:	from all unreachable
  0:	from all prohibit
  0:	from all blackhole
  0:	from all nop
  0:	from all throw
  0:	from all lookup 2
