/proc/net/snmp6 and nstat's Ip6/Icmp6/Udp6 counters: zeros in a fresh namespace; the MLDv2 reports, DAD solicitations and router solicitations a veth pair sends by itself count out (OutRequests, OutMcast, OutTransmits, octets of the IPv6 datagram, Icmp6Out per type by name and number) and in (InReceives, InMcast, InNoECTPkts; not delivered: no group joined); disable_ipv6 on the receiver makes them InDiscards; forwarding on a running device joins the all-routers groups and the subnet-router anycast (its route in table local) in one report, and leaving them sends CHANGE_TO_INCLUDE records twice.
  $ cat /proc/net/snmp6 | wc -l
  86
  $ cat /proc/net/snmp6 | sed -n '1p;33,40p;55p;69,70p;78,79p;86p'
  Ip6InReceives                   	0
  Ip6OutTransmits                 	0
  Icmp6InMsgs                     	0
  Icmp6InErrors                   	0
  Icmp6OutMsgs                    	0
  Icmp6OutErrors                  	0
  Icmp6InCsumErrors               	0
  Icmp6OutRateLimitHost           	0
  Icmp6InDestUnreachs             	0
  Icmp6OutDestUnreachs            	0
  Icmp6OutMLDv2Reports            	0
  Udp6InDatagrams                 	0
  Udp6MemErrors                   	0
  UdpLite6InDatagrams             	0
  UdpLite6MemErrors               	0
  $ nstat -az 'Ip6*' | wc -l
  34
  $ nstat -az 'Udp*6*' 'Icmp6*Msgs'
  #kernel
  Icmp6InMsgs                     0                  0.0
  Icmp6OutMsgs                    0                  0.0
  Udp6InDatagrams                 0                  0.0
  Udp6NoPorts                     0                  0.0
  Udp6InErrors                    0                  0.0
  Udp6OutDatagrams                0                  0.0
  Udp6RcvbufErrors                0                  0.0
  Udp6SndbufErrors                0                  0.0
  Udp6InCsumErrors                0                  0.0
  Udp6IgnoredMulti                0                  0.0
  Udp6MemErrors                   0                  0.0
  UdpLite6InDatagrams             0                  0.0
  UdpLite6NoPorts                 0                  0.0
  UdpLite6InErrors                0                  0.0
  UdpLite6OutDatagrams            0                  0.0
  UdpLite6RcvbufErrors            0                  0.0
  UdpLite6SndbufErrors            0                  0.0
  UdpLite6InCsumErrors            0                  0.0
  UdpLite6MemErrors               0                  0.0
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ ip link set b0 up; ip link set a0 up; sleep 3
  $ nstat -a 'Ip6*' 'Icmp6*'
  #kernel
  Ip6InReceives                   12                 0.0
  Ip6OutRequests                  12                 0.0
  Ip6InMcastPkts                  12                 0.0
  Ip6OutMcastPkts                 12                 0.0
  Ip6InOctets                     864                0.0
  Ip6OutOctets                    864                0.0
  Ip6InMcastOctets                864                0.0
  Ip6OutMcastOctets               864                0.0
  Ip6InNoECTPkts                  12                 0.0
  Ip6OutTransmits                 12                 0.0
  Icmp6OutMsgs                    12                 0.0
  Icmp6OutRouterSolicits          2                  0.0
  Icmp6OutNeighborSolicits        2                  0.0
  Icmp6OutMLDv2Reports            8                  0.0
  Icmp6OutType133                 2                  0.0
  Icmp6OutType135                 2                  0.0
  Icmp6OutType143                 8                  0.0
  $ grep -v '	0$' /proc/net/snmp6
  Ip6InReceives                   	12
  Ip6OutRequests                  	12
  Ip6InMcastPkts                  	12
  Ip6OutMcastPkts                 	12
  Ip6InOctets                     	864
  Ip6OutOctets                    	864
  Ip6InMcastOctets                	864
  Ip6OutMcastOctets               	864
  Ip6InNoECTPkts                  	12
  Ip6OutTransmits                 	12
  Icmp6OutMsgs                    	12
  Icmp6OutRouterSolicits          	2
  Icmp6OutNeighborSolicits        	2
  Icmp6OutMLDv2Reports            	8
  Icmp6OutType133                 	2
  Icmp6OutType135                 	2
  Icmp6OutType143                 	8
  $ nstat -asj Ip6InReceives Ip6OutOctets Icmp6OutType143
  {"kernel":{"Ip6InReceives":12,"Ip6OutOctets":864,"Icmp6OutType143":8}}
  $ nstat -n; nstat 'Ip6*' 'Icmp6*'
  #kernel
  $ sysctl -qw net.ipv6.conf.b0.disable_ipv6=1
  $ ip link set a0 down; ip link set a0 up; sleep 3; nstat 'Ip6*' 'Icmp6*'
  #kernel
  Ip6InReceives                   6                  0.0
  Ip6InDiscards                   6                  0.0
  Ip6OutRequests                  6                  0.0
  Ip6OutMcastPkts                 6                  0.0
  Ip6InOctets                     432                0.0
  Ip6OutOctets                    432                0.0
  Ip6OutMcastOctets               432                0.0
  Ip6OutTransmits                 6                  0.0
  Icmp6OutMsgs                    6                  0.0
  Icmp6OutRouterSolicits          1                  0.0
  Icmp6OutNeighborSolicits        1                  0.0
  Icmp6OutMLDv2Reports            4                  0.0
  Icmp6OutType133                 1                  0.0
  Icmp6OutType135                 1                  0.0
  Icmp6OutType143                 4                  0.0
  $ ip link del a0
  $ ip link add a1 address 02:00:00:00:00:a1 type veth peer name b1 address 02:00:00:00:00:b1
  $ ip link set b1 up; ip link set a1 up; sleep 3; nstat -n
  $ sysctl -qw net.ipv6.conf.a1.forwarding=1; ip -6 route show table local
  anycast fe80:: dev a1 proto kernel metric 0 pref medium
  local fe80::ff:fe00:a1 dev a1 proto kernel metric 0 pref medium
  local fe80::ff:fe00:b1 dev b1 proto kernel metric 0 pref medium
  multicast ff00::/8 dev a1 proto kernel metric 256 pref medium
  multicast ff00::/8 dev b1 proto kernel metric 256 pref medium
  $ sleep 4; nstat Icmp6OutMLDv2Reports Icmp6InRouterSolicits Ip6InDelivers Icmp6InType133
  #kernel
  Ip6InDelivers                   1                  0.0
  Icmp6InRouterSolicits           1                  0.0
  Icmp6OutMLDv2Reports            [23]                  0.0 (re)
  Icmp6InType133                  1                  0.0
  $ sysctl -qw net.ipv6.conf.a1.forwarding=0; ip -6 route show table local
  local fe80::ff:fe00:a1 dev a1 proto kernel metric 0 pref medium
  local fe80::ff:fe00:b1 dev b1 proto kernel metric 0 pref medium
  multicast ff00::/8 dev a1 proto kernel metric 256 pref medium
  multicast ff00::/8 dev b1 proto kernel metric 256 pref medium
  $ sleep 3; nstat Icmp6OutMLDv2Reports Icmp6InRouterSolicits Icmp6OutType143
  #kernel
  Icmp6OutMLDv2Reports            2                  0.0
  Icmp6OutType143                 4                  0.0
  $ sysctl -qw net.ipv6.conf.all.forwarding=1; ip -6 route show table local | grep -c anycast
  2
  $ ip netns add x; ip netns exec x grep -c '	0$' /proc/net/snmp6
  86
  $ ip netns exec x nstat -a 'Ip6*'
  #kernel
