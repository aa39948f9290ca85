Policy routing on a router with traffic: a source rule, a tos rule (ping -Q), an iif+ipproto rule and an iif lo rule send flows to the second uplink (link counters show which), traceroute over UDP, ICMP and TCP; rule actions and route types for forwarded packets (prohibit and unreachable rules, then prohibit, blackhole, unreachable and throw routes in a looked-up table) and what ping and traceroute see; the router's counters.
  $ for n in h r u1 u2; do ip netns add $n; done
  $ ip link add h0 netns h address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add w1 netns r address 02:00:00:00:01:02 type veth peer name i1 netns u1 address 02:00:00:00:0b:01
  $ ip link add w2 netns r address 02:00:00:00:01:03 type veth peer name i2 netns u2 address 02:00:00:00:0c:01
  $ for n in h r u1 u2; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up; for d in r0 w1 w2; do ip -n r link set $d up; done; ip -n u1 link set i1 up; ip -n u2 link set i2 up
  $ ip -n h addr add 192.168.1.2/24 dev h0
  $ ip -n h addr add 192.168.1.3/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 100.64.1.2/24 dev w1
  $ ip -n r addr add 100.64.2.2/24 dev w2
  $ ip -n u1 addr add 100.64.1.1/24 dev i1
  $ ip -n u2 addr add 100.64.2.1/24 dev i2
  $ ip -n u1 addr add 8.8.8.8/32 dev lo
  $ ip -n u2 addr add 8.8.8.8/32 dev lo
  $ ip -n u1 route add default via 100.64.1.2
  $ ip -n u2 route add default via 100.64.2.2
  $ ip -n h route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add default via 100.64.1.1
  $ ip -n r route add default via 100.64.2.1 table 200
  $ ip -n r rule add from 192.168.1.3 lookup 200 pref 100
  $ ip -n r rule add tos 0x10 lookup 200 pref 110
  $ ip -n r rule add iif r0 ipproto udp lookup 200 pref 120
  $ ip -n r rule add iif lo lookup 200 pref 130 
  $ ip netns exec h ping -c1 -W1 8.8.8.8 | sed -n 2p
  64 bytes from 8.8.8.8: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec h ping -c1 -W1 -I 192.168.1.3 8.8.8.8 | sed -n 2p
  64 bytes from 8.8.8.8: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec h ping -c1 -W1 -Q 0x10 8.8.8.8 | sed -n 2p
  $ ip netns exec r ping -c1 -W1 8.8.8.8 | sed -n 2p
  64 bytes from 8.8.8.8: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n u1 -s link show i1 | sed -n 4p
             406       5      0       0       0       0 
  $ ip -n u2 -s link show i2 | sed -n 4p
             700       8      0       0       0       0 
  $ ip netns exec h traceroute -n -q1 -w1 8.8.8.8
  traceroute to 8.8.8.8 (8.8.8.8), 30 hops max, 60 byte packets
   1  *
   2  8.8.8.8  * ms (glob)
  $ ip netns exec h traceroute -n -q1 -w1 -I 8.8.8.8
  traceroute to 8.8.8.8 (8.8.8.8), 30 hops max, 60 byte packets
   1  *
   2  8.8.8.8  * ms (glob)
  $ ip netns exec h traceroute -n -q1 -w1 -T 8.8.8.8
  traceroute to 8.8.8.8 (8.8.8.8), 30 hops max, 60 byte packets
   1  *
   2  8.8.8.8  * ms (glob)
  $ ip -n u1 -s link show i1 | sed -n 4p
            2876      38      0       0       0       0 
  $ ip -n u2 -s link show i2 | sed -n 4p
            2366      29      0       0       0       0 
  $ ip -n r route get 8.8.8.8 from 192.168.1.2 iif r0
  8.8.8.8 from 192.168.1.2 via 100.64.2.1 dev w2 table 200 
      cache iif r0 
  $ ip -n r route get 8.8.8.8 from 192.168.1.2 iif r0 ipproto udp
  8.8.8.8 from 192.168.1.2 via 100.64.2.1 dev w2 table 200 
      cache iif r0 
  $ ip -n r route get 8.8.8.8 from 192.168.1.2 iif r0 tos 0x10
  8.8.8.8 from 192.168.1.2 via 100.64.2.1 dev w2 table 200 
      cache iif r0 
  $ ip -n r route get 8.8.8.8 from 192.168.1.2 iif r0 dsfield 0x10
  8.8.8.8 from 192.168.1.2 via 100.64.2.1 dev w2 table 200 
      cache iif r0 
  $ ip -n r route get 8.8.8.8 from 192.168.1.2 iif r0 tos 0x12
  8.8.8.8 from 192.168.1.2 via 100.64.2.1 dev w2 table 200 
      cache iif r0 
  $ ip -n r route get 8.8.8.8 from 192.168.1.2 iif r0 tos 0x14
  8.8.8.8 from 192.168.1.2 via 100.64.2.1 dev w2 table 200 
      cache iif r0 
  $ ip -n r route get 8.8.8.8
  8.8.8.8 via 100.64.2.1 dev w2 table 200 src 100.64.2.2 uid 0 
      cache 
  $ ip -n r rule add iif r0 prohibit pref 50
  $ ip netns exec h ping -c1 -W1 8.8.8.8 | sed -n 2p
  $ ip netns exec h traceroute -n -q1 -w1 8.8.8.8
  traceroute to 8.8.8.8 (8.8.8.8), 30 hops max, 60 byte packets
   1  *
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  *
  19  *
  20  *
  21  *
  22  *
  23  *
  24  *
  25  *
  26  *
  27  *
  28  *
  29  *
  30  *
  $ ip -n r rule del pref 50
  $ ip -n r rule add iif r0 unreachable pref 50
  $ ip netns exec h traceroute -n -q1 -w1 8.8.8.8
  traceroute to 8.8.8.8 (8.8.8.8), 30 hops max, 60 byte packets
   1  *
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  *
  19  *
  20  *
  21  *
  22  *
  23  *
  24  *
  25  *
  26  *
  27  *
  28  *
  29  *
  30  *
  $ ip netns exec h ping -c1 -W1 8.8.8.8 | sed -n 2p
  $ ip -n r rule del pref 50
  $ ip -n r rule add iif r0 to 8.8.8.8 blackhole pref 50
  $ ip netns exec h ping -c1 -W1 8.8.8.8 | sed -n 2p
  $ ip -n r rule del pref 50
  $ ip -n r route add prohibit 8.8.8.8 table 90
  $ ip -n r rule add iif r0 lookup 90 pref 50
  $ ip netns exec h ping -c1 -W1 8.8.8.8 | sed -n 2p
  $ ip -n r route replace blackhole 8.8.8.8 table 90
  $ ip netns exec h ping -c1 -W1 8.8.8.8 | sed -n 2p
  $ ip -n r route replace unreachable 8.8.8.8 table 90
  $ ip netns exec h ping -c1 -W1 8.8.8.8 | sed -n 2p
  $ ip -n r route replace throw 8.8.8.8 table 90
  $ ip netns exec h ping -c1 -W1 8.8.8.8 | sed -n 2p
  64 bytes from 8.8.8.8: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n r route replace 8.8.8.8 via 100.64.2.1 table 90
  $ ip netns exec h ping -c1 -W1 8.8.8.8 | sed -n 2p
  64 bytes from 8.8.8.8: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r nstat -az IpInNoRoutes IpOutNoRoutes IcmpOutDestUnreachs IpInAddrErrors IpForwDatagrams IpOutRequests
  #kernel
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 91                 0.0
  IpOutRequests                   9                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             5                  0.0
  $ ip netns exec h nstat -az IcmpInDestUnreachs IcmpInTimeExcds
  #kernel
  IcmpInDestUnreachs              6                  0.0
  IcmpInTimeExcds                 0                  0.0
