JSON output of every route form: types, flags (onlink, linkdown, dead), multipath with weights and realms, nexthop ids, metrics with locks, -d details, ip route get with -j -d and cache fields.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 type veth peer name b1
  $ ip link set lo up
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip link set a1 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 via 10.9.9.9 dev a0 onlink proto static metric 5 realm 3
  $ ip route add 21.0.0.0/8 dev a1 src 10.0.1.1 scope link mtu lock 1300 rtt 20ms
  $ ip route add 22.0.0.0/8 nexthop via 10.0.0.2 weight 3 realm 4 nexthop via 10.0.1.2 onlink
  Error: Nexthop device required for onlink.
  [2]
  $ ip nexthop add id 5 via 10.0.0.2 dev a0
  $ ip route add 23.0.0.0/8 nhid 5 tos 0x10
  $ ip route add unreachable 24.0.0.0/8 metric 9
  $ ip route add local 25.0.0.0/8 dev lo table 50
  $ ip route add broadcast 26.0.0.255 dev a0 table 50
  $ ip route add anycast 27.0.0.0/8 dev a0 table 50
  $ ip route add multicast 239.1.0.0/16 dev a0 table 50
  $ ip route add nat 28.0.0.0/8 via 10.0.0.9 table 50
  Error: Invalid scope.
  [2]
  $ ip -j route show
  [{"dst":"10.0.0.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"dst":"10.0.1.0/24","dev":"a1","protocol":"kernel","scope":"link","prefsrc":"10.0.1.1","flags":["linkdown"]},{"dst":"20.0.0.0/8","gateway":"10.9.9.9","dev":"a0","protocol":"static","metric":5,"flags":["onlink"],"flow":{"to":"3"}},{"dst":"21.0.0.0/8","dev":"a1","scope":"link","prefsrc":"10.0.1.1","flags":["linkdown"],"metrics":[{"mtu":1300,"rtt":20}]},{"dst":"23.0.0.0/8","nhid":5,"tos":"0x10","gateway":"10.0.0.2","dev":"a0","flags":[]},{"type":"unreachable","dst":"24.0.0.0/8","metric":9,"flags":[]}]
  $ ip -j -d route show
  [{"type":"unicast","dst":"10.0.0.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"type":"unicast","dst":"10.0.1.0/24","dev":"a1","protocol":"kernel","scope":"link","prefsrc":"10.0.1.1","flags":["linkdown"]},{"type":"unicast","dst":"20.0.0.0/8","gateway":"10.9.9.9","dev":"a0","protocol":"static","scope":"global","metric":5,"flags":["onlink"],"flow":{"to":"3"}},{"type":"unicast","dst":"21.0.0.0/8","dev":"a1","protocol":"boot","scope":"link","prefsrc":"10.0.1.1","flags":["linkdown"],"metrics":[{"mtu":1300,"rtt":20}]},{"type":"unicast","dst":"23.0.0.0/8","nhid":5,"tos":"0x10","gateway":"10.0.0.2","dev":"a0","protocol":"boot","scope":"global","flags":[],"nh_info":{"id":5,"gateway":"10.0.0.2","dev":"a0","scope":"link","protocol":"unspec","flags":[]}},{"type":"unreachable","dst":"24.0.0.0/8","protocol":"boot","scope":"global","metric":9,"flags":[]}]
  $ ip -j route show table 50
  [{"type":"local","dst":"25.0.0.0/8","dev":"lo","scope":"host","flags":[]},{"type":"broadcast","dst":"26.0.0.255","dev":"a0","scope":"link","flags":[]},{"type":"anycast","dst":"27.0.0.0/8","dev":"a0","scope":"link","flags":[]},{"type":"multicast","dst":"239.1.0.0/16","dev":"a0","scope":"link","flags":[]}]
  $ ip -j -p route show 22.0.0.0/8
  [ ]
  $ ip -j route get 20.1.1.1
  [{"dst":"20.1.1.1","gateway":"10.9.9.9","dev":"a0","prefsrc":"10.0.0.1","flags":[],"flow":{"to":"3"},"uid":0,"cache":[]}]
  $ ip -j -d route get 21.1.1.1
  [{"type":"unicast","dst":"21.1.1.1","dev":"a1","table":"main","prefsrc":"10.0.1.1","flags":[],"uid":0,"cache":[],"metrics":[{"mtu":1300,"rtt":20}]}]
  $ ip -j route get 23.1.1.1 tos 0x10
  [{"dst":"23.1.1.1","tos":"0x10","gateway":"10.0.0.2","dev":"a0","prefsrc":"10.0.0.1","flags":[],"uid":0,"cache":[]}]
  $ ip -j route get 10.0.0.1
  [{"type":"local","dst":"10.0.0.1","dev":"lo","prefsrc":"10.0.0.1","flags":[],"uid":0,"cache":["local"]}]
  $ ip -j route get 10.0.0.5 from 10.0.1.9 iif a1
  RTNETLINK answers: No route to host
  [2]
  $ ip -j route get 24.1.1.1
  RTNETLINK answers: No route to host
  [2]
  $ ip -j route get fibmatch 22.1.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -j route show table all type local | head -c 300; echo
  [{"type":"local","dst":"25.0.0.0/8","dev":"lo","table":"50","scope":"host","flags":[]},{"type":"local","dst":"10.0.0.1","dev":"a0","table":"local","protocol":"kernel","scope":"host","prefsrc":"10.0.0.1","flags":[]},{"type":"local","dst":"10.0.1.1","dev":"a1","table":"local","protocol":"kernel","scop
  $ ip -j -4 route show table local
  [{"type":"local","dst":"10.0.0.1","dev":"a0","protocol":"kernel","scope":"host","prefsrc":"10.0.0.1","flags":[]},{"type":"broadcast","dst":"10.0.0.255","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"type":"local","dst":"10.0.1.1","dev":"a1","protocol":"kernel","scope":"host","prefsrc":"10.0.1.1","flags":[]},{"type":"broadcast","dst":"10.0.1.255","dev":"a1","protocol":"kernel","scope":"link","prefsrc":"10.0.1.1","flags":["linkdown"]},{"type":"local","dst":"127.0.0.0/8","dev":"lo","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.1","dev":"lo","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"broadcast","dst":"127.255.255.255","dev":"lo","protocol":"kernel","scope":"link","prefsrc":"127.0.0.1","flags":[]}]
  $ ip -j route show nosuchselector
  Error: any valid prefix is expected rather than "nosuchselector".
  [1]
  $ ip -j route show table 77
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [ (no-eol)
  [2]
  $ ip -j -s route show 21.0.0.0/8
  [{"dst":"21.0.0.0/8","dev":"a1","scope":"link","prefsrc":"10.0.1.1","flags":["linkdown"],"metrics":[{"mtu":1300,"rtt":20}]}]
  $ ip -j route get 22.1.1.1 oif a1 mark 3 uid 7 ipproto tcp sport 5 dport 6
  [{"dst":"22.1.1.1","dev":"a1","prefsrc":"10.0.1.1","flags":[],"mark":3,"uid":7,"cache":[]}]
