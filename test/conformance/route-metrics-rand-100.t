Random route metrics (seed 100): add/replace/change/append/prepend with random metrics and attributes (mtu lock, advmss, window, rtt, rto_min, ssthresh, cwnd, initcwnd, initrwnd, hoplimit, reordering, features, quickack, congctl, fastopen_no_cookie, realms, src, proto, scope), range errors, then ip route show in its forms, ip route get and /proc/net/route.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.1.2/24 dev a0
  $ ip route replace 0.0.0.0/0 via 192.168.1.254 window lock 10 metric 4294967295 tos 0x03 features nosuch; echo $?; ip route add 10.1.0.0/16 dev a0 cwnd 0 scope 200 rto_min 5000000 ssthresh 1000; echo $?
  Error: argument "nosuch" is wrong: "features" value not valid
  
  255
  0
  $ ip route add 10.1.2.0/24 via 192.168.1.254 dev a0 onlink hoplimit 4294967295 advmss lock 100 reordering 4294967296 table 100; echo $?; ip route add 10.1.2.3 dev a0 rttvar 100 table 100; echo $?
  Error: argument "4294967295" is wrong: "hoplimit" value is invalid
  
  255
  0
  $ ip route prepend 10.1.0.0/16 via 192.168.1.254 dev a0 onlink rto_min 1s advmss lock 0 table 100; echo $?; ip route prepend 172.16.0.0/12 via 192.168.1.9 dev a0 rtt 3secs window lock 0 src 192.168.1.2 metric 4294967296 table 100; echo $?
  0
  Error: argument "4294967296" is wrong: "metric" value is invalid
  
  255
  $ ip route append 10.0.0.0/8 via 192.168.1.9 dev a0 congctl lock nosuch fastopen_no_cookie 1 congctl bbr; echo $?; ip route append 10.1.2.0/24 dev a0 cwnd 100 cwnd lock 4294967295 window lock -1 rtt lock 1us table 100; echo $?
  Error: Unknown tcp congestion algorithm.
  2
  Error: argument "-1" is wrong: "window" value is invalid
  
  255
  $ ip route add 10.0.0.0/8 dev a0 rttvar 100 window lock 1000 metric 0 table 100; echo $?; ip route add 10.0.0.0/8 via 192.168.1.254 proto zebra hoplimit 65535; echo $?
  0
  Error: argument "65535" is wrong: "hoplimit" value is invalid
  
  255
  $ ip route show table all | grep -v ':\|table local'
  10.0.0.0/8 dev a0 table 100 scope link window lock 1000 rttvar 25ms 
  10.1.0.0/16 via 192.168.1.254 dev a0 table 100 onlink advmss lock 0 rto_min lock 1s 
  10.1.2.3 dev a0 table 100 scope link rttvar 25ms 
  10.1.0.0/16 dev a0 scope site ssthresh 1000 rto_min lock 5000s 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip -d route show table 100
  unicast 10.0.0.0/8 dev a0 proto boot scope link window lock 1000 rttvar 25ms 
  unicast 10.1.0.0/16 via 192.168.1.254 dev a0 proto boot scope global onlink advmss lock 0 rto_min lock 1s 
  unicast 10.1.2.3 dev a0 proto boot scope link rttvar 25ms 
  $ ip -j route show
  [{"dst":"10.1.0.0/16","dev":"a0","scope":"site","flags":[],"metrics":[{"ssthresh":1000,"rto_min":5000000}]},{"dst":"192.168.1.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"192.168.1.1","flags":[]}]
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000010A	00000000	0001	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0001A8C0	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  $ ip route get 8.8.8.8 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.2.3 tos 0x10 2>&1
  10.1.2.3 dev a0 src 192.168.1.1 uid 0 
      cache ssthresh 1000 rto_min lock 5000s 
  $ ip route get 10.1.2.200 2>&1
  10.1.2.200 dev a0 src 192.168.1.1 uid 0 
      cache ssthresh 1000 rto_min lock 5000s 
  $ ip route show cache 2>&1; ip route flush cache; echo $?
  0
