Random route metrics (seed 198): add/replace/change/append/prepend with random metrics and attributes (mtu lock, advmss, window, rtt, rto_min, ssthresh, cwnd, initcwnd, initrwnd, hoplimit, reordering, features, quickack, congctl, fastopen_no_cookie, realms, src, proto, scope), range errors, then ip route show in its forms, ip route get and /proc/net/route.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.1.2/24 dev a0
  $ ip route change 10.1.2.3 via 192.168.1.254 window 4294967296 quickack 0 congctl lock nosuch rto_min 30ms; echo $?; ip route change 10.0.0.0/8 dev a0 fastopen_no_cookie 2 window lock 65535 cwnd 65535 ssthresh 1 table 100; echo $?
  Error: argument "4294967296" is wrong: "window" value is invalid
  
  255
  Error: argument "2" is wrong: "fastopen_no_cookie" value should be 0 or 1
  
  255
  $ ip route replace 10.1.2.0/24 via 192.168.1.254 dev a0 onlink congctl lock bbr features ecn; echo $?; ip route prepend 10.0.0.0/8 via 192.168.1.254 reordering 65535 metric 0 ssthresh 1000; echo $?
  0
  0
  $ ip route replace 10.1.2.0/24 via 192.168.1.254 dev a0 onlink congctl lock nosuch congctl cubic; echo $?; ip route add 10.1.0.0/16 via 192.168.1.254 reordering 1 cwnd lock 4294967295 cwnd lock 100 table 100; echo $?
  Error: Unknown tcp congestion algorithm.
  2
  0
  $ ip route change 10.1.2.3 via 192.168.1.9 dev a0 reordering -1; echo $?; ip route add 10.0.0.0/8 dev a0 realms 2/3 table 100; echo $?
  Error: argument "-1" is wrong: "reordering" value is invalid
  
  255
  0
  $ ip route show table all | grep -v ':\|table local'
  10.0.0.0/8 dev a0 table 100 scope link realms 2/3 
  10.1.0.0/16 via 192.168.1.254 dev a0 table 100 cwnd lock 100 reordering 1 
  10.0.0.0/8 via 192.168.1.254 dev a0 ssthresh 1000 reordering 65535 
  10.1.2.0/24 via 192.168.1.254 dev a0 onlink features ecn congctl lock bbr 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip -o route show
  10.0.0.0/8 via 192.168.1.254 dev a0 ssthresh 1000 reordering 65535 
  10.1.2.0/24 via 192.168.1.254 dev a0 onlink features ecn congctl lock bbr 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip -4 -j route show table all | head -c 3000
  [{"dst":"10.0.0.0/8","dev":"a0","table":"100","scope":"link","flags":[],"flow":{"from":"2","to":"3"}},{"dst":"10.1.0.0/16","gateway":"192.168.1.254","dev":"a0","table":"100","flags":[],"metrics":[{"cwnd":100,"reordering":1}]},{"dst":"10.0.0.0/8","gateway":"192.168.1.254","dev":"a0","flags":[],"metrics":[{"ssthresh":1000,"reordering":65535}]},{"dst":"10.1.2.0/24","gateway":"192.168.1.254","dev":"a0","flags":["onlink"],"metrics":[{"ecn":null,"congestion":"bbr"}]},{"dst":"192.168.1.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"192.168.1.1","flags":[]},{"type":"local","dst":"127.0.0.0/8","dev":"lo","table":"local","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.1","dev":"lo","table":"local","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"broadcast","dst":"127.255.255.255","dev":"lo","table":"local","protocol":"kernel","scope":"link","prefsrc":"127.0.0.1","flags":[]},{"type":"local","dst":"192.168.1.1","dev":"a0","table":"local","protocol":"kernel","scope":"host","prefsrc":"192.168.1.1","flags":[]},{"type":"local","dst":"192.168.1.2","dev":"a0","table":"local","protocol":"kernel","scope":"host","prefsrc":"192.168.1.1","flags":[]},{"type":"broadcast","dst":"192.168.1.255","dev":"a0","table":"local","protocol":"kernel","scope":"link","prefsrc":"192.168.1.1","flags":[]}]
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	FE01A8C0	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	0002010A	FE01A8C0	0003	0	0	0	00FFFFFF	0	0	0                                                                                 
  a0	0001A8C0	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  $ ip route get 10.1.9.9 tos 0x10 2>&1
  10.1.9.9 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache ssthresh 1000 reordering 65535 
  $ ip route get 10.1.2.3 2>&1
  10.1.2.3 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache features ecn congctl lock bbr 
  $ ip route get 8.8.8.8 tos 0x04 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route show cache 2>&1; ip route flush cache; echo $?
  0
