ip rule: more selectors, actions, errors and output formats.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip route add default via 192.168.1.254 table 100
  $ ip rule add fwmark 0x10/0xf0 table 100
  $ ip rule add fwmark 0x20/0xffffffff table 100
  $ ip rule add from 10.0.0.0/8 to 20.0.0.0/8 tos 0x10 table 100 pref 200
  $ ip rule add pref 200 from 10.0.0.0/8 table 100
  RTNETLINK answers: File exists
  [2]
  $ ip rule add pref 201 nop
  $ ip rule add pref 202 goto 201
  Error: Backward goto not supported.
  [2]
  $ ip rule add pref 203 goto 300
  $ ip rule add pref 204 table 100 suppress_prefixlength 0
  $ ip rule add pref 205 table 100 suppress_ifgroup 5
  $ ip rule add pref 206 uidrange 100-200 table 100
  $ ip rule add pref 207 ipproto tcp dport 80-90 table 100
  $ ip rule add pref 208 ipproto udp sport 53 table 100
  $ ip rule add pref 209 iif lo table 100
  $ ip rule add pref 210 oif nosuch table 100
  $ ip rule add pref 211 realms 5 table 100
  $ ip rule add pref 212 protocol static table 100
  $ ip rule add pref 213 l3mdev
  $ ip rule add pref 214 type blackhole
  $ ip rule add pref 215 from all lookup main
  $ ip rule add pref 215 from all lookup main
  RTNETLINK answers: File exists
  [2]
  $ ip rule add pref 216 table 0
  $ ip rule add pref 217 table bogus
  Error: argument "bogus" is wrong: invalid table ID
  [255]
  $ ip rule add pref abc table 100
  Error: argument "abc" is wrong: preference value is invalid
  [255]
  $ ip rule add pref 218 tos 0x100 table 100
  Error: argument "0x100" is wrong: TOS value is invalid
  [255]
  $ ip rule add pref 219 fwmark xyz table 100
  Error: argument "xyz" is wrong: fwmark value is invalid
  [255]
  $ ip rule add pref 220 uidrange 5 table 100
  Error: argument "5" is wrong: invalid UID range
  [255]
  $ ip rule add pref 221 dport 99999 table 100
  $ ip rule add pref 222 bogus table 100
  Error: argument "bogus" is wrong: Failed to parse rule type
  [255]
  $ ip rule show
  0:	from all lookup local
  200:	from 10.0.0.0/8 to 20.0.0.0/8 tos 0x10 lookup 100
  201:	from all nop
  203:	from all goto 300 [unresolved]
  204:	from all lookup 100 suppress_prefixlength 0
  205:	from all lookup 100 suppress_ifgroup 5
  206:	from all uidrange 100-200 lookup 100
  207:	from all ipproto tcp dport 80-90 lookup 100
  208:	from all ipproto udp sport 53 lookup 100
  209:	from all iif lo lookup 100
  210:	from all oif nosuch [detached] lookup 100
  211:	from all lookup 100 realms 5
  212:	from all lookup 100 proto static
  213:	from all lookup [l3mdev-table]
  214:	from all blackhole
  215:	from all lookup main
  216:	from all lookup 1
  221:	from all dport 34463 lookup 100
  32764:	from all fwmark 0x20 lookup 100
  32765:	from all fwmark 0x10/0xf0 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show pref 200
  200:	from 10.0.0.0/8 to 20.0.0.0/8 tos 0x10 lookup 100
  $ ip rule show table 100 | head -3
  200:	from 10.0.0.0/8 to 20.0.0.0/8 tos 0x10 lookup 100
  204:	from all lookup 100 suppress_prefixlength 0
  205:	from all lookup 100 suppress_ifgroup 5
  $ ip rule list fwmark 0x10/0xf0
  32765:	from all fwmark 0x10/0xf0 lookup 100
  $ ip -d rule show pref 212
  212:	from all lookup 100 proto static
  $ ip -j rule show pref 206
  [{"priority":206,"src":"all","uid_start":100,"uid_end":200,"table":"100"}]
  $ ip -j -p rule show pref 207
  [ {
          "priority": 207,
          "src": "all",
          "ipproto": "tcp",
          "dport_start": 80,
          "dport_end": 90,
          "table": "100"
      } ]
  $ ip route get 8.8.8.8 mark 0x15
  8.8.8.8 via 192.168.1.254 dev a0 table 100 src 192.168.1.1 mark 0x15 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x25
  8.8.8.8 via 192.168.1.254 dev a0 table 100 src 192.168.1.1 mark 0x25 uid 0 
      cache 
  $ ip rule del pref 999
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del table 100 pref 204
  $ ip rule del from 10.0.0.0/8
  $ ip rule del pref 200
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule show pref 200
  $ ip rule flush table 100
  $ ip rule show
  0:	from all lookup local
  201:	from all nop
  203:	from all goto 300 [unresolved]
  213:	from all lookup [l3mdev-table]
  214:	from all blackhole
  215:	from all lookup main
  216:	from all lookup 1
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del pref 0
  $ ip rule show
  201:	from all nop
  203:	from all goto 300 [unresolved]
  213:	from all lookup [l3mdev-table]
  214:	from all blackhole
  215:	from all lookup main
  216:	from all lookup 1
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 0 lookup local
  $ ip rule show
  0:	from all lookup local
  201:	from all nop
  203:	from all goto 300 [unresolved]
  213:	from all lookup [l3mdev-table]
  214:	from all blackhole
  215:	from all lookup main
  216:	from all lookup 1
  32766:	from all lookup main
  32767:	from all lookup default
