Every non-zero counter (nstat -a, /proc/net/snmp) on a sender, a fragmenting router and a receiver after pings of several sizes, a DF ping that hits the smaller MTU, a UDP datagram to a closed port and a TTL-expired ping: octets, fragments, reassembly, ICMP message types.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for n in a r b; do ip netns exec $n nstat -n; done
  $ ip netns exec a ping -c 2 -i 0.2 -s 100 10.2.0.2 > /dev/null
  $ ip netns exec a ping -c 1 -s 3000 10.2.0.2 > /dev/null
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.2.0.2 > /dev/null
  [1]
  $ ip netns exec a ping -c 1 -W 1 -t 1 10.2.0.2 > /dev/null
  [1]
  $ echo hi | ip netns exec a nc -u -w1 -q0 10.2.0.2 9
  $ ip netns exec a nstat -a | grep -v '^#'
  IpInReceives                    8                  0.0
  IpInDelivers                    6                  0.0
  IpOutRequests                   6                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  IpOutTransmits                  8                  0.0
  IcmpInMsgs                      6                  0.0
  IcmpInDestUnreachs              2                  0.0
  IcmpInTimeExcds                 1                  0.0
  IcmpInEchoReps                  3                  0.0
  IcmpOutMsgs                     5                  0.0
  IcmpOutEchos                    5                  0.0
  IcmpMsgInType0                  3                  0.0
  IcmpMsgInType3                  2                  0.0
  IcmpMsgInType11                 1                  0.0
  IcmpMsgOutType8                 5                  0.0
  UdpOutDatagrams                 1                  0.0
  IpExtInOctets                   4071               0.0
  IpExtOutOctets                  4917               0.0
  IpExtInNoECTPkts                8                  0.0
  $ ip netns exec r nstat -a | grep -v '^#'
  IpInReceives                    14                 0.0
  IpInHdrErrors                   1                  0.0
  IpForwDatagrams                 13                 0.0
  IpOutRequests                   2                  0.0
  IpFragOKs                       2                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   4                  0.0
  IpOutTransmits                  16                 0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType11                1                  0.0
  IpExtInOctets                   8300               0.0
  IpExtOutOctets                  7466               0.0
  IpExtInNoECTPkts                14                 0.0
  $ ip netns exec b nstat -a | grep -v '^#'
  IpInReceives                    8                  0.0
  IpInDelivers                    4                  0.0
  IpOutRequests                   4                  0.0
  IpReasmReqds                    5                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  IpOutTransmits                  6                  0.0
  IcmpInMsgs                      3                  0.0
  IcmpInEchos                     3                  0.0
  IcmpOutMsgs                     4                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutEchoReps                 3                  0.0
  IcmpMsgInType8                  3                  0.0
  IcmpMsgOutType0                 3                  0.0
  IcmpMsgOutType3                 1                  0.0
  UdpNoPorts                      1                  0.0
  IpExtInOctets                   3395               0.0
  IpExtOutOctets                  3383               0.0
  IpExtInNoECTPkts                8                  0.0
  $ ip netns exec r cat /proc/net/snmp | grep -E '^(Ip|Icmp|IcmpMsg):'
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 1 64 14 1 0 13 0 0 0 2 0 0 0 0 0 0 2 1 4 16
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 2 0 0 0 1 1 0 0 0 0 0 0 0 0 0
  IcmpMsg: OutType3 OutType11
  IcmpMsg: 1 1
  $ ip netns exec b cat /proc/net/snmp | grep -E '^(Ip|Icmp|IcmpMsg|Udp):'
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 8 0 0 0 0 0 4 4 0 0 0 5 1 0 1 0 3 6
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 3 0 0 0 0 0 0 0 3 0 0 0 0 0 4 0 0 0 1 0 0 0 0 0 3 0 0 0 0
  IcmpMsg: InType8 OutType0 OutType3
  IcmpMsg: 3 3 1
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 1 0 0 0 0 0 0 0
  $ ip netns exec r grep IpExt /proc/net/netstat
  IpExt: InNoRoutes InTruncatedPkts InMcastPkts OutMcastPkts InBcastPkts OutBcastPkts InOctets OutOctets InMcastOctets OutMcastOctets InBcastOctets OutBcastOctets InCsumErrors InNoECTPkts InECT1Pkts InECT0Pkts InCEPkts ReasmOverlaps
  IpExt: 0 0 0 0 0 0 8300 7466 0 0 0 0 0 14 0 0 0 0
