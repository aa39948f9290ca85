Every show form (-d, -o, -j, -j -p, -d -j, -s, -o -d, -4, list) of a table holding each route type, multipath with weights and dead/linkdown/onlink next hops, nexthop objects, tos, realms, metrics with locks, features, congctl lock, proto names and numbers.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1
  $ ip nexthop add id 1 via 10.0.0.2 dev a0; ip nexthop add id 2 via 10.0.1.2 dev a1; ip nexthop add id 3 group 1,2/2,5
  $ ip route add 20.0.0.0/8 nexthop via 10.0.0.2 weight 3 nexthop via 10.0.1.2 dev a1 onlink nexthop dev a1 weight 256 table 100
  Error: "nexthop" or end of line is expected instead of "table"
  [255]
  $ ip route add 21.0.0.0/8 nhid 3 proto 99 metric 7 table 100
  $ ip route add 22.0.0.0/8 via 10.0.0.2 tos 0x08 realms 3/4 mtu lock 1300 advmss 900 rtt 30ms rttvar 5ms window 900 features ecn congctl lock reno quickack 1 fastopen_no_cookie 1 initcwnd 4 initrwnd 5 hoplimit 30 table 100
  $ ip route add blackhole 23.0.0.0/8 proto static table 100; ip route add unreachable 24.0.0.0/8 metric 5 table 100; ip route add prohibit 25.0.0.0/8 table 100; ip route add throw 26.0.0.0/8 table 100
  $ ip route add local 27.0.0.0/8 dev lo table 100; ip route add broadcast 28.0.0.255 dev a0 table 100; ip route add nat 29.0.0.0/8 via 10.0.0.7 table 100 2>&1; ip route add multicast 230.0.0.0/8 dev a0 table 100; ip route add anycast 31.0.0.0/8 dev a0 table 100
  Error: Invalid scope.
  $ ip route add 32.0.0.0/8 dev a0 scope host src 10.0.0.1 table 100 proto dhcp
  $ ip link set b1 down; sleep 1
  $ ip route show table 100
  21.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 proto openr metric 7 
  22.0.0.0/8 tos 0x08 via 10.0.0.2 dev a0 realms 3/4 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  blackhole 23.0.0.0/8 proto static 
  unreachable 24.0.0.0/8 metric 5 
  prohibit 25.0.0.0/8 
  throw 26.0.0.0/8 
  local 27.0.0.0/8 dev lo scope host 
  broadcast 28.0.0.255 dev a0 scope link 
  anycast 31.0.0.0/8 dev a0 scope link 
  32.0.0.0/8 dev a0 proto dhcp scope host src 10.0.0.1 
  multicast 230.0.0.0/8 dev a0 scope link 
  $ ip -d route show table 100
  unicast 21.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 proto openr scope global metric 7 
  	nh_info id 3 group 1,2 scope global proto unspec 
  unicast 22.0.0.0/8 tos 0x08 via 10.0.0.2 dev a0 proto boot scope global realms 3/4 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  blackhole 23.0.0.0/8 proto static scope global 
  unreachable 24.0.0.0/8 proto boot scope global metric 5 
  prohibit 25.0.0.0/8 proto boot scope global 
  throw 26.0.0.0/8 proto boot scope global 
  local 27.0.0.0/8 dev lo proto boot scope host 
  broadcast 28.0.0.255 dev a0 proto boot scope link 
  anycast 31.0.0.0/8 dev a0 proto boot scope link 
  unicast 32.0.0.0/8 dev a0 proto dhcp scope host src 10.0.0.1 
  multicast 230.0.0.0/8 dev a0 proto boot scope link 
  $ ip -o route show table 100
  21.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 proto openr metric 7 
  22.0.0.0/8 tos 0x08 via 10.0.0.2 dev a0 realms 3/4 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  blackhole 23.0.0.0/8 proto static 
  unreachable 24.0.0.0/8 metric 5 
  prohibit 25.0.0.0/8 
  throw 26.0.0.0/8 
  local 27.0.0.0/8 dev lo scope host 
  broadcast 28.0.0.255 dev a0 scope link 
  anycast 31.0.0.0/8 dev a0 scope link 
  32.0.0.0/8 dev a0 proto dhcp scope host src 10.0.0.1 
  multicast 230.0.0.0/8 dev a0 scope link 
  $ ip -o -d route show table 100
  unicast 21.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 proto openr scope global metric 7 
  	nh_info id 3 group 1,2 scope global proto unspec 
  unicast 22.0.0.0/8 tos 0x08 via 10.0.0.2 dev a0 proto boot scope global realms 3/4 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  blackhole 23.0.0.0/8 proto static scope global 
  unreachable 24.0.0.0/8 proto boot scope global metric 5 
  prohibit 25.0.0.0/8 proto boot scope global 
  throw 26.0.0.0/8 proto boot scope global 
  local 27.0.0.0/8 dev lo proto boot scope host 
  broadcast 28.0.0.255 dev a0 proto boot scope link 
  anycast 31.0.0.0/8 dev a0 proto boot scope link 
  unicast 32.0.0.0/8 dev a0 proto dhcp scope host src 10.0.0.1 
  multicast 230.0.0.0/8 dev a0 proto boot scope link 
  $ ip -s route show table 100
  21.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 proto openr metric 7 
  22.0.0.0/8 tos 0x08 via 10.0.0.2 dev a0 realms 3/4 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  blackhole 23.0.0.0/8 proto static 
  unreachable 24.0.0.0/8 metric 5 
  prohibit 25.0.0.0/8 
  throw 26.0.0.0/8 
  local 27.0.0.0/8 dev lo scope host 
  broadcast 28.0.0.255 dev a0 scope link 
  anycast 31.0.0.0/8 dev a0 scope link 
  32.0.0.0/8 dev a0 proto dhcp scope host src 10.0.0.1 
  multicast 230.0.0.0/8 dev a0 scope link 
  $ ip -4 route list table 100 type unicast
  21.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 proto openr metric 7 
  22.0.0.0/8 tos 0x08 via 10.0.0.2 dev a0 realms 3/4 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  32.0.0.0/8 dev a0 proto dhcp scope host src 10.0.0.1 
  $ ip -j route show table 100
  [{"dst":"21.0.0.0/8","nhid":3,"gateway":"10.0.0.2","dev":"a0","protocol":"openr","metric":7,"flags":[]},{"dst":"22.0.0.0/8","tos":"0x08","gateway":"10.0.0.2","dev":"a0","flags":[],"flow":{"from":"3","to":"4"},"metrics":[{"mtu":1300,"window":900,"rtt":30,"rttvar":5,"advmss":900,"hoplimit":30,"initcwnd":4,"ecn":null,"initrwnd":5,"quickack":1,"congestion":"reno","fastopen_no_cookie":1}]},{"type":"blackhole","dst":"23.0.0.0/8","protocol":"static","flags":[]},{"type":"unreachable","dst":"24.0.0.0/8","metric":5,"flags":[]},{"type":"prohibit","dst":"25.0.0.0/8","flags":[]},{"type":"throw","dst":"26.0.0.0/8","flags":[]},{"type":"local","dst":"27.0.0.0/8","dev":"lo","scope":"host","flags":[]},{"type":"broadcast","dst":"28.0.0.255","dev":"a0","scope":"link","flags":[]},{"type":"anycast","dst":"31.0.0.0/8","dev":"a0","scope":"link","flags":[]},{"dst":"32.0.0.0/8","dev":"a0","protocol":"dhcp","scope":"host","prefsrc":"10.0.0.1","flags":[]},{"type":"multicast","dst":"230.0.0.0/8","dev":"a0","scope":"link","flags":[]}]
  $ ip -d -j route show table 100
  [{"type":"unicast","dst":"21.0.0.0/8","nhid":3,"gateway":"10.0.0.2","dev":"a0","protocol":"openr","scope":"global","metric":7,"flags":[],"nh_info":{"id":3,"group":[{"id":1,"weight":2}],"scope":"global","protocol":"unspec","flags":[]}},{"type":"unicast","dst":"22.0.0.0/8","tos":"0x08","gateway":"10.0.0.2","dev":"a0","protocol":"boot","scope":"global","flags":[],"flow":{"from":"3","to":"4"},"metrics":[{"mtu":1300,"window":900,"rtt":30,"rttvar":5,"advmss":900,"hoplimit":30,"initcwnd":4,"ecn":null,"initrwnd":5,"quickack":1,"congestion":"reno","fastopen_no_cookie":1}]},{"type":"blackhole","dst":"23.0.0.0/8","protocol":"static","scope":"global","flags":[]},{"type":"unreachable","dst":"24.0.0.0/8","protocol":"boot","scope":"global","metric":5,"flags":[]},{"type":"prohibit","dst":"25.0.0.0/8","protocol":"boot","scope":"global","flags":[]},{"type":"throw","dst":"26.0.0.0/8","protocol":"boot","scope":"global","flags":[]},{"type":"local","dst":"27.0.0.0/8","dev":"lo","protocol":"boot","scope":"host","flags":[]},{"type":"broadcast","dst":"28.0.0.255","dev":"a0","protocol":"boot","scope":"link","flags":[]},{"type":"anycast","dst":"31.0.0.0/8","dev":"a0","protocol":"boot","scope":"link","flags":[]},{"type":"unicast","dst":"32.0.0.0/8","dev":"a0","protocol":"dhcp","scope":"host","prefsrc":"10.0.0.1","flags":[]},{"type":"multicast","dst":"230.0.0.0/8","dev":"a0","protocol":"boot","scope":"link","flags":[]}]
  $ ip -j -p route show table 100 20.0.0.0/8
  [ ]
  $ ip -j -p -d route show table 100 22.0.0.0/8
  [ {
          "type": "unicast",
          "dst": "22.0.0.0/8",
          "tos": "0x08",
          "gateway": "10.0.0.2",
          "dev": "a0",
          "protocol": "boot",
          "scope": "global",
          "flags": [ ],
          "flow": {
              "from": "3",
              "to": "4"
          },
          "metrics": [ {
                  "mtu": 1300,
                  "window": 900,
                  "rtt": 30,
                  "rttvar": 5,
                  "advmss": 900,
                  "hoplimit": 30,
                  "initcwnd": 4,
                  "ecn": null,
                  "initrwnd": 5,
                  "quickack": 1,
                  "congestion": "reno",
                  "fastopen_no_cookie": 1
              } ]
      } ]
  $ ip -d route show table 100 21.0.0.0/8
  unicast 21.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 proto openr scope global metric 7 
  	nh_info id 3 group 1,2 scope global proto unspec 
  $ ip -j route show table 100 type blackhole
  [{"type":"blackhole","dst":"23.0.0.0/8","protocol":"static","flags":[]}]
  $ ip -d -j route show table 100 type local
  [{"type":"local","dst":"27.0.0.0/8","dev":"lo","protocol":"boot","scope":"host","flags":[]}]
  $ ip -d route get 22.1.1.1 tos 0x08 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip rule add to 20.0.0.0/6 table 100 prio 10
  $ ip -d route get 22.1.1.1 tos 0x08
  unicast 22.1.1.1 tos 0x08 via 10.0.0.2 dev a0 table 100 src 10.0.0.1 realms 3/4 uid 0 
      cache mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  $ ip -j -d route get 22.1.1.1 tos 0x08
  [{"type":"unicast","dst":"22.1.1.1","tos":"0x08","gateway":"10.0.0.2","dev":"a0","table":"100","prefsrc":"10.0.0.1","flags":[],"flow":{"from":"3","to":"4"},"uid":0,"cache":[],"metrics":[{"mtu":1300,"window":900,"rtt":30,"rttvar":5,"advmss":900,"hoplimit":30,"initcwnd":4,"ecn":null,"initrwnd":5,"quickack":1,"congestion":"reno","fastopen_no_cookie":1}]}]
  $ ip -d route get 20.1.1.1 fibmatch
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -j route get 21.1.1.1 fibmatch
  [{"dst":"21.0.0.0/8","nhid":3,"gateway":"10.0.0.2","dev":"a0","table":"100","protocol":"openr","metric":7,"flags":[]}]
  $ ip -d -o route get 22.1.1.1 tos 0x08 fibmatch
  unicast 22.0.0.0/8 tos 0x08 via 10.0.0.2 dev a0 table 100 proto boot scope global realms 3/4 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  $ ip route show table 100 tos 0x08
  22.0.0.0/8 via 10.0.0.2 dev a0 realms 3/4 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  $ ip route show table 100 realms 3/4
  22.0.0.0/8 tos 0x08 via 10.0.0.2 dev a0 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  $ ip route show table 100 realm 4
  22.0.0.0/8 tos 0x08 via 10.0.0.2 dev a0 realms 3/4 mtu lock 1300 window 900 rtt 30ms rttvar 5ms advmss 900 hoplimit 30 initcwnd 4 features ecn initrwnd 5 quickack 1 congctl lock reno fastopen_no_cookie 1 
  $ ip route show table 100 proto 99
  21.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 metric 7 
  $ ip route show table 100 proto dhcp
  32.0.0.0/8 dev a0 scope host src 10.0.0.1 
  $ ip route show table 100 scope host
  local 27.0.0.0/8 dev lo 
  32.0.0.0/8 dev a0 proto dhcp src 10.0.0.1 
  $ ip route show table 100 nhid 3
  Error: any valid prefix is expected rather than "nhid".
  [1]
  $ ip route show table 100 dev a1
  $ ip route show table 100 via 10.0.1.2
  $ ip route show table 100 src 10.0.0.1
  32.0.0.0/8 dev a0 proto dhcp scope host 
