net-tools route through SIOCADDRT/SIOCDELRT (ip_rt_ioctl(), rtentry_to_fib_config()): a second gateway for the same prefix goes first (NLM_F_CREATE without EXCL), the same route twice is "File exists", metric N is priority N-1+1, reject routes are unreachable, mss/window/irtt become advmss/window/rtt metrics, -host and dev routes get link scope, deletes match type and gateway; the result in ip route show, route -n, route -ne, /proc/net/route.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1
  $ route add -net 20.0.0.0 netmask 255.0.0.0 gw 10.0.0.2
  $ route add -net 20.0.0.0 netmask 255.0.0.0 gw 10.0.1.2
  $ route add -net 20.0.0.0 netmask 255.0.0.0 gw 10.0.1.2; echo $?
  SIOCADDRT: File exists
  7
  $ route add -net 20.0.0.0 netmask 255.0.0.0 dev a0
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 dev a0 scope link 
  20.0.0.0/8 via 10.0.1.2 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  $ route add -net 21.0.0.0/8 gw 10.0.0.2 metric 5
  $ route add -net 21.0.0.0/8 gw 10.0.0.2 metric 0
  $ route add -net 21.0.0.0/8 gw 10.0.0.2 metric 1; echo $?
  0
  $ ip route show 21.0.0.0/8
  21.0.0.0/8 via 10.0.0.2 dev a0 
  21.0.0.0/8 via 10.0.0.2 dev a0 metric 1 
  21.0.0.0/8 via 10.0.0.2 dev a0 metric 5 
  $ route add -net 22.0.0.0/8 reject
  $ route add -host 22.1.1.1 reject metric 3
  $ ip route show | grep 22
  unreachable 22.0.0.0/8 scope host 
  unreachable 22.1.1.1 scope host metric 3 
  $ route add -host 23.1.1.1 gw 10.0.0.2 mss 1000 window 5000 irtt 100
  $ route add -host 23.1.1.2 dev a1 mtu 1200
  $ ip route show | grep 23
  23.1.1.1 via 10.0.0.2 dev a0 window 5000 rtt 100ms advmss 960 
  23.1.1.2 dev a1 scope link advmss 1160 
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0
  10.0.1.0        0.0.0.0         255.255.255.0   U     0      0        0 a1
  20.0.0.0        0.0.0.0         255.0.0.0       U     0      0        0 a0
  20.0.0.0        10.0.1.2        255.0.0.0       UG    0      0        0 a1
  20.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0
  21.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0
  21.0.0.0        10.0.0.2        255.0.0.0       UG    1      0        0 a0
  21.0.0.0        10.0.0.2        255.0.0.0       UG    5      0        0 a0
  22.0.0.0        -               255.0.0.0       !     0      -        0 -
  22.1.1.1        -               255.255.255.255 !H    3      -        0 -
  23.1.1.1        10.0.0.2        255.255.255.255 UGH   0      0        0 a0
  23.1.1.2        0.0.0.0         255.255.255.255 UH    0      0        0 a1
  $ route -ne
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 a0
  10.0.1.0        0.0.0.0         255.255.255.0   U         0 0          0 a1
  20.0.0.0        0.0.0.0         255.0.0.0       U         0 0          0 a0
  20.0.0.0        10.0.1.2        255.0.0.0       UG        0 0          0 a1
  20.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  21.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  21.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  21.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  22.0.0.0        -               255.0.0.0       !         - -          - -
  22.1.1.1        -               255.255.255.255 !H        - -          - -
  23.1.1.1        10.0.0.2        255.255.255.255 UGH    1000 5000     100 a0
  23.1.1.2        0.0.0.0         255.255.255.255 UH     1200 0          0 a1
  $ route -nee
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0       0     0      0
  10.0.1.0        0.0.0.0         255.255.255.0   U     0      0        0 a1       0     0      0
  20.0.0.0        0.0.0.0         255.0.0.0       U     0      0        0 a0       0     0      0
  20.0.0.0        10.0.1.2        255.0.0.0       UG    0      0        0 a1       0     0      0
  20.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0       0     0      0
  21.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0       0     0      0
  21.0.0.0        10.0.0.2        255.0.0.0       UG    1      0        0 a0       0     0      0
  21.0.0.0        10.0.0.2        255.0.0.0       UG    5      0        0 a0       0     0      0
  22.0.0.0        -               255.0.0.0       !     0      -        0 -        -     -      -
  22.1.1.1        -               255.255.255.255 !H    3      -        0 -        -     -      -
  23.1.1.1        10.0.0.2        255.255.255.255 UGH   0      0        0 a0       1000  5000   100
  23.1.1.2        0.0.0.0         255.255.255.255 UH    0      0        0 a1       1200  0      0
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a1	0001000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a0	00000014	00000000	0001	0	0	0	000000FF	0	0	0                                                                                 
  a1	00000014	0201000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	00000014	0200000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	00000015	0200000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	00000015	0200000A	0003	0	0	1	000000FF	0	0	0                                                                                 
  a0	00000015	0200000A	0003	0	0	5	000000FF	0	0	0                                                                                 
  *	00000016	00000000	0201	0	0	0	000000FF	0	0	0                                                                                  
  *	01010116	00000000	0205	0	0	3	FFFFFFFF	0	0	0                                                                                  
  a0	01010117	0200000A	0007	0	0	0	FFFFFFFF	1000	5000	100                                                                         
  a1	02010117	00000000	0005	0	0	0	FFFFFFFF	1200	0	0                                                                              
  $ ip route get 22.1.1.1 2>&1; ip route get 22.2.2.2 2>&1
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  [2]
  $ route del -net 20.0.0.0 netmask 255.0.0.0 gw 10.0.0.2; echo $?
  0
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 dev a0 scope link 
  20.0.0.0/8 via 10.0.1.2 dev a1 
  $ route del -net 20.0.0.0 netmask 255.0.0.0; echo $?
  0
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.1.2 dev a1 
  $ route del -net 20.0.0.0 netmask 255.0.0.0 dev a1; echo $?
  0
  $ route del -net 20.0.0.0 netmask 255.0.0.0 dev a0; echo $?
  SIOCDELRT: No such process
  7
  $ ip route show 20.0.0.0/8
  $ route del -net 21.0.0.0/8 metric 5; echo $?
  0
  $ route del -net 21.0.0.0/8 metric 9; echo $?
  SIOCDELRT: No such process
  7
  $ ip route show 21.0.0.0/8
  21.0.0.0/8 via 10.0.0.2 dev a0 
  21.0.0.0/8 via 10.0.0.2 dev a0 metric 1 
  $ route del -net 22.0.0.0/8; echo $?
  SIOCDELRT: No such process
  7
  $ route del -net 22.0.0.0/8 reject; echo $?
  0
  $ route del -host 22.1.1.1 reject; echo $?
  0
  $ ip route show | grep 22
  [1]
  $ route add default gw 10.0.1.2; route add default gw 10.0.0.2 metric 100
  $ ip route add default via 10.0.0.2 metric 7
  $ route -n | grep '^0'
  0.0.0.0         10.0.1.2        0.0.0.0         UG    0      0        0 a1
  0.0.0.0         10.0.0.2        0.0.0.0         UG    7      0        0 a0
  0.0.0.0         10.0.0.2        0.0.0.0         UG    100    0        0 a0
  $ route del default; echo $?
  0
  $ route -n | grep '^0'
  0.0.0.0         10.0.0.2        0.0.0.0         UG    7      0        0 a0
  0.0.0.0         10.0.0.2        0.0.0.0         UG    100    0        0 a0
  $ route del default; route del default; route del default; echo $?
  SIOCDELRT: No such process
  7
  $ route add -net 24.0.0.0/8 gw 10.0.0.2 dev a1; echo $?
  SIOCADDRT: Network is unreachable
  7
  $ route add -net 24.0.0.0/8 gw 10.0.5.5; echo $?
  SIOCADDRT: Network is unreachable
  7
  $ route add -net 24.0.0.0/8 gw 10.0.0.1; echo $?
  0
  $ route add -net 24.0.0.0/8 dev lo; echo $?
  0
  $ route add -host 24.0.0.1 dev a0 gw 10.9.9.9; echo $?
  SIOCADDRT: Network is unreachable
  7
  $ ip route show | grep 24
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  24.0.0.0/8 dev lo scope link 
  24.0.0.0/8 via 10.0.0.1 dev a0 scope link 
  $ route add -net 25.0.0.0/8 gw 10.0.0.255; echo $?
  SIOCADDRT: Network is unreachable
  7
  $ route add -net 26.0.0.0/8 gw 10.0.0.0 dev a0; echo $?
  0
  $ ip addr add 10.0.0.7/24 dev a0 label a0:7; ip addr add 10.0.0.8/24 dev a0 label a0:8
  $ route add -net 27.0.0.0/8 gw 10.0.0.2 dev a0:7; echo $?
  0
  $ route add -net 28.0.0.0/8 dev a0:8; echo $?
  0
  $ route add -net 29.0.0.0/8 dev a0:9; echo $?
  SIOCADDRT: No such device
  7
  $ ip route show | grep -v kernel
  21.0.0.0/8 via 10.0.0.2 dev a0 
  21.0.0.0/8 via 10.0.0.2 dev a0 metric 1 
  23.1.1.1 via 10.0.0.2 dev a0 window 5000 rtt 100ms advmss 960 
  23.1.1.2 dev a1 scope link advmss 1160 
  24.0.0.0/8 dev lo scope link 
  24.0.0.0/8 via 10.0.0.1 dev a0 scope link 
  26.0.0.0/8 via 10.0.0.0 dev a0 
  27.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.7 
  28.0.0.0/8 dev a0 scope link src 10.0.0.8 
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0
  10.0.1.0        0.0.0.0         255.255.255.0   U     0      0        0 a1
  21.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0
  21.0.0.0        10.0.0.2        255.0.0.0       UG    1      0        0 a0
  23.1.1.1        10.0.0.2        255.255.255.255 UGH   0      0        0 a0
  23.1.1.2        0.0.0.0         255.255.255.255 UH    0      0        0 a1
  24.0.0.0        0.0.0.0         255.0.0.0       U     0      0        0 lo
  24.0.0.0        10.0.0.1        255.0.0.0       UG    0      0        0 a0
  26.0.0.0        10.0.0.0        255.0.0.0       UG    0      0        0 a0
  27.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0
  28.0.0.0        0.0.0.0         255.0.0.0       U     0      0        0 a0
  $ route del -net 27.0.0.0/8 dev a0:8; echo $?
  SIOCDELRT: No such process
  7
  $ route del -net 27.0.0.0/8 dev a0:7; echo $?
  0
  $ ip rule add from 1.1.1.1 table 9; ip rule del from 1.1.1.1 table 9
  $ route add -net 30.0.0.0/8 gw 10.0.0.1; echo $?
  0
  $ ip route show 30.0.0.0/8
  30.0.0.0/8 via 10.0.0.1 dev a0 
