Random route metrics (seed 88): add/replace/change/append/prepend with random metrics and attributes (mtu lock, advmss, window, rtt, rto_min, ssthresh, cwnd, initcwnd, initrwnd, hoplimit, reordering, features, quickack, congctl, fastopen_no_cookie, realms, src, proto, scope), range errors, then ip route show in its forms, ip route get and /proc/net/route.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.1.2/24 dev a0
  $ ip route add 10.1.2.3 dev a0 rttvar 100 congctl lock reno cwnd lock 65535 table 100; echo $?; ip route add 10.1.0.0/16 via 192.168.1.254 dev a0 onlink metric 1 table 100; echo $?
  0
  0
  $ ip route replace 10.1.2.0/24 via 192.168.1.254 scope site rtt 0 rttvar 100ms; echo $?; ip route add 10.1.0.0/16 via 192.168.1.254 dev a0 onlink quickack 0 ssthresh 10; echo $?
  0
  0
  $ ip route prepend 10.1.2.3 via 192.168.1.254 dev a0 onlink advmss lock 4294967296 table 100; echo $?; ip route replace 10.0.0.0/8 dev a0 congctl cubic; echo $?
  Error: argument "4294967296" is wrong: "mss" value is invalid
  
  255
  0
  $ ip route add 10.1.2.0/24 dev a0 initcwnd 0 rtt 100ms fastopen_no_cookie 2 advmss 4294967295; echo $?; ip route replace 10.1.2.0/24 via 192.168.1.254 dev a0 onlink congctl lock reno cwnd lock 4294967296 metric 100 table 100; echo $?
  Error: argument "2" is wrong: "fastopen_no_cookie" value should be 0 or 1
  
  255
  Error: argument "4294967296" is wrong: "cwnd" value is invalid
  
  255
  $ ip route add 172.16.0.0/12 via 192.168.1.9 dev a0 initcwnd 4294967295 congctl lock nosuch features ecn ecn; echo $?; ip route replace 10.1.0.0/16 via 192.168.1.254 dev a0 onlink features ecn ecn mtu lock 1400; echo $?
  Error: either "to" is duplicate, or "ecn" is a garbage.
  255
  Error: either "to" is duplicate, or "ecn" is a garbage.
  255
  $ ip route append 0.0.0.0/0 dev a0 advmss -1 mtu lock 65535 rtt 100; echo $?; ip route prepend 172.16.0.0/12 via 192.168.1.254 dev a0 onlink tos 0x04 features ecn ecn; echo $?
  Error: argument "-1" is wrong: "mss" value is invalid
  
  255
  Error: either "to" is duplicate, or "ecn" is a garbage.
  255
  $ ip route add 172.16.0.0/12 via 192.168.1.9 dev a0 tos lowdelay initcwnd 1000; echo $?; ip route change 10.1.2.3 dev a0 rto_min 0 tos 0x04 mtu lock 65536 rttvar 2.5s table 100; echo $?
  Error: argument "lowdelay" is wrong: "tos" value is invalid
  
  255
  RTNETLINK answers: No such file or directory
  2
  $ ip route show table all | grep -v ':\|table local'
  10.1.0.0/16 via 192.168.1.254 dev a0 table 100 metric 1 onlink 
  10.1.2.3 dev a0 table 100 scope link rttvar 25ms cwnd lock 65535 congctl lock reno 
  10.0.0.0/8 dev a0 scope link congctl cubic 
  10.1.0.0/16 via 192.168.1.254 dev a0 onlink ssthresh 10 
  10.1.2.0/24 via 192.168.1.254 dev a0 scope site rttvar 100ms 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip -d route show table 100
  unicast 10.1.0.0/16 via 192.168.1.254 dev a0 proto boot scope global metric 1 onlink 
  unicast 10.1.2.3 dev a0 proto boot scope link rttvar 25ms cwnd lock 65535 congctl lock reno 
  $ ip -4 -j route show table all | head -c 3000
  [{"dst":"10.1.0.0/16","gateway":"192.168.1.254","dev":"a0","table":"100","metric":1,"flags":["onlink"]},{"dst":"10.1.2.3","dev":"a0","table":"100","scope":"link","flags":[],"metrics":[{"rttvar":25,"cwnd":65535,"congestion":"reno"}]},{"dst":"10.0.0.0/8","dev":"a0","scope":"link","flags":[],"metrics":[{"congestion":"cubic"}]},{"dst":"10.1.0.0/16","gateway":"192.168.1.254","dev":"a0","flags":["onlink"],"metrics":[{"ssthresh":10}]},{"dst":"10.1.2.0/24","gateway":"192.168.1.254","dev":"a0","scope":"site","flags":[],"metrics":[{"rttvar":100}]},{"dst":"192.168.1.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"192.168.1.1","flags":[]},{"type":"local","dst":"127.0.0.0/8","dev":"lo","table":"local","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.1","dev":"lo","table":"local","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"broadcast","dst":"127.255.255.255","dev":"lo","table":"local","protocol":"kernel","scope":"link","prefsrc":"127.0.0.1","flags":[]},{"type":"local","dst":"192.168.1.1","dev":"a0","table":"local","protocol":"kernel","scope":"host","prefsrc":"192.168.1.1","flags":[]},{"type":"local","dst":"192.168.1.2","dev":"a0","table":"local","protocol":"kernel","scope":"host","prefsrc":"192.168.1.1","flags":[]},{"type":"broadcast","dst":"192.168.1.255","dev":"a0","table":"local","protocol":"kernel","scope":"link","prefsrc":"192.168.1.1","flags":[]}]
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	00000000	0001	0	0	0	000000FF	0	0	0                                                                                 
  a0	0000010A	FE01A8C0	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0002010A	FE01A8C0	0003	0	0	0	00FFFFFF	0	0	0                                                                                 
  a0	0001A8C0	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  $ ip route get 10.1.9.9 from 192.168.1.2 2>&1
  10.1.9.9 from 192.168.1.2 via 192.168.1.254 dev a0 uid 0 
      cache ssthresh 10 
  $ ip route get 172.16.9.9 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 8.8.8.8 tos 0x04 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route show cache 2>&1; ip route flush cache; echo $?
  0
