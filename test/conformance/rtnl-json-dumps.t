ip -j route / ip -j rule / ip -j neigh: the route, rule and neighbour dumps as JSON, with kernel filters (table, dev, proto).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.9.0.0/16 via 10.0.0.2 metric 5 mtu lock 1400 proto static
  $ ip route add 10.8.0.0/16 table 100 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.0.3
  $ ip route add blackhole 10.7.0.0/16 table 1000
  $ ip -j route
  [{"dst":"10.0.0.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"dst":"10.9.0.0/16","gateway":"10.0.0.2","dev":"a0","protocol":"static","metric":5,"flags":[],"metrics":[{"mtu":1400}]}]
  $ ip -j route show table local
  [{"type":"local","dst":"10.0.0.1","dev":"a0","protocol":"kernel","scope":"host","prefsrc":"10.0.0.1","flags":[]},{"type":"broadcast","dst":"10.0.0.255","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.0/8","dev":"lo","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.1","dev":"lo","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"broadcast","dst":"127.255.255.255","dev":"lo","protocol":"kernel","scope":"link","prefsrc":"127.0.0.1","flags":[]}]
  $ ip -4 -j route show table all
  [{"dst":"10.8.0.0/16","table":"100","flags":[],"nexthops":[{"gateway":"10.0.0.2","dev":"a0","weight":2,"flags":[]},{"gateway":"10.0.0.3","dev":"a0","weight":1,"flags":[]}]},{"type":"blackhole","dst":"10.7.0.0/16","table":"1000","flags":[]},{"dst":"10.0.0.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"dst":"10.9.0.0/16","gateway":"10.0.0.2","dev":"a0","protocol":"static","metric":5,"flags":[],"metrics":[{"mtu":1400}]},{"type":"local","dst":"10.0.0.1","dev":"a0","table":"local","protocol":"kernel","scope":"host","prefsrc":"10.0.0.1","flags":[]},{"type":"broadcast","dst":"10.0.0.255","dev":"a0","table":"local","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.0/8","dev":"lo","table":"local","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.1","dev":"lo","table":"local","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"broadcast","dst":"127.255.255.255","dev":"lo","table":"local","protocol":"kernel","scope":"link","prefsrc":"127.0.0.1","flags":[]}]
  $ ip -j route show table 100
  [{"dst":"10.8.0.0/16","flags":[],"nexthops":[{"gateway":"10.0.0.2","dev":"a0","weight":2,"flags":[]},{"gateway":"10.0.0.3","dev":"a0","weight":1,"flags":[]}]}]
  $ ip -j route show table 1000
  [{"type":"blackhole","dst":"10.7.0.0/16","flags":[]}]
  $ ip -j -d route show dev a0
  [{"type":"unicast","dst":"10.0.0.0/24","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"type":"unicast","dst":"10.9.0.0/16","gateway":"10.0.0.2","protocol":"static","scope":"global","metric":5,"flags":[],"metrics":[{"mtu":1400}]}]
  $ ip -j route show proto static
  [{"dst":"10.9.0.0/16","gateway":"10.0.0.2","dev":"a0","metric":5,"flags":[],"metrics":[{"mtu":1400}]}]
  $ ip -j route show table 99
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [ (no-eol)
  [2]
  $ ip rule add from 10.1.0.0/16 table 100 pref 50
  $ ip rule add fwmark 0x10/0xff iif a0 lookup 1000 pref 60
  $ ip rule add not to 10.2.0.0/16 goto 32766 pref 70
  $ ip -j rule
  [{"priority":0,"src":"all","table":"local"},{"priority":50,"src":"10.1.0.0","srclen":16,"table":"100"},{"priority":60,"src":"all","fwmark":"0x10","fwmask":"0xff","iif":"a0","table":"1000"},{"priority":70,"not":null,"src":"all","dst":"10.2.0.0","dstlen":16,"goto":32766},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip -j -p rule show pref 60
  [ {
          "priority": 60,
          "src": "all",
          "fwmark": "0x10",
          "fwmask": "0xff",
          "iif": "a0",
          "table": "1000"
      } ]
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  $ ip neigh add 10.0.0.3 dev a0 nud noarp lladdr 02:00:00:00:00:03
  $ ip neigh add proxy 10.0.0.77 dev a0
  $ ip -4 -j neigh show nud all to 10.0.0.2
  [{"dst":"10.0.0.2","dev":"a0","lladdr":"02:00:00:00:00:02","state":["PERMANENT"]}]
  $ ip -4 -j neigh show nud noarp
  [{"dst":"10.0.0.3","dev":"a0","lladdr":"02:00:00:00:00:03","state":["NOARP"]}]
  $ ip -j neigh show proxy
  [{"dst":"10.0.0.77","dev":"a0","proxy":null}]
  $ ip -j neigh show dev a0 nud permanent
  [{"dst":"10.0.0.2","lladdr":"02:00:00:00:00:02","state":["PERMANENT"]}]
