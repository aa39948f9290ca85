Output forms of ip rule and ip route: color (-c, -c=always, -color=always) in rule, route, route get, addr and link listings, JSON with color, -d/-o/-j combinations for route get, -4/-0/-6 families on rule, -t/-ts/-iec/-h/-s that rule listings ignore, -br (ignored by rule and route), -p, -N names, an unknown -n namespace.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 20.0.0.0/8 via 10.0.0.2 proto static metric 5
  $ ip rule add from 10.0.0.0/24 table 100 pref 10 protocol bgp
  $ ip rule add fwmark 3 iif a0 table main pref 11
  $ ip -c rule
  0:	from all lookup local
  10:	from [35m10.0.0.0[0m/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif [36ma0[0m lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -c=always rule show
  0:	from all lookup local
  10:	from [35m10.0.0.0[0m/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif [36ma0[0m lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -color=always route
  [35m10.0.0.0/24 [0mdev [36ma0 [0mproto kernel scope link src [35m10.0.0.1 [0m
  [35m20.0.0.0/8 [0mvia [35m10.0.0.2 [0mdev [36ma0 [0mproto static metric 5 
  $ ip -c=always -j rule show pref 10
  [{"priority":10,"src":"10.0.0.0","srclen":24,"table":"100","protocol":"bgp"}]
  $ ip -c=always -d rule
  0:	from all lookup local proto kernel
  10:	from [35m10.0.0.0[0m/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif [36ma0[0m lookup main proto unspec
  32766:	from all lookup main proto kernel
  32767:	from all lookup default proto kernel
  $ ip -c=always route get 20.0.0.1
  [35m20.0.0.1 [0mvia [35m10.0.0.2 [0mdev [36ma0 [0msrc [35m10.0.0.1 [0muid 0 
      cache 
  $ ip -c=always route show table local
  local [35m10.0.0.1 [0mdev [36ma0 [0mproto kernel scope host src [35m10.0.0.1 [0m
  broadcast [35m10.0.0.255 [0mdev [36ma0 [0mproto kernel scope link src [35m10.0.0.1 [0m
  local [35m127.0.0.0/8 [0mdev [36mlo [0mproto kernel scope host src [35m127.0.0.1 [0m
  local [35m127.0.0.1 [0mdev [36mlo [0mproto kernel scope host src [35m127.0.0.1 [0m
  broadcast [35m127.255.255.255 [0mdev [36mlo [0mproto kernel scope link src [35m127.0.0.1 [0m
  $ ip -c=always -o -4 addr
  1: lo    inet [35m127.0.0.1[0m/8 scope host lo\       valid_lft forever preferred_lft forever
  3: a0    inet [35m10.0.0.1[0m/24 scope global a0\       valid_lft forever preferred_lft forever
  $ ip -c=always link show a0
  3: [36ma0@b0: [0m<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state [32mUP [0mmode DEFAULT group default qlen 1000
      link/ether [33m02:00:00:00:0a:01[0m brd [33mff:ff:ff:ff:ff:ff[0m
  $ ip -d -j route show table main
  [{"type":"unicast","dst":"10.0.0.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"type":"unicast","dst":"20.0.0.0/8","gateway":"10.0.0.2","dev":"a0","protocol":"static","scope":"global","metric":5,"flags":[]}]
  $ ip -d -o route get 20.0.0.1
  unicast 20.0.0.1 via 10.0.0.2 dev a0 table main src 10.0.0.1 uid 0 \    cache 
  $ ip -4 -o rule
  0:	from all lookup local
  10:	from 10.0.0.0/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif a0 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -0 rule
  RTNETLINK answers: Address family not supported by protocol
  Dump terminated
  [255]
  $ ip -6 -o rule
  0:	from all lookup local
  32766:	from all lookup main
  $ ip -t rule
  0:	from all lookup local
  10:	from 10.0.0.0/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif a0 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -ts route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 5 
  $ ip -iec rule
  0:	from all lookup local
  10:	from 10.0.0.0/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif a0 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -h -s rule
  0:	from all lookup local
  10:	from 10.0.0.0/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif a0 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -s -s rule show pref 10
  10:	from 10.0.0.0/24 lookup 100 proto bgp
  $ ip -br rule
  0:	from all lookup local
  10:	from 10.0.0.0/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif a0 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -br route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto static metric 5 
  $ ip -p rule
  0:	from all lookup local
  10:	from 10.0.0.0/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif a0 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -p -j route get 20.0.0.1
  [ {
          "dst": "20.0.0.1",
          "gateway": "10.0.0.2",
          "dev": "a0",
          "prefsrc": "10.0.0.1",
          "flags": [ ],
          "uid": 0,
          "cache": [ ]
      } ]
  $ ip -j -d route get 20.0.0.1 fibmatch
  [{"type":"unicast","dst":"20.0.0.0/8","gateway":"10.0.0.2","dev":"a0","table":"main","protocol":"static","scope":"global","metric":5,"flags":[]}]
  $ ip -j route show table local
  [{"type":"local","dst":"10.0.0.1","dev":"a0","protocol":"kernel","scope":"host","prefsrc":"10.0.0.1","flags":[]},{"type":"broadcast","dst":"10.0.0.255","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.0/8","dev":"lo","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.1","dev":"lo","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"broadcast","dst":"127.255.255.255","dev":"lo","protocol":"kernel","scope":"link","prefsrc":"127.0.0.1","flags":[]}]
  $ ip -d route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -d -d route show
  unicast 10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  unicast 20.0.0.0/8 via 10.0.0.2 dev a0 proto static scope global metric 5 
  $ ip -o -d rule
  0:	from all lookup local proto kernel
  10:	from 10.0.0.0/24 lookup 100 proto bgp
  11:	from all fwmark 0x3 iif a0 lookup main proto unspec
  32766:	from all lookup main proto kernel
  32767:	from all lookup default proto kernel
  $ ip -n x rule
  Cannot open network namespace "x": No such file or directory
  [255]
  $ ip -N route
  10.0.0.0/24 dev a0 proto 2 scope 253 src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 proto 4 metric 5 
  $ ip -N -d route get 20.0.0.1
  1 20.0.0.1 via 10.0.0.2 dev a0 table 254 src 10.0.0.1 uid 0 
      cache 
  $ ip -N rule show pref 10
  10:	from 10.0.0.0/24 lookup 100 proto 186
  $ ip -N -j rule show pref 10
  [{"priority":10,"src":"10.0.0.0","srclen":24,"table":"100","protocol":"186"}]
