Route metrics in ip route show: rtt/rttvar/rto_min unit conversions, lock flags, and forms (-d, -o, -j).
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.1.0.0/16 via 10.0.0.2 rtt 1.5s rttvar 250ms rto_min 3
  $ ip route add 10.2.0.0/16 via 10.0.0.2 rtt 7 rttvar 0.003s rto_min 1000ms
  $ ip route add 10.3.0.0/16 via 10.0.0.2 mtu lock 1300 window 3000 cwnd lock 10 ssthresh 20 reordering lock 5
  $ ip route add 10.4.0.0/16 via 10.0.0.2 hoplimit 7 advmss 1200 initcwnd 15 initrwnd 20 quickack 1 fastopen_no_cookie 1
  $ ip route add 10.5.0.0/16 via 10.0.0.2 features ecn congctl lock reno rtt lock 100 rto_min lock 200
  Error: argument "lock" is wrong: "rto_min" value is invalid
  [255]
  $ ip route add 10.6.0.0/16 via 10.0.0.2 rtt 0
  $ ip route add 10.7.0.0/16 via 10.0.0.2 mtu 100000
  $ ip route add 10.8.0.0/16 via 10.0.0.2 mtu 67
  $ ip route add 10.9.0.0/16 via 10.0.0.2 hoplimit 256
  Error: argument "256" is wrong: "hoplimit" value is invalid
  [255]
  $ ip route add 10.9.0.0/16 via 10.0.0.2 hoplimit 255 quickack 2
  Error: argument "2" is wrong: "quickack" value should be 0 or 1
  [255]
  $ ip route add 10.10.0.0/16 via 10.0.0.2 congctl nosuchcc
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev a0 rtt 1.5s rttvar 250ms rto_min lock 3ms 
  10.2.0.0/16 via 10.0.0.2 dev a0 rtt 0ms rttvar 3ms rto_min lock 1s 
  10.3.0.0/16 via 10.0.0.2 dev a0 mtu lock 1300 window 3000 ssthresh 20 cwnd lock 10 reordering lock 5 
  10.4.0.0/16 via 10.0.0.2 dev a0 advmss 1200 hoplimit 7 initcwnd 15 initrwnd 20 quickack 1 fastopen_no_cookie 1 
  10.6.0.0/16 via 10.0.0.2 dev a0 
  10.7.0.0/16 via 10.0.0.2 dev a0 mtu 65520 
  10.8.0.0/16 via 10.0.0.2 dev a0 mtu 67 
  $ ip -d route show 10.3.0.0/16
  unicast 10.3.0.0/16 via 10.0.0.2 dev a0 proto boot scope global mtu lock 1300 window 3000 ssthresh 20 cwnd lock 10 reordering lock 5 
  $ ip -o route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev a0 rtt 1.5s rttvar 250ms rto_min lock 3ms 
  10.2.0.0/16 via 10.0.0.2 dev a0 rtt 0ms rttvar 3ms rto_min lock 1s 
  10.3.0.0/16 via 10.0.0.2 dev a0 mtu lock 1300 window 3000 ssthresh 20 cwnd lock 10 reordering lock 5 
  10.4.0.0/16 via 10.0.0.2 dev a0 advmss 1200 hoplimit 7 initcwnd 15 initrwnd 20 quickack 1 fastopen_no_cookie 1 
  10.6.0.0/16 via 10.0.0.2 dev a0 
  10.7.0.0/16 via 10.0.0.2 dev a0 mtu 65520 
  10.8.0.0/16 via 10.0.0.2 dev a0 mtu 67 
  $ ip -j route show 10.4.0.0/16
  [{"dst":"10.4.0.0/16","gateway":"10.0.0.2","dev":"a0","flags":[],"metrics":[{"advmss":1200,"hoplimit":7,"initcwnd":15,"initrwnd":20,"quickack":1,"fastopen_no_cookie":1}]}]
  $ ip -j route show 10.1.0.0/16
  [{"dst":"10.1.0.0/16","gateway":"10.0.0.2","dev":"a0","flags":[],"metrics":[{"rtt":1500,"rttvar":250,"rto_min":3}]}]
  $ ip -j -p route show 10.5.0.0/16
  [ ]
  $ ip route get 10.1.2.3
  10.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache rtt 1.5s rttvar 250ms rto_min lock 3ms 
  $ ip route get 10.5.2.3
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.3.2.3
  10.3.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache mtu lock 1300 window 3000 ssthresh 20 cwnd lock 10 reordering lock 5 
  $ ip route change 10.1.0.0/16 via 10.0.0.2 mtu 1400
  $ ip route show 10.1.0.0/16
  10.1.0.0/16 via 10.0.0.2 dev a0 mtu 1400 
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a0	0000010A	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0000020A	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0000030A	0200000A	0003	0	0	0	0000FFFF	0	3000	0                                                                              
  a0	0000040A	0200000A	0003	0	0	0	0000FFFF	1240	0	0                                                                              
  a0	0000060A	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0000070A	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0000080A	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
