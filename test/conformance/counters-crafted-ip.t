Counters for IPv4 headers built by hand (socat IP-SENDTO with protocol 255, IPPROTO_RAW: the kernel fills the total length, the checksum and a zero id only): a bad timestamp option (InHdrErrors, ICMP parameter problem), version 6 and IHL 4 (InHdrErrors, no ICMP), martian sources 127.0.0.1 and 224.0.0.5 (dropped before any IP counter but InReceives), TTL 0 delivered and answered, a lone first fragment timing out (ReasmTimeout, ReasmFails, ICMP time exceeded code 1), overlapping fragments (ReasmOverlaps, ReasmFails), and a good echo; nstat -as on the receiver after each, /proc/net/snmp, netstat -s.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_time=1
  $ printf '\106\000\000\000\001\000\000\000\100\001\000\000\012\000\000\001\012\000\000\002\104\002\000\000\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  0
  $ sleep 0.2
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInHdrErrors                   1                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutParmProbs                1                  0.0
  IcmpMsgOutType12                1                  0.0
  IpExtInOctets                   40                 0.0
  IpExtOutOctets                  68                 0.0
  IpExtInNoECTPkts                1                  0.0
  $ ip netns exec a nstat -asz IcmpInParmProbs IcmpInMsgs
  #kernel
  IcmpInMsgs                      1                  0.0
  IcmpInParmProbs                 1                  0.0
  $ printf '\145\000\000\000\001\001\000\000\100\001\000\000\012\000\000\001\012\000\000\002\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  0
  $ printf '\104\000\000\000\001\002\000\000\100\001\000\000\012\000\000\001\012\000\000\002\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  * socat[*] E sendto(5, 0x*, 36, 0, AF=2 10.0.0.2:0, 16): Invalid argument (glob)
  1
  $ sleep 0.2
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInHdrErrors                   2                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutParmProbs                1                  0.0
  IcmpMsgOutType12                1                  0.0
  IpExtInOctets                   76                 0.0
  IpExtOutOctets                  68                 0.0
  IpExtInNoECTPkts                1                  0.0
  $ printf '\105\000\000\000\001\003\000\000\100\001\000\000\177\000\000\001\012\000\000\002\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  0
  $ printf '\105\000\000\000\001\004\000\000\100\001\000\000\340\000\000\005\012\000\000\002\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  0
  $ sleep 0.2
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    4                  0.0
  IpInHdrErrors                   2                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutParmProbs                1                  0.0
  IcmpMsgOutType12                1                  0.0
  IpExtInOctets                   148                0.0
  IpExtOutOctets                  68                 0.0
  IpExtInNoECTPkts                3                  0.0
  $ printf '\105\000\000\000\001\005\000\000\000\001\000\000\012\000\000\001\012\000\000\002\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  0
  $ sleep 0.2
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    5                  0.0
  IpInHdrErrors                   2                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutParmProbs                1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IcmpMsgOutType12                1                  0.0
  IpExtInOctets                   184                0.0
  IpExtOutOctets                  104                0.0
  IpExtInNoECTPkts                4                  0.0
  $ ip netns exec a nstat -asz IcmpInEchoReps
  #kernel
  IcmpInEchoReps                  1                  0.0
  $ printf '\105\000\000\000\001\006\040\000\100\001\000\000\012\000\000\001\012\000\000\002\010\000\346\350\000\001\000\001' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  0
  $ sleep 1.5
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    6                  0.0
  IpInHdrErrors                   2                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   3                  0.0
  IpReasmTimeout                  1                  0.0
  IpReasmReqds                    1                  0.0
  IpReasmFails                    1                  0.0
  IpOutTransmits                  3                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpOutParmProbs                1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IcmpMsgOutType11                1                  0.0
  IcmpMsgOutType12                1                  0.0
  IpExtInOctets                   212                0.0
  IpExtOutOctets                  160                0.0
  IpExtInNoECTPkts                5                  0.0
  $ ip netns exec a nstat -asz IcmpInTimeExcds IcmpMsgInType11
  #kernel
  IcmpInTimeExcds                 1                  0.0
  IcmpMsgInType11                 1                  0.0
  $ printf '\105\000\000\000\001\007\040\000\100\001\000\000\012\000\000\001\012\000\000\002\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  0
  $ printf '\105\000\000\000\001\007\040\001\100\001\000\000\012\000\000\001\012\000\000\002\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  0
  $ sleep 0.2
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    8                  0.0
  IpInHdrErrors                   2                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   3                  0.0
  IpReasmTimeout                  1                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmFails                    2                  0.0
  IpOutTransmits                  3                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpOutParmProbs                1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IcmpMsgOutType11                1                  0.0
  IcmpMsgOutType12                1                  0.0
  IpExtInOctets                   284                0.0
  IpExtOutOctets                  160                0.0
  IpExtInNoECTPkts                7                  0.0
  IpExtReasmOverlaps              1                  0.0
  $ printf '\105\000\000\000\001\010\000\000\100\001\000\000\012\000\000\001\012\000\000\002\010\000\346\350\000\001\000\001\101\102\103\104\105\106\107\110' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  0
  $ sleep 0.2
  $ ip netns exec b cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 9 2 0 0 0 0 2 4 0 0 1 3 0 2 0 0 0 4
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 2 0 0 0 0 0 0 0 2 0 0 0 0 0 4 0 0 0 0 1 1 0 0 0 2 0 0 0 0
  IcmpMsg: InType8 OutType0 OutType11 OutType12
  IcmpMsg: 2 2 1 1
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec b netstat -s
  Ip:
      Forwarding: 2
      9 total packets received
      2 with invalid headers
      0 forwarded
      0 incoming packets discarded
      2 incoming packets delivered
      4 requests sent out
      1 fragments dropped after timeout
      3 reassemblies required
      2 packet reassemblies failed
      OutTransmits: 4
  Icmp:
      2 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          echo requests: 2
      4 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          time exceeded: 1
          wrong parameters: 1
          echo replies: 2
  IcmpMsg:
          InType8: 2
          OutType0: 2
          OutType11: 1
          OutType12: 1
  Tcp:
      0 active connection openings
      0 passive connection openings
      0 failed connection attempts
      0 connection resets received
      0 connections established
      0 segments received
      0 segments sent out
      0 segments retransmitted
      0 bad segments received
      0 resets sent
  Udp:
      0 packets received
      0 packets to unknown port received
      0 packet receive errors
      0 packets sent
      0 receive buffer errors
      0 send buffer errors
  UdpLite:
  TcpExt:
      0 packet headers predicted
  IpExt:
      InOctets: 320
      OutOctets: 196
      InNoECTPkts: 8
      ReasmOverlaps: 1
  MPTcpExt:
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    4                  0.0
  IpInDelivers                    4                  0.0
  IpOutDiscards                   1                  0.0
  IpOutTransmits                  9                  0.0
  IcmpInMsgs                      4                  0.0
  IcmpInTimeExcds                 1                  0.0
  IcmpInParmProbs                 1                  0.0
  IcmpInEchoReps                  2                  0.0
  IcmpOutMsgs                     9                  0.0
  IcmpOutEchos                    9                  0.0
  IcmpMsgInType0                  2                  0.0
  IcmpMsgInType11                 1                  0.0
  IcmpMsgInType12                 1                  0.0
  IcmpMsgOutType8                 9                  0.0
  IpExtInOctets                   196                0.0
  IpExtOutOctets                  320                0.0
  IpExtInNoECTPkts                4                  0.0
  $ ip -n b -s link show b0
  2: b0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
             446       9      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             252       4      0       0       0       0 
