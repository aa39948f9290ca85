ip route attributes: metric, src, mtu lock, advmss, initcwnd, initrwnd, realms, onlink, rtt, window, hoplimit, features, quickack, congctl.
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set lo up; ip link set d0 up; ip link set e0 up
  $ ip addr add 10.0.0.1/24 dev d0
  $ ip addr add 10.0.0.9/24 dev d0
  $ ip route add 10.1.0.0/16 via 10.0.0.2 metric 100 src 10.0.0.9
  $ ip route add 10.2.0.0/16 via 10.0.0.2 mtu lock 1300 advmss 1200
  $ ip route add 10.3.0.0/16 via 10.0.0.2 initcwnd 10 initrwnd 20
  $ ip route add 10.4.0.0/16 via 10.0.0.2 realms 3/4
  $ ip route add 10.5.0.0/16 via 192.168.9.1 dev d0 onlink
  $ ip route add 10.6.0.0/16 via 10.0.0.2 rtt 100ms rttvar 50ms window 65535 hoplimit 32
  $ ip route add 10.7.0.0/16 via 10.0.0.2 quickack 1 congctl reno features ecn
  $ ip route add 10.8.0.0/16 via 10.0.0.2 mtu 1400 reordering 5 ssthresh 100 cwnd 30 rto_min 300ms
  $ ip route add 10.9.0.0/16 via 10.0.0.2 congctl lock cubic fastopen_no_cookie 1
  $ ip route add 10.20.0.0/16 via 10.0.0.2 realm 7
  $ ip route
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev d0 src 10.0.0.9 metric 100 
  10.2.0.0/16 via 10.0.0.2 dev d0 mtu lock 1300 advmss 1200 
  10.3.0.0/16 via 10.0.0.2 dev d0 initcwnd 10 initrwnd 20 
  10.4.0.0/16 via 10.0.0.2 dev d0 realms 3/4 
  10.5.0.0/16 via 192.168.9.1 dev d0 onlink 
  10.6.0.0/16 via 10.0.0.2 dev d0 window 65535 rtt 100ms rttvar 50ms hoplimit 32 
  10.7.0.0/16 via 10.0.0.2 dev d0 features ecn quickack 1 congctl reno 
  10.8.0.0/16 via 10.0.0.2 dev d0 mtu 1400 ssthresh 100 cwnd 30 reordering 5 rto_min lock 300ms 
  10.9.0.0/16 via 10.0.0.2 dev d0 congctl lock cubic fastopen_no_cookie 1 
  10.20.0.0/16 via 10.0.0.2 dev d0 realm 7 
  $ ip -j route
  [{"dst":"10.0.0.0/24","dev":"d0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"dst":"10.1.0.0/16","gateway":"10.0.0.2","dev":"d0","prefsrc":"10.0.0.9","metric":100,"flags":[]},{"dst":"10.2.0.0/16","gateway":"10.0.0.2","dev":"d0","flags":[],"metrics":[{"mtu":1300,"advmss":1200}]},{"dst":"10.3.0.0/16","gateway":"10.0.0.2","dev":"d0","flags":[],"metrics":[{"initcwnd":10,"initrwnd":20}]},{"dst":"10.4.0.0/16","gateway":"10.0.0.2","dev":"d0","flags":[],"flow":{"from":"3","to":"4"}},{"dst":"10.5.0.0/16","gateway":"192.168.9.1","dev":"d0","flags":["onlink"]},{"dst":"10.6.0.0/16","gateway":"10.0.0.2","dev":"d0","flags":[],"metrics":[{"window":65535,"rtt":100,"rttvar":50,"hoplimit":32}]},{"dst":"10.7.0.0/16","gateway":"10.0.0.2","dev":"d0","flags":[],"metrics":[{"ecn":null,"quickack":1,"congestion":"reno"}]},{"dst":"10.8.0.0/16","gateway":"10.0.0.2","dev":"d0","flags":[],"metrics":[{"mtu":1400,"ssthresh":100,"cwnd":30,"reordering":5,"rto_min":300}]},{"dst":"10.9.0.0/16","gateway":"10.0.0.2","dev":"d0","flags":[],"metrics":[{"congestion":"cubic","fastopen_no_cookie":1}]},{"dst":"10.20.0.0/16","gateway":"10.0.0.2","dev":"d0","flags":[],"flow":{"to":"7"}}]
  $ ip -d route show 10.2.0.0/16
  unicast 10.2.0.0/16 via 10.0.0.2 dev d0 proto boot scope global mtu lock 1300 advmss 1200 
  $ ip route get 10.2.3.4
  10.2.3.4 via 10.0.0.2 dev d0 src 10.0.0.1 uid 0 
      cache mtu lock 1300 advmss 1200 
  $ ip route get 10.4.3.4
  10.4.3.4 via 10.0.0.2 dev d0 src 10.0.0.1 realms 3/4 uid 0 
      cache 
  $ ip route get 10.5.3.4
  10.5.3.4 via 192.168.9.1 dev d0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.6.3.4
  10.6.3.4 via 10.0.0.2 dev d0 src 10.0.0.1 uid 0 
      cache window 65535 rtt 100ms rttvar 50ms hoplimit 32 
  $ ip route get 10.1.3.4
  10.1.3.4 via 10.0.0.2 dev d0 src 10.0.0.9 uid 0 
      cache 
  $ ip route add 10.30.0.0/16 via 192.168.9.1 dev d0
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.30.0.0/16 via 10.0.0.2 src 10.0.0.77
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 10.30.0.0/16 via 10.0.0.2 mtu abc
  Error: argument "abc" is wrong: "mtu" value is invalid
  [255]
  $ ip route add 10.30.0.0/16 via 10.0.0.2 realms 300/4
  Error: argument "300/4" is wrong: "realm" value is invalid
  [255]
  $ ip route add 10.30.0.0/16 via 10.0.0.2 metric -1
  Error: argument "-1" is wrong: "metric" value is invalid
  [255]
  $ ip route add 10.30.0.0/16 via 10.0.0.2 advmss
  Command line is not complete. Try option "help"
  [255]
  $ ip route add 10.30.0.0/16 via 10.0.0.2 onlink
  Error: Nexthop device required for onlink.
  [2]
  $ ip route
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev d0 src 10.0.0.9 metric 100 
  10.2.0.0/16 via 10.0.0.2 dev d0 mtu lock 1300 advmss 1200 
  10.3.0.0/16 via 10.0.0.2 dev d0 initcwnd 10 initrwnd 20 
  10.4.0.0/16 via 10.0.0.2 dev d0 realms 3/4 
  10.5.0.0/16 via 192.168.9.1 dev d0 onlink 
  10.6.0.0/16 via 10.0.0.2 dev d0 window 65535 rtt 100ms rttvar 50ms hoplimit 32 
  10.7.0.0/16 via 10.0.0.2 dev d0 features ecn quickack 1 congctl reno 
  10.8.0.0/16 via 10.0.0.2 dev d0 mtu 1400 ssthresh 100 cwnd 30 reordering 5 rto_min lock 300ms 
  10.9.0.0/16 via 10.0.0.2 dev d0 congctl lock cubic fastopen_no_cookie 1 
  10.20.0.0/16 via 10.0.0.2 dev d0 realm 7 
