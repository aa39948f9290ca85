ip rule output forms: -d, -o, -j, -N numeric tables, list/lst aliases, filters on show (table, from, to, iif, priority, fwmark, protocol).
  $ ip link add a0 type veth peer name b0
  $ ip link set lo up
  $ ip rule add from 10.0.0.0/8 to 20.0.0.0/8 table 100 prio 100
  $ ip rule add fwmark 0x10/0xff iif a0 oif b0 table main prio 200 protocol static
  $ ip rule add tos 0x08 ipproto tcp dport 80-90 sport 1000 lookup 300 prio 300
  $ ip rule add uidrange 100-200 l3mdev prio 400
  $ ip rule add not from 1.2.3.4 goto 32766 prio 500
  $ ip rule add from 5.5.5.5 table 600 suppress_prefixlength 0 suppress_ifgroup 5 prio 600
  $ ip rule add from 6.6.6.6 realms 3/4 table 700 prio 700
  $ ip rule add nop prio 800
  $ ip rule show
  0:	from all lookup local
  100:	from 10.0.0.0/8 to 20.0.0.0/8 lookup 100
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  300:	from all tos 0x08 ipproto tcp sport 1000 dport 80-90 lookup 300
  400:	from all lookup [l3mdev-table] uidrange 100-200
  500:	not from 1.2.3.4 goto 32766
  600:	from 5.5.5.5 lookup 600 suppress_prefixlength 0 suppress_ifgroup 5
  700:	from 6.6.6.6 lookup 700 realms 3/4
  800:	from all nop
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -d rule show
  0:	from all lookup local proto kernel
  100:	from 10.0.0.0/8 to 20.0.0.0/8 lookup 100 proto unspec
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  300:	from all tos 0x08 ipproto tcp sport 1000 dport 80-90 lookup 300 proto unspec
  400:	from all lookup [l3mdev-table] uidrange 100-200 proto unspec
  500:	not from 1.2.3.4 goto 32766 proto unspec
  600:	from 5.5.5.5 lookup 600 suppress_prefixlength 0 suppress_ifgroup 5 proto unspec
  700:	from 6.6.6.6 lookup 700 realms 3/4 proto unspec
  800:	from all nop proto unspec
  32766:	from all lookup main proto kernel
  32767:	from all lookup default proto kernel
  $ ip -o rule show
  0:	from all lookup local
  100:	from 10.0.0.0/8 to 20.0.0.0/8 lookup 100
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  300:	from all tos 0x08 ipproto tcp sport 1000 dport 80-90 lookup 300
  400:	from all lookup [l3mdev-table] uidrange 100-200
  500:	not from 1.2.3.4 goto 32766
  600:	from 5.5.5.5 lookup 600 suppress_prefixlength 0 suppress_ifgroup 5
  700:	from 6.6.6.6 lookup 700 realms 3/4
  800:	from all nop
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -N rule show
  0:	from all lookup 255
  100:	from 10.0.0.0/8 to 20.0.0.0/8 lookup 100
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup 254 proto 4
  300:	from all tos 0x08 ipproto ipproto-6 sport 1000 dport 80-90 lookup 300
  400:	from all lookup [l3mdev-table] uidrange 100-200
  500:	not from 1.2.3.4 goto 32766
  600:	from 5.5.5.5 lookup 600 suppress_prefixlength 0 suppress_ifgroup 5
  700:	from 6.6.6.6 lookup 700 realms 3/4
  800:	from all nop
  32766:	from all lookup 254
  32767:	from all lookup 253
  $ ip -j rule show
  [{"priority":0,"src":"all","table":"local"},{"priority":100,"src":"10.0.0.0","srclen":8,"dst":"20.0.0.0","dstlen":8,"table":"100"},{"priority":200,"src":"all","fwmark":"0x10","fwmask":"0xff","iif":"a0","oif":"b0","table":"main","protocol":"static"},{"priority":300,"src":"all","tos":"0x08","ipproto":"tcp","sport":1000,"dport_start":80,"dport_end":90,"table":"300"},{"priority":400,"src":"all","l3mdev":null,"uid_start":100,"uid_end":200},{"priority":500,"not":null,"src":"1.2.3.4","goto":32766},{"priority":600,"src":"5.5.5.5","table":"600","suppress_prefixlen":0,"suppress_ifgroup":"5"},{"priority":700,"src":"6.6.6.6","table":"700","flow_from":"3","flow_to":"4"},{"priority":800,"src":"all","nop":null},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip rule list table 100
  100:	from 10.0.0.0/8 to 20.0.0.0/8 lookup 100
  $ ip rule lst table main
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  32766:	from all lookup main
  $ ip rule show table local
  0:	from all lookup local
  $ ip rule show from 10.0.0.0/8
  100:	from 10.0.0.0/8 to 20.0.0.0/8 lookup 100
  $ ip rule show from 10.0.0.0
  $ ip rule show to 20.0.0.0/8
  100:	from 10.0.0.0/8 to 20.0.0.0/8 lookup 100
  $ ip rule show iif a0
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  $ ip rule show oif b0
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  $ ip rule show priority 300
  300:	from all tos 0x08 ipproto tcp sport 1000 dport 80-90 lookup 300
  $ ip rule show fwmark 0x10/0xff
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  $ ip rule show fwmark 0x10
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  $ ip rule show protocol static
  0:	from all lookup local
  100:	from 10.0.0.0/8 to 20.0.0.0/8 lookup 100
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  300:	from all tos 0x08 ipproto tcp sport 1000 dport 80-90 lookup 300
  400:	from all lookup [l3mdev-table] uidrange 100-200
  500:	not from 1.2.3.4 goto 32766
  600:	from 5.5.5.5 lookup 600 suppress_prefixlength 0 suppress_ifgroup 5
  700:	from 6.6.6.6 lookup 700 realms 3/4
  800:	from all nop
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show protocol kernel
  0:	from all lookup local
  100:	from 10.0.0.0/8 to 20.0.0.0/8 lookup 100
  200:	from all fwmark 0x10/0xff iif a0 oif b0 lookup main proto static
  300:	from all tos 0x08 ipproto tcp sport 1000 dport 80-90 lookup 300
  400:	from all lookup [l3mdev-table] uidrange 100-200
  500:	not from 1.2.3.4 goto 32766
  600:	from 5.5.5.5 lookup 600 suppress_prefixlength 0 suppress_ifgroup 5
  700:	from 6.6.6.6 lookup 700 realms 3/4
  800:	from all nop
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show tos 0x08
  300:	from all tos 0x08 ipproto tcp sport 1000 dport 80-90 lookup 300
  $ ip rule show uidrange 100-200
  400:	from all lookup [l3mdev-table] uidrange 100-200
  $ ip rule show ipproto tcp
  300:	from all tos 0x08 ipproto tcp sport 1000 dport 80-90 lookup 300
  $ ip rule show dport 80-90
  300:	from all tos 0x08 ipproto tcp sport 1000 dport 80-90 lookup 300
  $ ip rule show l3mdev
  400:	from all lookup [l3mdev-table] uidrange 100-200
  $ ip rule show not
  500:	not from 1.2.3.4 goto 32766
  $ ip rule show goto 32766
  Error: inet prefix is expected rather than "goto".
  [1]
  $ ip rule show realms 3/4
  Error: inet prefix is expected rather than "realms".
  [1]
  $ ip rule show bogus
  Error: inet prefix is expected rather than "bogus".
  [1]
