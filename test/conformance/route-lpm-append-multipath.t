Routes of one prefix with equal metrics: append puts the next one after, prepend before, and ip route get takes the first; add/append/prepend of an existing route are refused (EEXIST), replace changes the first, del without selectors takes the first; multipath routes with weights (1..256, 0 and 257 refused), twice the same gateway, device-only legs, onlink legs, mixed with single routes of another metric; /proc/net/route lists multipath once.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 via 10.0.0.2
  $ ip route append 20.0.0.0/8 via 10.0.1.2
  $ ip route prepend 20.0.0.0/8 via 10.0.1.3
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.1.3 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.1.2 dev a1 
  $ ip route get 20.1.1.1
  20.1.1.1 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route append 20.0.0.0/8 via 10.0.1.2
  RTNETLINK answers: File exists
  [2]
  $ ip route prepend 20.0.0.0/8 via 10.0.1.3
  RTNETLINK answers: File exists
  [2]
  $ ip route add 20.0.0.0/8 via 10.0.1.4
  RTNETLINK answers: File exists
  [2]
  $ ip route replace 20.0.0.0/8 via 10.0.1.4
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.1.4 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.1.2 dev a1 
  $ ip route del 20.0.0.0/8
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.1.2 dev a1 
  $ ip route del 20.0.0.0/8 via 10.0.1.2
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip route get 20.1.1.1
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route add 30.0.0.0/8 nexthop via 10.0.0.2 weight 3 nexthop via 10.0.1.2 weight 1
  $ ip route add 30.0.0.0/8 nexthop via 10.0.0.3 nexthop via 10.0.1.3 metric 10
  Error: "nexthop" or end of line is expected instead of "metric"
  [255]
  $ ip route show 30.0.0.0/8
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  $ ip -j route show 30.0.0.0/8
  [{"dst":"30.0.0.0/8","flags":[],"nexthops":[{"gateway":"10.0.0.2","dev":"a0","weight":3,"flags":[]},{"gateway":"10.0.1.2","dev":"a1","weight":1,"flags":[]}]}]
  $ ip route get 30.0.0.1
  30.0.0.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 30.0.0.1 fibmatch
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  $ ip route append 30.0.0.0/8 via 10.0.0.9
  $ ip route prepend 30.0.0.0/8 via 10.0.0.8 metric 10
  $ ip route show 30.0.0.0/8
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  30.0.0.0/8 via 10.0.0.9 dev a0 
  30.0.0.0/8 via 10.0.0.8 dev a0 metric 10 
  $ ip route del 30.0.0.0/8 metric 10
  $ ip route show 30.0.0.0/8
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  30.0.0.0/8 via 10.0.0.9 dev a0 
  $ ip route add 40.0.0.0/8 nexthop via 10.0.0.2 weight 256
  $ ip route add 40.0.0.0/8 nexthop via 10.0.0.2 weight 257
  Error: argument "257" is wrong: "weight" is invalid
  [255]
  $ ip route add 40.0.0.0/8 nexthop via 10.0.0.2 weight 0
  Error: argument "0" is wrong: "weight" is invalid
  [255]
  $ ip route show 40.0.0.0/8
  40.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip route add 41.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.0.2
  $ ip route show 41.0.0.0/8
  41.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  $ ip route add 42.0.0.0/8 nexthop dev a0 nexthop dev a1
  $ ip route show 42.0.0.0/8
  42.0.0.0/8 
  	nexthop dev a0 weight 1 
  	nexthop dev a1 weight 1 
  $ ip route add 43.0.0.0/8 nexthop via 10.0.0.2 dev a1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 43.0.0.0/8 nexthop via 10.9.0.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 43.0.0.0/8 nexthop via 10.0.0.2 onlink nexthop via 10.0.1.2 dev a1
  Error: Nexthop device required for onlink.
  [2]
  $ ip route add 43.0.0.0/8 nexthop via 10.0.0.2 dev a0 onlink nexthop via 10.0.1.2 dev a1
  $ ip route show 43.0.0.0/8
  43.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 onlink 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  $ ip route get 43.0.0.1
  43.0.0.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a1	0001000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a0	00000014	0200000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	0000001E	0200000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	0000001E	0900000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	00000028	0200000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	00000029	0200000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	0000002A	00000000	0001	0	0	0	000000FF	0	0	0                                                                                 
  a0	0000002B	0200000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  $ ip route del 43.0.0.0/8 nexthop via 10.0.0.2 dev a0
  RTNETLINK answers: No such process
  [2]
  $ ip route del 43.0.0.0/8 nexthop via 10.0.1.2 dev a1 nexthop via 10.0.0.2 dev a0
  RTNETLINK answers: No such process
  [2]
  $ ip route show 43.0.0.0/8
  43.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 onlink 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  $ ip route del 43.0.0.0/8 nexthop via 10.0.0.2 dev a0 onlink nexthop via 10.0.1.2 dev a1
  $ ip route show 43.0.0.0/8
