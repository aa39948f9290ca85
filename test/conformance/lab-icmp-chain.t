An ICMP lab over a chain of three routers: ping -R records the route both ways, ping -t finds which hop answers Time Exceeded, traceroute -I and -U and tracepath list the hops, an unreachable network draws Net Unreachable from the router that lacks the route, and the routers' Icmp counters (nstat) and /proc/net/snmp show who sent what.
  $ for n in h r1 r2 r3 s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns h address 02:00:00:00:00:01 type veth peer name w netns r1 address 02:00:00:00:01:01
  $ ip link add e netns r1 address 02:00:00:00:01:02 type veth peer name w netns r2 address 02:00:00:00:02:01
  $ ip link add e netns r2 address 02:00:00:00:02:02 type veth peer name w netns r3 address 02:00:00:00:03:01
  $ ip link add e netns r3 address 02:00:00:00:03:02 type veth peer name eth0 netns s address 02:00:00:00:04:01
  $ for n in h s; do ip -n $n link set eth0 up; done; for n in r1 r2 r3; do ip -n $n link set w up; ip -n $n link set e up; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n h addr add 10.0.0.2/24 dev eth0; ip -n h route add default via 10.0.0.1
  $ ip -n r1 addr add 10.0.0.1/24 dev w; ip -n r1 addr add 10.0.1.1/24 dev e; ip -n r1 route add default via 10.0.1.2
  $ ip -n r2 addr add 10.0.1.2/24 dev w; ip -n r2 addr add 10.0.2.1/24 dev e; ip -n r2 route add 10.0.0.0/24 via 10.0.1.1; ip -n r2 route add 10.0.3.0/24 via 10.0.2.2
  $ ip -n r3 addr add 10.0.2.2/24 dev w; ip -n r3 addr add 10.0.3.1/24 dev e; ip -n r3 route add default via 10.0.2.1
  $ ip -n s addr add 10.0.3.2/24 dev eth0; ip -n s route add default via 10.0.3.1
  $ ip netns exec h ping -c 1 -W 1 -R 10.0.3.2 | sed -E 's/time=.*//' | sed -n 2,12p
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=61 
  RR: 	10.0.0.2
  	10.0.1.1
  	10.0.2.1
  	10.0.3.1
  	10.0.3.2
  	10.0.3.2
  	10.0.2.2
  	10.0.1.2
  	10.0.0.1
  $ for t in 1 2 3 4; do ip netns exec h ping -c 1 -W 1 -t $t 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'; done
  From 10.0.0.1 icmp_seq=1 Time to live exceeded
  From 10.0.1.2 icmp_seq=1 Time to live exceeded
  From 10.0.2.2 icmp_seq=1 Time to live exceeded
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=61 
  $ ip netns exec h traceroute -n -I -q 1 10.0.3.2 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.0.1
   2  10.0.1.2
   3  10.0.2.2
   4  10.0.3.2
  $ ip netns exec h traceroute -n -U -q 2 10.0.3.2 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.0.1
   2  10.0.1.2
   3  10.0.2.2
   4  10.0.3.2
  $ ip netns exec h tracepath -n 10.0.3.2 | sed -E 's/ +[0-9.]+ms/ Nms/; s/ +$//'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.0.1 Nms
   1:  10.0.0.1 Nms
   2:  10.0.1.2 Nms
   3:  10.0.2.2 Nms
   4:  10.0.3.2 Nms reached
       Resume: pmtu 1500 hops 4 back 4
  $ ip netns exec h ping -c 1 -W 1 10.9.9.9 | sed -n 2p
  From 10.0.1.2 icmp_seq=1 Destination Net Unreachable
  $ ip netns exec h ping -c 1 -W 1 -t 2 10.9.9.9 | sed -n 2p
  $ for n in r1 r2 r3; do echo $n; ip netns exec $n nstat -az IcmpOutTimeExcds IcmpOutDestUnreachs IcmpOutEchoReps IcmpOutMsgs IcmpMsgOutType3 IcmpMsgOutType11 | sed 1d; done
  r1
  IcmpOutMsgs                     6                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                6                  0.0
  IcmpOutEchoReps                 0                  0.0
  IcmpMsgOutType11                6                  0.0
  r2
  IcmpOutMsgs                     6                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                5                  0.0
  IcmpOutEchoReps                 0                  0.0
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType11                5                  0.0
  r3
  IcmpOutMsgs                     5                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                5                  0.0
  IcmpOutEchoReps                 0                  0.0
  IcmpMsgOutType11                5                  0.0
  $ ip netns exec s nstat -az IcmpInEchos IcmpOutEchoReps UdpNoPorts IcmpOutDestUnreachs | sed 1d
  IcmpInEchos                     18                 0.0
  IcmpOutDestUnreachs             7                  0.0
  IcmpOutEchoReps                 18                 0.0
  UdpNoPorts                      12                 0.0
  $ ip netns exec h sed -n 3,4p /proc/net/snmp | cut -d' ' -f1-10
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos
  Icmp: 42 0 0 8 16 0 0 0 0
