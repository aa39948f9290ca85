Random route metrics (seed 57): add/replace/change/append/prepend with random metrics and attributes (mtu lock, advmss, window, rtt, rto_min, ssthresh, cwnd, initcwnd, initrwnd, hoplimit, reordering, features, quickack, congctl, fastopen_no_cookie, realms, src, proto, scope), range errors, then ip route show in its forms, ip route get and /proc/net/route.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.1.2/24 dev a0
  $ ip route add 10.1.2.3 via 192.168.1.9 dev a0 ssthresh -1; echo $?; ip route replace 10.1.2.0/24 dev a0 mtu 68 congctl lock nosuch reordering 4294967295 window 4294967296 table 100; echo $?
  Error: argument "-1" is wrong: "ssthresh" value is invalid
  
  255
  Error: argument "4294967296" is wrong: "window" value is invalid
  
  255
  $ ip route change 10.1.2.3 dev a0 rtt 30ms fastopen_no_cookie 0 table 100; echo $?; ip route change 10.1.2.3 via 192.168.1.254 hoplimit -1 congctl lock cubic ssthresh 1000 reordering 100; echo $?
  RTNETLINK answers: No such file or directory
  2
  Error: argument "-1" is wrong: "hoplimit" value is invalid
  
  255
  $ ip route append 172.16.0.0/12 via 192.168.1.254 dev a0 onlink quickack 0 reordering 0 src 192.168.1.9 quickack 2; echo $?; ip route change 10.1.2.0/24 via 192.168.1.9 dev a0 initcwnd 0; echo $?
  Error: argument "2" is wrong: "quickack" value should be 0 or 1
  
  255
  RTNETLINK answers: No such file or directory
  2
  $ ip route add 172.16.0.0/12 via 192.168.1.254 dev a0 onlink mtu 0 scope global rtt 100 table 100; echo $?; ip route add 10.1.0.0/16 via 192.168.1.254 mtu 65535 metric 4294967295; echo $?
  0
  0
  $ ip route show table all | grep -v ':\|table local'
  172.16.0.0/12 via 192.168.1.254 dev a0 table 100 onlink rtt 12ms 
  10.1.0.0/16 via 192.168.1.254 dev a0 metric 4294967295 mtu 65520 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip -o route show
  10.1.0.0/16 via 192.168.1.254 dev a0 metric 4294967295 mtu 65520 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip -j route show
  [{"dst":"10.1.0.0/16","gateway":"192.168.1.254","dev":"a0","metric":4294967295,"flags":[],"metrics":[{"mtu":65520}]},{"dst":"192.168.1.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"192.168.1.1","flags":[]}]
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000010A	FE01A8C0	0003	0	0	4294967295	0000FFFF	0	0	0                                                                        
  a0	0001A8C0	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  $ ip route get 10.1.2.3 from 192.168.1.2 2>&1
  10.1.2.3 from 192.168.1.2 via 192.168.1.254 dev a0 uid 0 
      cache mtu 65520 
  $ ip route get 10.200.0.1 from 192.168.1.2 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 8.8.8.8 from 192.168.1.2 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route show cache 2>&1; ip route flush cache; echo $?
  0
