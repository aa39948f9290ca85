Counters of a router for headers built by hand (socat IP-SENDTO with protocol 255) that it forwards or refuses: UDP with a nonsense header forwarded as it is, TTL 1 (time exceeded), a bad option (parameter problem), loose source routing with accept_source_route 0 (dropped, no ICMP), record route forwarded, an ICMP error with TTL 1 (no error about an error), a directed broadcast (bc_forwarding 0), DF too big for the next hop, destinations 127.0.0.1 and 0.1.2.3; nstat -as on the router after each group, /proc/net/snmp and ip -s link.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1000
  $ ip -n a neigh add 10.1.0.1 lladdr 02:00:00:00:01:01 dev a0
  $ ip -n r neigh add 10.1.0.2 lladdr 02:00:00:00:0a:01 dev r0
  $ ip -n r neigh add 10.2.0.2 lladdr 02:00:00:00:0b:01 dev r1
  $ ip -n b neigh add 10.2.0.1 lladdr 02:00:00:00:01:02 dev b0
  $ printf '\105\000\000\000\002\001\000\000\100\021\000\000\012\001\000\002\012\002\000\002\141\142\143\144\145\146\147\150' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ printf '\105\000\000\000\002\002\000\000\001\001\000\000\012\001\000\002\012\002\000\002\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ sleep 0.2
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInHdrErrors                   1                  0.0
  IpForwDatagrams                 1                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  2                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpMsgOutType11                1                  0.0
  IpExtInOctets                   64                 0.0
  IpExtOutOctets                  92                 0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    1                  0.0
  UdpInErrors                     1                  0.0
  IpExtInOctets                   28                 0.0
  IpExtInNoECTPkts                1                  0.0
  $ printf '\106\000\000\000\002\003\000\000\100\001\000\000\012\001\000\002\012\002\000\002\104\002\000\000\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ printf '\107\000\000\000\002\004\000\000\100\001\000\000\012\001\000\002\012\002\000\002\203\007\004\012\002\000\002\000\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ printf '\110\000\000\000\002\005\000\000\100\001\000\000\012\001\000\002\012\002\000\002\007\013\004\000\000\000\000\000\000\000\000\000\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ sleep 0.2
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    6                  0.0
  IpInHdrErrors                   2                  0.0
  IpForwDatagrams                 3                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  5                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpOutParmProbs                1                  0.0
  IcmpMsgOutType11                1                  0.0
  IcmpMsgOutType12                1                  0.0
  IpExtInOctets                   244                0.0
  IpExtOutOctets                  256                0.0
  IpExtInNoECTPkts                6                  0.0
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  UdpInErrors                     1                  0.0
  IpExtInOctets                   76                 0.0
  IpExtOutOctets                  48                 0.0
  IpExtInNoECTPkts                2                  0.0
  $ printf '\105\000\000\000\002\006\000\000\001\001\000\000\012\001\000\002\012\002\000\002\003\003\211\166\000\000\000\000\105\000\000\000\011\231\000\000\100\021\000\000\012\002\000\002\012\001\000\002\061\062\063\064\065\066\067\070' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ printf '\105\000\000\000\002\007\000\000\100\001\000\000\012\001\000\002\012\002\000\377\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ printf '\105\000\000\000\002\010\100\000\100\001\000\000\012\001\000\002\012\002\000\002\010\000\350\356\000\001\000\001\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130\130' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ sleep 0.2
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    9                  0.0
  IpInHdrErrors                   3                  0.0
  IpForwDatagrams                 4                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   3                  0.0
  IpFragFails                     1                  0.0
  IpOutTransmits                  6                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInErrors                    1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpOutParmProbs                1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType11                1                  0.0
  IcmpMsgOutType12                1                  0.0
  IpExtInBcastPkts                1                  0.0
  IpExtInOctets                   1564               0.0
  IpExtOutOctets                  832                0.0
  IpExtInBcastOctets              36                 0.0
  IpExtInNoECTPkts                9                  0.0
  $ printf '\105\000\000\000\002\011\000\000\100\001\000\000\012\001\000\002\177\000\000\001\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ printf '\105\000\000\000\002\012\000\000\100\001\000\000\012\001\000\002\000\001\002\003\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255; echo $?
  0
  $ sleep 0.2
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    11                 0.0
  IpInHdrErrors                   3                  0.0
  IpForwDatagrams                 4                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   4                  0.0
  IpFragFails                     1                  0.0
  IpOutTransmits                  7                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInErrors                    1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     4                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpOutParmProbs                1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType3                 2                  0.0
  IcmpMsgOutType11                1                  0.0
  IcmpMsgOutType12                1                  0.0
  IpExtInNoRoutes                 1                  0.0
  IpExtInBcastPkts                1                  0.0
  IpExtInOctets                   1636               0.0
  IpExtOutOctets                  896                0.0
  IpExtInBcastOctets              36                 0.0
  IpExtInNoECTPkts                11                 0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    5                  0.0
  IpInDelivers                    5                  0.0
  IpOutTransmits                  10                 0.0
  IcmpInMsgs                      5                  0.0
  IcmpInDestUnreachs              2                  0.0
  IcmpInTimeExcds                 1                  0.0
  IcmpInParmProbs                 1                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutMsgs                     9                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutEchos                    8                  0.0
  IcmpMsgInType0                  1                  0.0
  IcmpMsgInType3                  2                  0.0
  IcmpMsgInType11                 1                  0.0
  IcmpMsgInType12                 1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType8                 8                  0.0
  IpExtInOctets                   820                0.0
  IpExtOutOctets                  1588               0.0
  IpExtInNoECTPkts                5                  0.0
  $ ip netns exec r cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 1 64 11 3 0 4 0 0 1 4 0 0 0 0 0 0 0 1 0 7
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 1 1 0 0 0 0 0 0 1 0 0 0 0 0 4 0 0 0 2 1 1 0 0 0 0 0 0 0 0
  IcmpMsg: InType8 OutType3 OutType11 OutType12
  IcmpMsg: 1 2 1 1
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip -n r -s link show r0
  2: r0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:01 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
            1728      10      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             890       5      0       0       0       0 
  $ ip -n r -s link show r1
  3: r1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1000 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:02 brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
              62       1      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             104       2      0       0       0       0 
