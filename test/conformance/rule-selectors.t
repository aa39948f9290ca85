ip rule: every selector and action as the kernel stores and iproute2 6.1 prints them (text, -d, -j, -N), their kernel errors, delete by selector.
  $ ip rule
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -d rule
  0:	from all lookup local proto kernel
  32766:	from all lookup main proto kernel
  32767:	from all lookup default proto kernel
  $ ip -j rule
  [{"priority":0,"src":"all","table":"local"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip -j -p rule
  [ {
          "priority": 0,
          "src": "all",
          "table": "local"
      },{
          "priority": 32766,
          "src": "all",
          "table": "main"
      },{
          "priority": 32767,
          "src": "all",
          "table": "default"
      } ]
  $ ip rule add tos 0x04 table 252
  $ ip rule add tos 0x04 table 252
  $ ip rule add tos 0x20 table 252
  Error: Invalid tos.
  [2]
  $ ip rule add tos 0x05 table 252
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip rule add from 1.2.3.4 table 100 pref 10
  $ ip rule add from 1.2.3.4 table 100 pref 10
  RTNETLINK answers: File exists
  [2]
  $ ip rule add from 1.2.3.4/8 table 100 pref 11
  $ ip rule add fwmark 0x1/0xff lookup 7
  $ ip rule add fwmark 0/0xff lookup 7
  $ ip rule add fwmark 5 lookup 7
  $ ip rule add iif nosuch lookup 7
  $ ip rule add oif lo lookup 7
  $ ip rule add goto 40 pref 20
  $ ip rule add goto 10 pref 20
  Error: Backward goto not supported.
  [2]
  $ ip rule add nop pref 21
  $ ip rule add l3mdev pref 22
  $ ip rule add l3mdev table 5 pref 22
  table can not be specified for l3mdev rules
  [22]
  $ ip rule add uidrange 100-200 pref 23
  $ ip rule add uidrange 200-100 pref 23
  Error: Invalid uid range.
  [2]
  $ ip rule add ipproto tcp sport 80 dport 1000-2000 pref 24
  $ ip rule add ipproto 17 sport 0 pref 24
  Error: Invalid sport range.
  [2]
  $ ip rule add sport 5-3 pref 24
  Error: Invalid sport range.
  [2]
  $ ip rule add dport 65535 pref 24
  Error: Invalid dport range.
  [2]
  $ ip rule add suppress_prefixlength 0 pref 25
  $ ip rule add suppress_ifgroup 5 table main pref 25
  $ ip rule add suppress_ifgroup default table main pref 25
  $ ip rule add protocol static table main pref 26
  $ ip rule add protocol kernel table main pref 26
  $ ip rule add table 0 pref 27
  $ ip rule add not from 10.0.0.0/8 to 11.0.0.0/8 table 3000 pref 28
  $ ip rule add type blackhole pref 29
  $ ip rule add throw pref 29
  $ ip rule add nat 1.2.3.4 pref 29
  Warning: route NAT is deprecated
  $ ip rule add realms 3/4 table 5 pref 30
  $ ip rule add realms 7 table 5 pref 30
  $ ip rule add tun_id 77 table 5 pref 31
  $ ip rule
  0:	from all lookup local
  5:	from all oif lo lookup 7
  6:	from all iif nosuch [detached] lookup 7
  7:	from all fwmark 0x5 lookup 7
  8:	from all fwmark 0/0xff lookup 7
  9:	from all fwmark 0x1/0xff lookup 7
  10:	from 1.2.3.4 lookup 100
  11:	from 1.2.3.4/8 lookup 100
  20:	from all goto 40 [unresolved]
  21:	from all nop
  22:	from all lookup [l3mdev-table]
  23:	from all uidrange 100-200 lookup main
  24:	from all ipproto tcp sport 80 dport 1000-2000 lookup main
  25:	from all lookup main suppress_prefixlength 0
  25:	from all lookup main suppress_ifgroup 5
  25:	from all lookup main suppress_ifgroup default
  26:	from all lookup main proto static
  26:	from all lookup main
  27:	from all lookup 1
  28:	not from 10.0.0.0/8 to 11.0.0.0/8 lookup 3000
  29:	from all blackhole
  29:	from all throw
  29:	from all lookup main masquerade
  30:	from all lookup 5 realms 3/4
  30:	from all lookup 5 realms 7
  31:	from all tun_id 77 lookup 5
  32764:	from all tos 0x04 lookup 252
  32765:	from all tos 0x04 lookup 252
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -d rule
  0:	from all lookup local proto kernel
  5:	from all oif lo lookup 7 proto unspec
  6:	from all iif nosuch [detached] lookup 7 proto unspec
  7:	from all fwmark 0x5 lookup 7 proto unspec
  8:	from all fwmark 0/0xff lookup 7 proto unspec
  9:	from all fwmark 0x1/0xff lookup 7 proto unspec
  10:	from 1.2.3.4 lookup 100 proto unspec
  11:	from 1.2.3.4/8 lookup 100 proto unspec
  20:	from all goto 40 [unresolved] proto unspec
  21:	from all nop proto unspec
  22:	from all lookup [l3mdev-table] proto unspec
  23:	from all uidrange 100-200 lookup main proto unspec
  24:	from all ipproto tcp sport 80 dport 1000-2000 lookup main proto unspec
  25:	from all lookup main suppress_prefixlength 0 proto unspec
  25:	from all lookup main suppress_ifgroup 5 proto unspec
  25:	from all lookup main suppress_ifgroup default proto unspec
  26:	from all lookup main proto static
  26:	from all lookup main proto kernel
  27:	from all lookup 1 proto unspec
  28:	not from 10.0.0.0/8 to 11.0.0.0/8 lookup 3000 proto unspec
  29:	from all blackhole proto unspec
  29:	from all throw proto unspec
  29:	from all lookup main masquerade proto unspec
  30:	from all lookup 5 realms 3/4 proto unspec
  30:	from all lookup 5 realms 7 proto unspec
  31:	from all tun_id 77 lookup 5 proto unspec
  32764:	from all tos 0x04 lookup 252 proto unspec
  32765:	from all tos 0x04 lookup 252 proto unspec
  32766:	from all lookup main proto kernel
  32767:	from all lookup default proto kernel
  $ ip -j -p rule
  [ {
          "priority": 0,
          "src": "all",
          "table": "local"
      },{
          "priority": 5,
          "src": "all",
          "oif": "lo",
          "table": "7"
      },{
          "priority": 6,
          "src": "all",
          "iif": "nosuch",
          "iif_detached": null,
          "table": "7"
      },{
          "priority": 7,
          "src": "all",
          "fwmark": "0x5",
          "table": "7"
      },{
          "priority": 8,
          "src": "all",
          "fwmark": "0",
          "fwmask": "0xff",
          "table": "7"
      },{
          "priority": 9,
          "src": "all",
          "fwmark": "0x1",
          "fwmask": "0xff",
          "table": "7"
      },{
          "priority": 10,
          "src": "1.2.3.4",
          "table": "100"
      },{
          "priority": 11,
          "src": "1.2.3.4",
          "srclen": 8,
          "table": "100"
      },{
          "priority": 20,
          "src": "all",
          "goto": 40,
          "unresolved": null
      },{
          "priority": 21,
          "src": "all",
          "nop": null
      },{
          "priority": 22,
          "src": "all",
          "l3mdev": null
      },{
          "priority": 23,
          "src": "all",
          "uid_start": 100,
          "uid_end": 200,
          "table": "main"
      },{
          "priority": 24,
          "src": "all",
          "ipproto": "tcp",
          "sport": 80,
          "dport_start": 1000,
          "dport_end": 2000,
          "table": "main"
      },{
          "priority": 25,
          "src": "all",
          "table": "main",
          "suppress_prefixlen": 0
      },{
          "priority": 25,
          "src": "all",
          "table": "main",
          "suppress_ifgroup": "5"
      },{
          "priority": 25,
          "src": "all",
          "table": "main",
          "suppress_ifgroup": "default"
      },{
          "priority": 26,
          "src": "all",
          "table": "main",
          "protocol": "static"
      },{
          "priority": 26,
          "src": "all",
          "table": "main"
      },{
          "priority": 27,
          "src": "all",
          "table": "1"
      },{
          "priority": 28,
          "not": null,
          "src": "10.0.0.0",
          "srclen": 8,
          "dst": "11.0.0.0",
          "dstlen": 8,
          "table": "3000"
      },{
          "priority": 29,
          "src": "all",
          "action": "blackhole"
      },{
          "priority": 29,
          "src": "all",
          "action": "throw"
      },{
          "priority": 29,
          "src": "all",
          "table": "main",
          "masquerade": null
      },{
          "priority": 30,
          "src": "all",
          "table": "5",
          "flow_from": "3",
          "flow_to": "4"
      },{
          "priority": 30,
          "src": "all",
          "table": "5",
          "flow_to": "7"
      },{
          "priority": 31,
          "src": "all",
          "tun_id": 77,
          "table": "5"
      },{
          "priority": 32764,
          "src": "all",
          "tos": "0x04",
          "table": "252"
      },{
          "priority": 32765,
          "src": "all",
          "tos": "0x04",
          "table": "252"
      },{
          "priority": 32766,
          "src": "all",
          "table": "main"
      },{
          "priority": 32767,
          "src": "all",
          "table": "default"
      } ]
  $ ip -N rule
  0:	from all lookup 255
  5:	from all oif lo lookup 7
  6:	from all iif nosuch [detached] lookup 7
  7:	from all fwmark 0x5 lookup 7
  8:	from all fwmark 0/0xff lookup 7
  9:	from all fwmark 0x1/0xff lookup 7
  10:	from 1.2.3.4 lookup 100
  11:	from 1.2.3.4/8 lookup 100
  20:	from all goto 40 [unresolved]
  21:	from all nop
  22:	from all lookup [l3mdev-table]
  23:	from all uidrange 100-200 lookup 254
  24:	from all ipproto ipproto-6 sport 80 dport 1000-2000 lookup 254
  25:	from all lookup 254 suppress_prefixlength 0
  25:	from all lookup 254 suppress_ifgroup 5
  25:	from all lookup 254 suppress_ifgroup 0
  26:	from all lookup 254 proto 4
  26:	from all lookup 254
  27:	from all lookup 1
  28:	not from 10.0.0.0/8 to 11.0.0.0/8 lookup 3000
  29:	from all 6
  29:	from all 9
  29:	from all lookup 254 masquerade
  30:	from all lookup 5 realms 3/4
  30:	from all lookup 5 realms 7
  31:	from all tun_id 77 lookup 5
  32764:	from all tos 0x04 lookup 252
  32765:	from all tos 0x04 lookup 252
  32766:	from all lookup 254
  32767:	from all lookup 253
  $ ip rule del pref 29
  $ ip rule del pref 29
  $ ip rule del pref 29
  $ ip rule del pref 29
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del realms 7
  $ ip rule show pref 30
  30:	from all lookup 5 realms 3/4
  $ ip rule del goto 40
  $ ip rule del goto 40 pref 20
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule show pref 20
