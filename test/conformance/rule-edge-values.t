ip rule selectors with host bits set, masks, large ids, tos values and error messages.
  $ ip link set lo up
  $ ip rule add from 10.0.0.1/24 table 10
  $ ip rule add to 10.0.0.1/24 table 10
  $ ip rule add from 10.0.0.0/33 table 10
  Error: any valid prefix is expected rather than "10.0.0.0/33".
  [1]
  $ ip rule add from 0.0.0.0/0 table 11
  $ ip rule add to 0/0 table 11
  $ ip rule add from 1.2.3.4/32 table 12
  $ ip rule add fwmark 0xffffffff table 13
  $ ip rule add fwmark 0/0xff table 13
  $ ip rule add fwmark 1/0 table 13
  $ ip rule add fwmark 5/0xffffffff table 13
  $ ip rule add tos 0x03 table 14
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip rule add tos 0x1c table 14
  $ ip rule add tos 0xfc table 14
  Error: Invalid tos.
  [2]
  $ ip rule add tos 0x100 table 14
  Error: argument "0x100" is wrong: TOS value is invalid
  [255]
  $ ip rule add tos lowdelay table 14
  Error: argument "lowdelay" is wrong: TOS value is invalid
  [255]
  $ ip rule add dsfield 0x10 table 14
  $ ip rule add sport 0 table 15
  Error: Invalid sport range.
  [2]
  $ ip rule add sport 65535 table 15
  Error: Invalid sport range.
  [2]
  $ ip rule add sport 10-5 table 15
  Error: Invalid sport range.
  [2]
  $ ip rule add dport 1-65535 table 15
  Error: Invalid dport range.
  [2]
  $ ip rule add uidrange 5-1 table 16
  Error: Invalid uid range.
  [2]
  $ ip rule add uidrange 4294967294-4294967294 table 16
  $ ip rule add ipproto 255 table 17
  $ ip rule add ipproto 256 table 17
  Error: argument "256" is wrong: Invalid "ipproto" value
  [255]
  $ ip rule add ipproto udplite table 17
  $ ip rule add suppress_prefixlength 32 table 18
  $ ip rule add suppress_prefixlength 33 table 18
  $ ip rule add suppress_prefixlength -1 table 18
  Error: argument "-1" is wrong: suppress_prefixlength value is invalid
  [255]
  $ ip rule add table 0
  $ ip rule add table 4294967295
  $ ip rule add goto 100
  Error: Backward goto not supported.
  [2]
  $ ip rule add prio 100 goto 100
  Error: Backward goto not supported.
  [2]
  $ ip rule add prio 100 goto 50
  Error: Backward goto not supported.
  [2]
  $ ip rule add prio 100 goto 32767
  $ ip rule add realms 255/65535 table 19
  Error: argument "255/65535" is wrong: invalid realms
  [255]
  $ ip rule add realms 65536 table 19
  $ ip rule show
  0:	from all lookup local
  99:	from all lookup 19 realms 1/cosmos
  100:	from all goto 32767
  32748:	from all lookup 4294967295
  32749:	from all lookup 1
  32750:	from all lookup 18 suppress_prefixlength 33
  32751:	from all lookup 18 suppress_prefixlength 32
  32752:	from all ipproto udplite lookup 17
  32753:	from all ipproto ipproto-255 lookup 17
  32754:	from all uidrange 4294967294-4294967294 lookup 16
  32755:	from all tos 0x10 lookup 14
  32756:	from all tos 0x1c lookup 14
  32757:	from all fwmark 0x5 lookup 13
  32758:	from all fwmark 0x1/0 lookup 13
  32759:	from all fwmark 0/0xff lookup 13
  32760:	from all fwmark 0xffffffff lookup 13
  32761:	from 1.2.3.4 lookup 12
  32762:	from all lookup 11
  32763:	from all lookup 11
  32764:	from all to 10.0.0.1/24 lookup 10
  32765:	from 10.0.0.1/24 lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
