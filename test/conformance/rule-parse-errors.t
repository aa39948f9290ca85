iproute2's argument errors for ip rule add/del/show: missing values, bad numbers, unknown keywords and exit statuses; abbreviations.
  $ ip rule add from
  Command line is not complete. Try option "help"
  [255]
  $ ip rule add from x
  Error: any valid prefix is expected rather than "x".
  [1]
  $ ip rule add to 1.2.3.4/x
  Error: any valid prefix is expected rather than "1.2.3.4/x".
  [1]
  $ ip rule add tos x
  Error: argument "x" is wrong: TOS value is invalid
  [255]
  $ ip rule add fwmark x
  Error: argument "x" is wrong: fwmark value is invalid
  [255]
  $ ip rule add fwmark 1/x
  Error: argument "x" is wrong: fwmask value is invalid
  [255]
  $ ip rule add pref x
  Error: argument "x" is wrong: preference value is invalid
  [255]
  $ ip rule add table
  Command line is not complete. Try option "help"
  [255]
  $ ip rule add table bogus
  Error: argument "bogus" is wrong: invalid table ID
  [255]
  $ ip rule add lookup 5 lookup 6
  $ ip rule add iif
  Command line is not complete. Try option "help"
  [255]
  $ ip rule add oif
  Command line is not complete. Try option "help"
  [255]
  $ ip rule add realms
  Command line is not complete. Try option "help"
  [255]
  $ ip rule add realms x/y
  Error: argument "x/y" is wrong: invalid realms
  [255]
  $ ip rule add uidrange 5
  Error: argument "5" is wrong: invalid UID range
  [255]
  $ ip rule add uidrange x-y
  Error: argument "x-y" is wrong: invalid UID range
  [255]
  $ ip rule add sport x
  Error: argument "x" is wrong: invalid port range
  [255]
  $ ip rule add sport 1-x
  $ ip rule add dport 70000
  $ ip rule add ipproto
  Command line is not complete. Try option "help"
  [255]
  $ ip rule add protocol x
  Error: argument "x" is wrong: "protocol" value is invalid
  [255]
  $ ip rule add goto
  Command line is not complete. Try option "help"
  [255]
  $ ip rule add goto x
  Error: argument "x" is wrong: invalid target
  [255]
  $ ip rule add suppress_prefixlength x
  Error: argument "x" is wrong: suppress_prefixlength value is invalid
  [255]
  $ ip rule add suppress_ifgroup x
  Error: argument "x" is wrong: Invalid "suppress_ifgroup" value
  [255]
  $ ip rule add nat 1.2.3.4
  Warning: route NAT is deprecated
  $ ip rule add map-to 1.2.3.4
  Warning: route NAT is deprecated
  $ ip rule add type nat
  $ ip rule add type bogus
  Error: argument "bogus" is wrong: Failed to parse rule type
  [255]
  $ ip rule add bogus
  Error: argument "bogus" is wrong: Failed to parse rule type
  [255]
  $ ip rule add flowid 1
  Error: argument "flowid" is wrong: Failed to parse rule type
  [255]
  $ ip rule add dev a0 table 5
  $ ip rule add dev lo table 5 prio 5
  $ ip rule add not
  $ ip rule add not not table 7 prio 7
  $ ip rule add l3mdev table 5
  table can not be specified for l3mdev rules
  [22]
  $ ip rule add l3mdev goto 10
  $ ip rule add iif lo l3mdev
  $ ip rule show table bogus
  Error: argument "bogus" is wrong: table id value is invalid
  [255]
  $ ip rule show bogus
  Error: inet prefix is expected rather than "bogus".
  [1]
  $ ip rule show pref x
  Error: argument "x" is wrong: preference value is invalid
  [255]
  $ ip rule frobnicate
  Command "frobnicate" is unknown, try "ip rule help".
  [255]
  $ ip ru sh
  0:	from all lookup local
  2:	from all iif lo lookup [l3mdev-table]
  3:	from all lookup [l3mdev-table] goto 10 [unresolved]
  4:	not from all lookup main
  5:	from all iif lo lookup 5
  7:	not from all lookup 7
  32759:	from all iif a0 [detached] lookup 5
  32760:	from all masquerade
  32761:	from all lookup main masquerade
  32762:	from all lookup main masquerade
  32763:	from all dport 4464 lookup main
  32764:	from all sport 1 lookup main
  32765:	from all lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip ru l
  0:	from all lookup local
  2:	from all iif lo lookup [l3mdev-table]
  3:	from all lookup [l3mdev-table] goto 10 [unresolved]
  4:	not from all lookup main
  5:	from all iif lo lookup 5
  7:	not from all lookup 7
  32759:	from all iif a0 [detached] lookup 5
  32760:	from all masquerade
  32761:	from all lookup main masquerade
  32762:	from all lookup main masquerade
  32763:	from all dport 4464 lookup main
  32764:	from all sport 1 lookup main
  32765:	from all lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show
  0:	from all lookup local
  2:	from all iif lo lookup [l3mdev-table]
  3:	from all lookup [l3mdev-table] goto 10 [unresolved]
  4:	not from all lookup main
  5:	from all iif lo lookup 5
  7:	not from all lookup 7
  32759:	from all iif a0 [detached] lookup 5
  32760:	from all masquerade
  32761:	from all lookup main masquerade
  32762:	from all lookup main masquerade
  32763:	from all dport 4464 lookup main
  32764:	from all sport 1 lookup main
  32765:	from all lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule delete prio 5
  $ ip rule del prio 7
  $ ip rule del pref 7
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule show
  0:	from all lookup local
  2:	from all iif lo lookup [l3mdev-table]
  3:	from all lookup [l3mdev-table] goto 10 [unresolved]
  4:	not from all lookup main
  32759:	from all iif a0 [detached] lookup 5
  32760:	from all masquerade
  32761:	from all lookup main masquerade
  32762:	from all lookup main masquerade
  32763:	from all dport 4464 lookup main
  32764:	from all sport 1 lookup main
  32765:	from all lookup 6
  32766:	from all lookup main
  32767:	from all lookup default
