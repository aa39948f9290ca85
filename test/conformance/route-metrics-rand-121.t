Random route metrics (seed 121): add/replace/change/append/prepend with random metrics and attributes (mtu lock, advmss, window, rtt, rto_min, ssthresh, cwnd, initcwnd, initrwnd, hoplimit, reordering, features, quickack, congctl, fastopen_no_cookie, realms, src, proto, scope), range errors, then ip route show in its forms, ip route get and /proc/net/route.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.1.2/24 dev a0
  $ ip route add 172.16.0.0/12 via 192.168.1.254 dev a0 onlink proto kernel src 192.168.1.2 initrwnd 1000 rttvar 30ms; echo $?; ip route prepend 0.0.0.0/0 dev a0 mtu 0 features ecn ecn; echo $?
  0
  Error: either "to" is duplicate, or "ecn" is a garbage.
  255
  $ ip route add 10.1.2.3 via 192.168.1.254 dev a0 onlink rttvar 30ms rtt lock 100ms initrwnd 100 table 100; echo $?; ip route add 10.1.2.0/24 via 192.168.1.254 window 4294967295 mtu 68 initrwnd 4294967296; echo $?
  0
  Error: argument "4294967296" is wrong: "initrwnd" value is invalid
  
  255
  $ ip route change 0.0.0.0/0 via 192.168.1.254 cwnd lock 0 metric 100; echo $?; ip route change 10.1.2.3 dev a0 rto_min 1s mtu 67 table 100; echo $?
  Error: Locked cwnd metric must be non zero.
  2
  0
  $ ip route replace 10.1.0.0/16 dev a0 rtt lock 100; echo $?; ip route change 172.16.0.0/12 via 192.168.1.254 dev a0 onlink proto kernel mtu 65536; echo $?
  0
  0
  $ ip route prepend 0.0.0.0/0 via 192.168.1.254 dev a0 onlink cwnd lock 65535 table 100; echo $?
  0
  $ ip route show table all | grep -v ':\|table local'
  default via 192.168.1.254 dev a0 table 100 onlink cwnd lock 65535 
  10.1.2.3 dev a0 table 100 scope link mtu 67 rto_min lock 1s 
  10.1.0.0/16 dev a0 scope link rtt lock 12ms 
  172.16.0.0/12 via 192.168.1.254 dev a0 proto kernel onlink mtu 65520 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip -d route show table 100
  unicast default via 192.168.1.254 dev a0 proto boot scope global onlink cwnd lock 65535 
  unicast 10.1.2.3 dev a0 proto boot scope link mtu 67 rto_min lock 1s 
  $ ip -j -p route show table 100
  [ {
          "dst": "default",
          "gateway": "192.168.1.254",
          "dev": "a0",
          "flags": [ "onlink" ],
          "metrics": [ {
                  "cwnd": 65535
              } ]
      },{
          "dst": "10.1.2.3",
          "dev": "a0",
          "scope": "link",
          "flags": [ ],
          "metrics": [ {
                  "mtu": 67,
                  "rto_min": 1000
              } ]
      } ]
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000010A	00000000	0001	0	0	0	0000FFFF	0	0	12                                                                                
  a0	000010AC	FE01A8C0	0003	0	0	0	0000F0FF	0	0	0                                                                                 
  a0	0001A8C0	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  $ ip route get 10.200.0.1 tos 0x10 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 8.8.8.8 tos 0x10 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.9.9 tos 0x10 2>&1
  10.1.9.9 dev a0 src 192.168.1.1 uid 0 
      cache rtt lock 12ms 
  $ ip route show cache 2>&1; ip route flush cache; echo $?
  0
