A locked cwnd of 0 is refused by ip_metrics_convert() (Linux 6.18: "Locked cwnd metric must be non zero"), on add, change, before the gateway check and after an unknown congctl; cwnd 0 unlocked and other locked zeros pass; /proc/net/route prints the metric with %u.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set a0 up; ip addr add 192.168.1.1/24 dev a0
  $ ip route add 10.0.0.0/8 dev a0 cwnd lock 0
  Error: Locked cwnd metric must be non zero.
  [2]
  $ ip route add 10.0.0.0/8 dev a0 cwnd 0
  $ ip route add 11.0.0.0/8 dev a0 cwnd lock 1
  $ ip route add 12.0.0.0/8 dev a0 mtu lock 0
  $ ip route add 13.0.0.0/8 dev a0 cwnd lock 0 congctl nosuch
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add 13.0.0.0/8 dev a0 congctl nosuch cwnd lock 0
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add 13.0.0.0/8 dev a0 cwnd lock 0 features nosuch
  Error: argument "nosuch" is wrong: "features" value not valid
  [255]
  $ ip route show
  10.0.0.0/8 dev a0 scope link linkdown 
  11.0.0.0/8 dev a0 scope link linkdown cwnd lock 1 
  12.0.0.0/8 dev a0 scope link linkdown mtu lock 0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 linkdown 
  $ ip route add 20.0.0.0/8 dev a0 metric 4294967295; ip route add 21.0.0.0/8 via 192.168.1.9 metric 2147483648 window 1000 rtt 80ms advmss 1000
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	00000000	0001	0	0	0	000000FF	0	0	0                                                                                 
  a0	0000000B	00000000	0001	0	0	0	000000FF	0	0	0                                                                                 
  a0	0000000C	00000000	0001	0	0	0	000000FF	0	0	0                                                                                 
  a0	00000014	00000000	0001	0	0	4294967295	000000FF	0	0	0                                                                        
  a0	00000015	0901A8C0	0003	0	0	2147483648	000000FF	1040	1000	80                                                                 
  a0	0001A8C0	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
