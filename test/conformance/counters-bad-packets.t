Counters of packets a host refuses, sent with socat's raw IP-SENDTO (the payload after the kernel's IP header): an unknown protocol (InUnknownProtos, ICMP protocol unreachable, whose 5-byte quote is too short for the sender's icmp_socket_deliver(): IcmpInErrors), ICMP with a bad checksum (InCsumErrors, InErrors), an ICMP type above NR_ICMP_TYPES (InErrors, no IcmpMsgInType), an echo request built by hand, UDP whose length field exceeds the packet, UDP with a bad checksum and without one (to a closed port, to a listener), TCP with a bad checksum; socat's errors for protocol 0, a name, 300 and 255; binary bytes through socat and nc unchanged; nstat -as, /proc/net/snmp, netstat -s.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev b0
  $ printf 'hello' | ip netns exec a socat -u - IP4-SENDTO:10.0.0.2:200; echo $?
  0
  $ sleep 0.2
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInUnknownProtos               1                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IpExtInOctets                   25                 0.0
  IpExtOutOctets                  53                 0.0
  IpExtInNoECTPkts                1                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInErrors                    1                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpMsgInType3                  1                  0.0
  IpExtInOctets                   53                 0.0
  IpExtOutOctets                  25                 0.0
  IpExtInNoECTPkts                1                  0.0
  $ printf 'hello' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1; echo $?
  0
  $ printf '\052\000\325\377' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1; echo $?
  0
  $ printf '\010\000\367\375\000\001\000\001' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:0x01; echo $?
  0
  $ sleep 0.2
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    4                  0.0
  IpInUnknownProtos               1                  0.0
  IpInDelivers                    3                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpInMsgs                      3                  0.0
  IcmpInErrors                    2                  0.0
  IcmpInCsumErrors                1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IpExtInOctets                   102                0.0
  IpExtOutOctets                  81                 0.0
  IpExtInNoECTPkts                4                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   4                  0.0
  IpOutTransmits                  4                  0.0
  IcmpInMsgs                      2                  0.0
  IcmpInErrors                    1                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutEchos                    1                  0.0
  IcmpMsgInType0                  1                  0.0
  IcmpMsgInType3                  1                  0.0
  IcmpMsgOutType8                 1                  0.0
  IcmpMsgOutType42                1                  0.0
  IcmpMsgOutType104               1                  0.0
  IpExtInOctets                   81                 0.0
  IpExtOutOctets                  102                0.0
  IpExtInNoECTPkts                2                  0.0
  $ printf 'abcdefghij' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:17; echo $?
  0
  $ printf '\004\322\023\210\000\014\022\064abcd' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:17; echo $?
  0
  $ printf '\004\322\023\210\000\014\000\000abcd' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:17; echo $?
  0
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5001 CREATE:got.bin & sleep 0.3'
  $ printf '\004\322\023\211\000\014\000\000\377\376\000\200' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:17; echo $?
  0
  $ printf 'abcdefghijklmnopqrstuvwxyz' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:6; echo $?
  0
  $ sleep 0.3
  $ od -An -tx1 got.bin
   ff fe 00 80
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    9                  0.0
  IpInUnknownProtos               1                  0.0
  IpInDelivers                    8                  0.0
  IpOutRequests                   3                  0.0
  IpOutTransmits                  3                  0.0
  IcmpInMsgs                      3                  0.0
  IcmpInErrors                    2                  0.0
  IcmpInCsumErrors                1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IcmpMsgOutType3                 2                  0.0
  TcpInSegs                       1                  0.0
  TcpInErrs                       1                  0.0
  TcpInCsumErrors                 1                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      1                  0.0
  UdpInErrors                     2                  0.0
  UdpInCsumErrors                 1                  0.0
  IpExtInOctets                   274                0.0
  IpExtOutOctets                  141                0.0
  IpExtInNoECTPkts                9                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    3                  0.0
  IpOutRequests                   9                  0.0
  IpOutTransmits                  9                  0.0
  IcmpInMsgs                      3                  0.0
  IcmpInErrors                    2                  0.0
  IcmpInDestUnreachs              2                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutEchos                    1                  0.0
  IcmpMsgInType0                  1                  0.0
  IcmpMsgInType3                  2                  0.0
  IcmpMsgOutType8                 1                  0.0
  IcmpMsgOutType42                1                  0.0
  IcmpMsgOutType104               1                  0.0
  IpExtInOctets                   141                0.0
  IpExtOutOctets                  274                0.0
  IpExtInNoECTPkts                3                  0.0
  $ printf 'x' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:udp; echo $?
  * socat[*] E socket(2, 3, 0): Protocol not supported (glob)
  1
  $ printf 'x' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:300; echo $?
  * socat[*] E xioopen_rawip_sendto("10.0.0.2:300",,): protocol number exceeds 255 (300) (glob)
  1
  $ printf 'x' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2; echo $?
  * socat[*] E IP-SENDTO: wrong number of parameters (1 instead of 2) (glob)
  1
  $ printf 'x' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:0; echo $?
  * socat[*] E socket(2, 3, 0): Protocol not supported (glob)
  1
  $ printf 'x' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255; echo $?
  * socat[*] E sendto(5, 0x*, 1, 0, AF=2 10.0.0.2:0, 16): Invalid argument (glob)
  1
  $ ip netns exec b sh -c 'nc -u -l 5002 > nc.bin & sleep 0.3'
  $ printf '\377\000\301\n' | ip netns exec a nc -u -w 1 10.0.0.2 5002; echo $?
  0
  $ od -An -tx1 nc.bin
   ff 00 c1 0a
  $ ip netns exec b cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 10 0 0 0 1 0 9 3 0 0 0 0 0 0 0 0 0 3
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 3 2 1 0 0 0 0 0 1 0 0 0 0 0 3 0 0 0 2 0 0 0 0 0 1 0 0 0 0
  IcmpMsg: InType8 OutType0 OutType3
  IcmpMsg: 1 1 2
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 1 0 0 1 0 1
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 2 1 2 0 0 0 1 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec a cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 3 0 0 0 0 0 3 10 0 0 0 0 0 0 0 0 0 10
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 3 2 0 2 0 0 0 0 0 1 0 0 0 0 3 0 0 0 0 0 0 0 0 1 0 0 0 0 0
  IcmpMsg: InType0 InType3 OutType8 OutType42 OutType104
  IcmpMsg: 1 2 1 1 1
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 1 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec b netstat -s
  Ip:
      Forwarding: 2
      10 total packets received
      0 forwarded
      1 with unknown protocol
      0 incoming packets discarded
      9 incoming packets delivered
      3 requests sent out
      OutTransmits: 3
  Icmp:
      3 ICMP messages received
      2 input ICMP message failed
      InCsumErrors: 1
      ICMP input histogram:
          echo requests: 1
      3 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 2
          echo replies: 1
  IcmpMsg:
          InType8: 1
          OutType0: 1
          OutType3: 2
  Tcp:
      0 active connection openings
      0 passive connection openings
      0 failed connection attempts
      0 connection resets received
      0 connections established
      1 segments received
      0 segments sent out
      0 segments retransmitted
      1 bad segments received
      0 resets sent
      InCsumErrors: 1
  Udp:
      2 packets received
      1 packets to unknown port received
      2 packet receive errors
      0 packets sent
      0 receive buffer errors
      0 send buffer errors
      InCsumErrors: 1
  UdpLite:
  TcpExt:
      0 packet headers predicted
  IpExt:
      InOctets: 306
      OutOctets: 141
      InNoECTPkts: 10
  MPTcpExt:
