ip rule selectors and attributes: fwmark/mask, iif/oif, uidrange, sport/dport ranges, ipproto, suppress_prefixlength/ifgroup, goto, l3mdev, realms, nat, -j output.
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set lo up; ip link set d0 up; ip link set e0 up
  $ ip rule add fwmark 0x10/0xf0 table 100 pref 100
  $ ip rule add fwmark 5 table 101 pref 101
  $ ip rule add iif lo oif d0 table 102 pref 102
  $ ip rule add uidrange 1000-2000 table 103 pref 103
  $ ip rule add sport 1000-2000 dport 80 ipproto tcp table 104 pref 104
  $ ip rule add table main suppress_prefixlength 0 pref 105
  $ ip rule add table main suppress_ifgroup 5 pref 106
  $ ip rule add pref 107 goto 110
  $ ip rule add pref 108 l3mdev
  $ ip rule add pref 109 realms 3/4 table 109
  $ ip rule add pref 110 from 10.0.0.0/8 nat 192.168.0.0 
  Warning: route NAT is deprecated
  $ ip rule add pref 111 to 10.0.0.0/8 tos 0x10 lookup 111 protocol static
  $ ip rule add pref 112 iif nosuchdev table 112
  $ ip rule add pref 113 dport 53 ipproto udp table 113
  $ ip rule add pref 114 not fwmark 0x1 table 114
  $ ip rule add pref 115 ipproto icmp table 115
  $ ip rule
  0:	from all lookup local
  100:	from all fwmark 0x10/0xf0 lookup 100
  101:	from all fwmark 0x5 lookup 101
  102:	from all iif lo oif d0 lookup 102
  103:	from all uidrange 1000-2000 lookup 103
  104:	from all ipproto tcp sport 1000-2000 dport 80 lookup 104
  105:	from all lookup main suppress_prefixlength 0
  106:	from all lookup main suppress_ifgroup 5
  107:	from all goto 110
  108:	from all lookup [l3mdev-table]
  109:	from all lookup 109 realms 3/4
  110:	from 10.0.0.0/8 lookup main masquerade
  111:	from all to 10.0.0.0/8 tos 0x10 lookup 111 proto static
  112:	from all iif nosuchdev [detached] lookup 112
  113:	from all ipproto udp dport 53 lookup 113
  114:	not from all fwmark 0x1 lookup 114
  115:	from all ipproto icmp lookup 115
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -j rule
  [{"priority":0,"src":"all","table":"local"},{"priority":100,"src":"all","fwmark":"0x10","fwmask":"0xf0","table":"100"},{"priority":101,"src":"all","fwmark":"0x5","table":"101"},{"priority":102,"src":"all","iif":"lo","oif":"d0","table":"102"},{"priority":103,"src":"all","uid_start":1000,"uid_end":2000,"table":"103"},{"priority":104,"src":"all","ipproto":"tcp","sport_start":1000,"sport_end":2000,"dport":80,"table":"104"},{"priority":105,"src":"all","table":"main","suppress_prefixlen":0},{"priority":106,"src":"all","table":"main","suppress_ifgroup":"5"},{"priority":107,"src":"all","goto":110},{"priority":108,"src":"all","l3mdev":null},{"priority":109,"src":"all","table":"109","flow_from":"3","flow_to":"4"},{"priority":110,"src":"10.0.0.0","srclen":8,"table":"main","masquerade":null},{"priority":111,"src":"all","dst":"10.0.0.0","dstlen":8,"tos":"0x10","table":"111","protocol":"static"},{"priority":112,"src":"all","iif":"nosuchdev","iif_detached":null,"table":"112"},{"priority":113,"src":"all","ipproto":"udp","dport":53,"table":"113"},{"priority":114,"not":null,"src":"all","fwmark":"0x1","table":"114"},{"priority":115,"src":"all","ipproto":"icmp","table":"115"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip -p -j rule show pref 104
  [ {
          "priority": 104,
          "src": "all",
          "ipproto": "tcp",
          "sport_start": 1000,
          "sport_end": 2000,
          "dport": 80,
          "table": "104"
      } ]
  $ ip -d rule show pref 111
  111:	from all to 10.0.0.0/8 tos 0x10 lookup 111 proto static
  $ ip rule show fwmark 0x10/0xf0
  100:	from all fwmark 0x10/0xf0 lookup 100
  $ ip rule show iif lo
  102:	from all iif lo oif d0 lookup 102
  $ ip rule show oif d0
  102:	from all iif lo oif d0 lookup 102
  $ ip rule show uidrange 1000-2000
  103:	from all uidrange 1000-2000 lookup 103
  $ ip rule show table 101
  101:	from all fwmark 0x5 lookup 101
  $ ip rule show lookup main
  105:	from all lookup main suppress_prefixlength 0
  106:	from all lookup main suppress_ifgroup 5
  110:	from 10.0.0.0/8 lookup main masquerade
  32766:	from all lookup main
  $ ip rule show sport 1000-2000
  104:	from all ipproto tcp sport 1000-2000 dport 80 lookup 104
  $ ip rule show dport 53
  113:	from all ipproto udp dport 53 lookup 113
  $ ip rule show ipproto udp
  113:	from all ipproto udp dport 53 lookup 113
  $ ip rule show protocol static
  0:	from all lookup local
  100:	from all fwmark 0x10/0xf0 lookup 100
  101:	from all fwmark 0x5 lookup 101
  102:	from all iif lo oif d0 lookup 102
  103:	from all uidrange 1000-2000 lookup 103
  104:	from all ipproto tcp sport 1000-2000 dport 80 lookup 104
  105:	from all lookup main suppress_prefixlength 0
  106:	from all lookup main suppress_ifgroup 5
  107:	from all goto 110
  108:	from all lookup [l3mdev-table]
  109:	from all lookup 109 realms 3/4
  110:	from 10.0.0.0/8 lookup main masquerade
  111:	from all to 10.0.0.0/8 tos 0x10 lookup 111 proto static
  112:	from all iif nosuchdev [detached] lookup 112
  113:	from all ipproto udp dport 53 lookup 113
  114:	not from all fwmark 0x1 lookup 114
  115:	from all ipproto icmp lookup 115
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show goto 110
  Error: inet prefix is expected rather than "goto".
  [1]
  $ ip rule show l3mdev
  108:	from all lookup [l3mdev-table]
  $ ip rule show not
  114:	not from all fwmark 0x1 lookup 114
  $ ip rule add pref 200 sport 2000-1000 table 200
  Error: Invalid sport range.
  [2]
  $ ip rule add pref 200 uidrange 2000 table 200
  Error: argument "2000" is wrong: invalid UID range
  [255]
  $ ip rule add pref 200 fwmark 0x10/zz table 200
  Error: argument "zz" is wrong: fwmask value is invalid
  [255]
  $ ip rule add pref 200 goto 10
  Error: Backward goto not supported.
  [2]
  $ ip rule add pref 200 l3mdev table 5
  table can not be specified for l3mdev rules
  [22]
  $ ip rule add pref 200 ipproto foo table 200
  Error: argument "foo" is wrong: Invalid "ipproto" value
  [255]
  $ ip rule add pref 200 suppress_prefixlength 40 table 200
  $ ip rule add pref 100 fwmark 0x10/0xf0 table 100
  RTNETLINK answers: File exists
  [2]
  $ ip rule add pref 200 foo
  Error: argument "foo" is wrong: Failed to parse rule type
  [255]
  $ ip rule del pref 999
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del pref 100
  $ ip rule del fwmark 5
  $ ip rule del uidrange 1000-2000
  $ ip rule del table 102
  $ ip rule
  0:	from all lookup local
  104:	from all ipproto tcp sport 1000-2000 dport 80 lookup 104
  105:	from all lookup main suppress_prefixlength 0
  106:	from all lookup main suppress_ifgroup 5
  107:	from all goto 110
  108:	from all lookup [l3mdev-table]
  109:	from all lookup 109 realms 3/4
  110:	from 10.0.0.0/8 lookup main masquerade
  111:	from all to 10.0.0.0/8 tos 0x10 lookup 111 proto static
  112:	from all iif nosuchdev [detached] lookup 112
  113:	from all ipproto udp dport 53 lookup 113
  114:	not from all fwmark 0x1 lookup 114
  115:	from all ipproto icmp lookup 115
  200:	from all lookup 200 suppress_prefixlength 40
  32766:	from all lookup main
  32767:	from all lookup default
