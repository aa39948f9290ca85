ip rule show/list/del: every listing selector (and bad values) over a populated rule list, plain, -j and -d.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip rule add pref 100 from 10.1.0.0/16 table 10
  $ ip rule add pref 101 to 10.2.0.0/16 tos 0x10 table 11
  $ ip rule add pref 102 fwmark 0x5/0xff iif lo table 12
  $ ip rule add pref 103 oif v0 uidrange 100-200 prohibit
  $ ip rule add pref 104 not from 10.3.0.0/16 ipproto tcp dport 80-90 sport 1000 goto 106
  $ ip rule add pref 105 realms 3/4 protocol static suppress_prefixlength 8 table main
  $ ip rule add pref 106 l3mdev protocol 99 2>&1; echo $?
  0
  $ ip rule add pref 107 blackhole fwmark 7
  $ ip rule add pref 108 dsfield 0x20 nop
  Error: Invalid tos.
  [2]
  $ for o in "" "pref 100" "priority 101" "order 102" "pref 999" "pref x" "from 10.1.0.0/16" "from 10.1.0.0/24" "from 10.1.0.0" "from all" "to 10.2.0.0/16" "to bad" "tos 0x10" "tos 0x20" "dsfield 0x20" "fwmark 5" "fwmark 5/0xff" "fwmark 0x5/0xffff" "iif lo" "iif nosuch" "oif v0" "oif nosuch" "uidrange 100-200" "uidrange 100-201" "ipproto tcp" "ipproto 6" "dport 80-90" "dport 80" "sport 1000" "sport 1000-1000" "realms 3/4" "realms 4" "protocol static" "proto 99" "proto kernel" "proto x" "table 10" "table main" "table local" "lookup 12" "table nosuch" "goto 106" "suppress_prefixlength 8" "l3mdev" "not" "blackhole" "prohibit" "type nop" "all" "main" "nonsense"; do echo "== $o"; ip rule show $o 2>&1; echo $?; done
  == 
  0:	from all lookup local
  100:	from 10.1.0.0/16 lookup 10
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  103:	from all oif v0 uidrange 100-200 prohibit
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  105:	from all lookup main suppress_prefixlength 8 realms 3/4 proto static
  106:	from all lookup [l3mdev-table] proto openr
  107:	from all fwmark 0x7 blackhole
  32766:	from all lookup main
  32767:	from all lookup default
  0
  == pref 100
  100:	from 10.1.0.0/16 lookup 10
  0
  == priority 101
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  0
  == order 102
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  0
  == pref 999
  0
  == pref x
  Error: argument "x" is wrong: preference value is invalid
  
  255
  == from 10.1.0.0/16
  100:	from 10.1.0.0/16 lookup 10
  0
  == from 10.1.0.0/24
  0
  == from 10.1.0.0
  0
  == from all
  0:	from all lookup local
  100:	from 10.1.0.0/16 lookup 10
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  103:	from all oif v0 uidrange 100-200 prohibit
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  105:	from all lookup main suppress_prefixlength 8 realms 3/4 proto static
  106:	from all lookup [l3mdev-table] proto openr
  107:	from all fwmark 0x7 blackhole
  32766:	from all lookup main
  32767:	from all lookup default
  0
  == to 10.2.0.0/16
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  0
  == to bad
  Error: inet prefix is expected rather than "bad".
  1
  == tos 0x10
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  0
  == tos 0x20
  0
  == dsfield 0x20
  0
  == fwmark 5
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  0
  == fwmark 5/0xff
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  0
  == fwmark 0x5/0xffff
  0
  == iif lo
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  0
  == iif nosuch
  0
  == oif v0
  103:	from all oif v0 uidrange 100-200 prohibit
  0
  == oif nosuch
  0
  == uidrange 100-200
  103:	from all oif v0 uidrange 100-200 prohibit
  0
  == uidrange 100-201
  0
  == ipproto tcp
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  0
  == ipproto 6
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  0
  == dport 80-90
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  0
  == dport 80
  0
  == sport 1000
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  0
  == sport 1000-1000
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  0
  == realms 3/4
  Error: inet prefix is expected rather than "realms".
  1
  == realms 4
  Error: inet prefix is expected rather than "realms".
  1
  == protocol static
  0:	from all lookup local
  100:	from 10.1.0.0/16 lookup 10
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  103:	from all oif v0 uidrange 100-200 prohibit
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  105:	from all lookup main suppress_prefixlength 8 realms 3/4 proto static
  106:	from all lookup [l3mdev-table] proto openr
  107:	from all fwmark 0x7 blackhole
  32766:	from all lookup main
  32767:	from all lookup default
  0
  == proto 99
  0:	from all lookup local
  100:	from 10.1.0.0/16 lookup 10
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  103:	from all oif v0 uidrange 100-200 prohibit
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  105:	from all lookup main suppress_prefixlength 8 realms 3/4 proto static
  106:	from all lookup [l3mdev-table] proto openr
  107:	from all fwmark 0x7 blackhole
  32766:	from all lookup main
  32767:	from all lookup default
  0
  == proto kernel
  0:	from all lookup local
  100:	from 10.1.0.0/16 lookup 10
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  103:	from all oif v0 uidrange 100-200 prohibit
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  105:	from all lookup main suppress_prefixlength 8 realms 3/4 proto static
  106:	from all lookup [l3mdev-table] proto openr
  107:	from all fwmark 0x7 blackhole
  32766:	from all lookup main
  32767:	from all lookup default
  0
  == proto x
  Error: argument "x" is wrong: invalid "protocol"
  
  255
  == table 10
  100:	from 10.1.0.0/16 lookup 10
  0
  == table main
  105:	from all lookup main suppress_prefixlength 8 realms 3/4 proto static
  32766:	from all lookup main
  0
  == table local
  0:	from all lookup local
  0
  == lookup 12
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  0
  == table nosuch
  Error: argument "nosuch" is wrong: table id value is invalid
  
  255
  == goto 106
  Error: inet prefix is expected rather than "goto".
  1
  == suppress_prefixlength 8
  Error: inet prefix is expected rather than "suppress_prefixlength".
  1
  == l3mdev
  106:	from all lookup [l3mdev-table] proto openr
  0
  == not
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  0
  == blackhole
  Error: inet prefix is expected rather than "blackhole".
  1
  == prohibit
  Error: inet prefix is expected rather than "prohibit".
  1
  == type nop
  Error: inet prefix is expected rather than "type".
  1
  == all
  0:	from all lookup local
  100:	from 10.1.0.0/16 lookup 10
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  103:	from all oif v0 uidrange 100-200 prohibit
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106
  105:	from all lookup main suppress_prefixlength 8 realms 3/4 proto static
  106:	from all lookup [l3mdev-table] proto openr
  107:	from all fwmark 0x7 blackhole
  32766:	from all lookup main
  32767:	from all lookup default
  0
  == main
  Error: inet prefix is expected rather than "main".
  1
  == nonsense
  Error: inet prefix is expected rather than "nonsense".
  1
  $ ip -j rule show
  [{"priority":0,"src":"all","table":"local"},{"priority":100,"src":"10.1.0.0","srclen":16,"table":"10"},{"priority":101,"src":"all","dst":"10.2.0.0","dstlen":16,"tos":"0x10","table":"11"},{"priority":102,"src":"all","fwmark":"0x5","fwmask":"0xff","iif":"lo","table":"12"},{"priority":103,"src":"all","oif":"v0","uid_start":100,"uid_end":200,"action":"prohibit"},{"priority":104,"not":null,"src":"10.3.0.0","srclen":16,"ipproto":"tcp","sport":1000,"dport_start":80,"dport_end":90,"goto":106},{"priority":105,"src":"all","table":"main","suppress_prefixlen":8,"flow_from":"3","flow_to":"4","protocol":"static"},{"priority":106,"src":"all","l3mdev":null,"protocol":"openr"},{"priority":107,"src":"all","fwmark":"0x7","action":"blackhole"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip -d rule show pref 104
  104:	not from 10.3.0.0/16 ipproto tcp sport 1000 dport 80-90 goto 106 proto unspec
  $ ip -o rule show table 10
  100:	from 10.1.0.0/16 lookup 10
  $ ip -4 -j -p rule show pref 102
  [ {
          "priority": 102,
          "src": "all",
          "fwmark": "0x5",
          "fwmask": "0xff",
          "iif": "lo",
          "table": "12"
      } ]
  $ for o in "pref 105 table 11" "pref 105 realms 3/5" "pref 104 sport 1001" "pref 104 dport 80-91" "pref 104 ipproto udp" "pref 103 uidrange 100-201" "pref 102 fwmark 5" "pref 101 tos 0x18" "pref 100 from 10.1.0.0/24" "protocol static" "table 10" "pref 104 goto 107" "fwmark 7" "nop"; do echo "== $o"; ip rule del $o 2>&1; echo $?; done
  == pref 105 table 11
  RTNETLINK answers: No such file or directory
  2
  == pref 105 realms 3/5
  RTNETLINK answers: No such file or directory
  2
  == pref 104 sport 1001
  RTNETLINK answers: No such file or directory
  2
  == pref 104 dport 80-91
  RTNETLINK answers: No such file or directory
  2
  == pref 104 ipproto udp
  RTNETLINK answers: No such file or directory
  2
  == pref 103 uidrange 100-201
  RTNETLINK answers: No such file or directory
  2
  == pref 102 fwmark 5
  RTNETLINK answers: No such file or directory
  2
  == pref 101 tos 0x18
  RTNETLINK answers: No such file or directory
  2
  == pref 100 from 10.1.0.0/24
  RTNETLINK answers: No such file or directory
  2
  == protocol static
  0
  == table 10
  0
  == pref 104 goto 107
  0
  == fwmark 7
  0
  == nop
  RTNETLINK answers: No such file or directory
  2
  $ ip rule show
  0:	from all lookup local
  101:	from all to 10.2.0.0/16 tos 0x10 lookup 11
  102:	from all fwmark 0x5/0xff iif lo lookup 12
  103:	from all oif v0 uidrange 100-200 prohibit
  106:	from all lookup [l3mdev-table] proto openr
  32766:	from all lookup main
  32767:	from all lookup default
