/proc/net/route (fib_route_seq_show) for route variations: host routes, gateways, metrics, mtu/window/rtt, reject types, multipath, TOS, other tables (not shown), linkdown and dead next hops.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set a0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  $ ip link set b0 up
  $ ip route add 10.1.1.1 via 10.0.0.2
  $ ip route add 10.2.0.0/16 via 10.0.0.3 metric 44 mtu 1300 window 5000 rtt 30
  $ ip route add 10.3.0.0/16 via 10.0.0.3 advmss 1000 initcwnd 5
  $ ip route add unreachable 10.4.0.0/16
  $ ip route add prohibit 10.5.0.0/16
  $ ip route add blackhole 10.6.0.0/16
  $ ip route add 10.7.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.0.3
  $ ip route add 10.8.0.0/16 via 10.0.0.2 tos 0x10
  $ ip route add 10.9.0.0/16 dev a0 scope link src 10.0.0.1
  $ ip route add default via 10.0.0.254 metric 100
  $ ip route add 10.10.0.0/16 via 10.0.0.2 table 20
  $ ip route add local 10.11.0.0/16 dev a0
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	00000000	FE00000A	0003	0	0	100	00000000	0	0	0                                                                               
  a0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a0	0101010A	0200000A	0007	0	0	0	FFFFFFFF	0	0	0                                                                                 
  a0	0000020A	0300000A	0003	0	0	44	0000FFFF	0	5000	3                                                                             
  a0	0000030A	0300000A	0003	0	0	0	0000FFFF	1040	0	0                                                                              
  *	0000040A	00000000	0201	0	0	0	0000FFFF	0	0	0                                                                                  
  *	0000050A	00000000	0201	0	0	0	0000FFFF	0	0	0                                                                                  
  *	0000060A	00000000	0001	0	0	0	0000FFFF	0	0	0                                                                                  
  a0	0000070A	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0000080A	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0000090A	00000000	0001	0	0	0	0000FFFF	0	0	0                                                                                 
  $ ip link set b0 down
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	00000000	FE00000A	0003	0	0	100	00000000	0	0	0                                                                               
  a0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a0	0101010A	0200000A	0007	0	0	0	FFFFFFFF	0	0	0                                                                                 
  a0	0000020A	0300000A	0003	0	0	44	0000FFFF	0	5000	3                                                                             
  a0	0000030A	0300000A	0003	0	0	0	0000FFFF	1040	0	0                                                                              
  *	0000040A	00000000	0201	0	0	0	0000FFFF	0	0	0                                                                                  
  *	0000050A	00000000	0201	0	0	0	0000FFFF	0	0	0                                                                                  
  *	0000060A	00000000	0001	0	0	0	0000FFFF	0	0	0                                                                                  
  a0	0000070A	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0000080A	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0000090A	00000000	0001	0	0	0	0000FFFF	0	0	0                                                                                 
  $ ip link set a0 down
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  *	0000040A	00000000	0201	0	0	0	0000FFFF	0	0	0                                                                                  
  *	0000050A	00000000	0201	0	0	0	0000FFFF	0	0	0                                                                                  
  *	0000060A	00000000	0001	0	0	0	0000FFFF	0	0	0                                                                                  
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.4.0.0        -               255.255.0.0     !     0      -        0 -
  10.5.0.0        -               255.255.0.0     !     0      -        0 -
  10.6.0.0        0.0.0.0         255.255.0.0     U     0      0        0 *
