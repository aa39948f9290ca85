Counters for a router's forwarding failures: TTL expiry (ping -t 1), a destination it has no route for, forwarding turned off on the ingress device, a packet routed back out of the device it came in on (a redirect, which makes the sender probe the new gateway 3 times), as nstat -as, /proc/net/snmp, netstat -s and ip -s link show them on the router and on the sender.
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
  $ ip netns exec a ping -c 2 -i 0.2 -t 1 10.2.0.2 | sed -E 's/time=.*//'
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  From 10.1.0.1 icmp_seq=2 Time to live exceeded
  
  --- 10.2.0.2 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInHdrErrors                   2                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutTimeExcds                2                  0.0
  IcmpMsgOutType11                2                  0.0
  IpExtInOctets                   168                0.0
  IpExtOutOctets                  224                0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpInMsgs                      2                  0.0
  IcmpInTimeExcds                 2                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpMsgInType11                 2                  0.0
  IcmpMsgOutType8                 2                  0.0
  IpExtInOctets                   224                0.0
  IpExtOutOctets                  168                0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec a ping -c 1 -W 1 10.9.9.9 | sed -E 's/time=.*//'
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 10.1.0.1 icmp_seq=1 Destination Net Unreachable
  
  --- 10.9.9.9 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    3                  0.0
  IpInHdrErrors                   2                  0.0
  IpOutRequests                   3                  0.0
  IpOutTransmits                  3                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                2                  0.0
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType11                2                  0.0
  IpExtInNoRoutes                 1                  0.0
  IpExtInOctets                   252                0.0
  IpExtOutOctets                  336                0.0
  IpExtInNoECTPkts                3                  0.0
  $ ip netns exec r cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 1 64 3 2 0 0 0 0 0 3 0 0 0 0 0 0 0 0 0 3
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 3 0 0 0 1 2 0 0 0 0 0 0 0 0 0
  IcmpMsg: OutType3 OutType11
  IcmpMsg: 1 2
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec a cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 3 0 0 0 0 0 3 3 0 0 0 0 0 0 0 0 0 3
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 3 0 0 1 2 0 0 0 0 0 0 0 0 0 3 0 0 0 0 0 0 0 0 3 0 0 0 0 0
  IcmpMsg: InType3 InType11 OutType8
  IcmpMsg: 1 2 3
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=0
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.2.0.2 | sed -E 's/time=.*//'
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    5                  0.0
  IpInHdrErrors                   2                  0.0
  IpInAddrErrors                  2                  0.0
  IpOutRequests                   3                  0.0
  IpOutTransmits                  3                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                2                  0.0
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType11                2                  0.0
  IpExtInNoRoutes                 1                  0.0
  IpExtInOctets                   420                0.0
  IpExtOutOctets                  336                0.0
  IpExtInNoECTPkts                5                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=1
  $ ip -n r route add 10.7.0.0/24 via 10.1.0.9
  $ ip -n r neigh add 10.1.0.9 lladdr 02:00:00:00:0a:09 dev r0
  $ ip netns exec a ping -c 1 -W 1 10.7.0.1 | sed -E 's/time=.*//'
  PING 10.7.0.1 (10.7.0.1) 56(84) bytes of data.
  From 10.1.0.1: icmp_seq=1 Redirect Host(New nexthop: 10.1.0.9)
  
  --- 10.7.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 3.5
  $ ip -n a -s neigh show 10.1.0.9 | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+/used */'
  10.1.0.9 dev a0  used *probes 6 FAILED 
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    6                  0.0
  IpInHdrErrors                   2                  0.0
  IpInAddrErrors                  2                  0.0
  IpForwDatagrams                 1                  0.0
  IpOutRequests                   4                  0.0
  IpOutTransmits                  5                  0.0
  IcmpOutMsgs                     4                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                2                  0.0
  IcmpOutRedirects                1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType5                 1                  0.0
  IcmpMsgOutType11                2                  0.0
  IpExtInNoRoutes                 1                  0.0
  IpExtInOctets                   504                0.0
  IpExtOutOctets                  532                0.0
  IpExtInNoECTPkts                6                  0.0
  $ ip netns exec r netstat -s
  Ip:
      Forwarding: 1
      6 total packets received
      2 with invalid headers
      2 with invalid addresses
      1 forwarded
      0 incoming packets discarded
      0 incoming packets delivered
      4 requests sent out
      OutTransmits: 5
  Icmp:
      0 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
      4 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 1
          time exceeded: 2
          redirect: 1
  IcmpMsg:
          OutType3: 1
          OutType5: 1
          OutType11: 2
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
      InNoRoutes: 1
      InOctets: 504
      OutOctets: 532
      InNoECTPkts: 6
  MPTcpExt:
  $ ip netns exec a netstat -s
  Ip:
      Forwarding: 2
      4 total packets received
      0 forwarded
      0 incoming packets discarded
      4 incoming packets delivered
      6 requests sent out
      OutTransmits: 6
  Icmp:
      4 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          destination unreachable: 1
          timeout in transit: 2
          redirects: 1
      6 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo requests: 6
  IcmpMsg:
          InType3: 1
          InType5: 1
          InType11: 2
          OutType8: 6
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
      InOctets: 448
      OutOctets: 504
      InNoECTPkts: 4
  MPTcpExt:
  $ ip -n r -s -s link show r0
  2: r0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:01 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
             798      11      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             686       7      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n a -s link show a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns r
      RX:  bytes packets errors dropped  missed   mcast           
             686       7      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             798      11      0       0       0       0 
  $ ip netns exec r cat /proc/net/netstat
  TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts PruneCalled RcvPruned OfoPruned OutOfWindowIcmps LockDroppedIcmps ArpFilter TW TWRecycled TWKilled PAWSActive PAWSEstab BeyondWindow TSEcrRejected PAWSOldAck PAWSTimewait DelayedACKs DelayedACKLocked DelayedACKLost ListenOverflows ListenDrops TCPHPHits TCPPureAcks TCPHPAcks TCPRenoRecovery TCPSackRecovery TCPSACKReneging TCPSACKReorder TCPRenoReorder TCPTSReorder TCPFullUndo TCPPartialUndo TCPDSACKUndo TCPLossUndo TCPLostRetransmit TCPRenoFailures TCPSackFailures TCPLossFailures TCPFastRetrans TCPSlowStartRetrans TCPTimeouts TCPLossProbes TCPLossProbeRecovery TCPRenoRecoveryFail TCPSackRecoveryFail TCPRcvCollapsed TCPBacklogCoalesce TCPDSACKOldSent TCPDSACKOfoSent TCPDSACKRecv TCPDSACKOfoRecv TCPAbortOnData TCPAbortOnClose TCPAbortOnMemory TCPAbortOnTimeout TCPAbortOnLinger TCPAbortFailed TCPMemoryPressures TCPMemoryPressuresChrono TCPSACKDiscard TCPDSACKIgnoredOld TCPDSACKIgnoredNoUndo TCPSpuriousRTOs TCPMD5NotFound TCPMD5Unexpected TCPMD5Failure TCPSackShifted TCPSackMerged TCPSackShiftFallback TCPBacklogDrop PFMemallocDrop TCPMinTTLDrop TCPDeferAcceptDrop IPReversePathFilter TCPTimeWaitOverflow TCPReqQFullDoCookies TCPReqQFullDrop TCPRetransFail TCPRcvCoalesce TCPOFOQueue TCPOFODrop TCPOFOMerge TCPChallengeACK TCPSYNChallenge TCPFastOpenActive TCPFastOpenActiveFail TCPFastOpenPassive TCPFastOpenPassiveFail TCPFastOpenListenOverflow TCPFastOpenCookieReqd TCPFastOpenBlackhole TCPSpuriousRtxHostQueues BusyPollRxPackets TCPAutoCorking TCPFromZeroWindowAdv TCPToZeroWindowAdv TCPWantZeroWindowAdv TCPSynRetrans TCPOrigDataSent TCPHystartTrainDetect TCPHystartTrainCwnd TCPHystartDelayDetect TCPHystartDelayCwnd TCPACKSkippedSynRecv TCPACKSkippedPAWS TCPACKSkippedSeq TCPACKSkippedFinWait2 TCPACKSkippedTimeWait TCPACKSkippedChallenge TCPWinProbe TCPKeepAlive TCPMTUPFail TCPMTUPSuccess TCPDelivered TCPDeliveredCE TCPAckCompressed TCPZeroWindowDrop TCPRcvQDrop TCPWqueueTooBig TCPFastOpenPassiveAltKey TcpTimeoutRehash TcpDuplicateDataRehash TCPDSACKRecvSegs TCPDSACKIgnoredDubious TCPMigrateReqSuccess TCPMigrateReqFailure TCPPLBRehash TCPAORequired TCPAOBad TCPAOKeyNotFound TCPAOGood TCPAODroppedIcmps
  TcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  IpExt: InNoRoutes InTruncatedPkts InMcastPkts OutMcastPkts InBcastPkts OutBcastPkts InOctets OutOctets InMcastOctets OutMcastOctets InBcastOctets OutBcastOctets InCsumErrors InNoECTPkts InECT1Pkts InECT0Pkts InCEPkts ReasmOverlaps
  IpExt: 1 0 0 0 0 0 504 532 0 0 0 0 0 6 0 0 0 0
  MPTcpExt: MPCapableSYNRX MPCapableSYNTX MPCapableSYNACKRX MPCapableACKRX MPCapableFallbackACK MPCapableFallbackSYNACK MPCapableSYNTXDrop MPCapableSYNTXDisabled MPCapableEndpAttempt MPFallbackTokenInit MPTCPRetrans MPJoinNoTokenFound MPJoinSynRx MPJoinSynBackupRx MPJoinSynAckRx MPJoinSynAckBackupRx MPJoinSynAckHMacFailure MPJoinAckRx MPJoinAckHMacFailure MPJoinRejected MPJoinSynTx MPJoinSynTxCreatSkErr MPJoinSynTxBindErr MPJoinSynTxConnectErr DSSNotMatching DSSCorruptionFallback DSSCorruptionReset InfiniteMapTx InfiniteMapRx DSSNoMatchTCP DataCsumErr OFOQueueTail OFOQueue OFOMerge NoDSSInWindow DuplicateData AddAddr AddAddrTx AddAddrTxDrop EchoAdd EchoAddTx EchoAddTxDrop PortAdd AddAddrDrop MPJoinPortSynRx MPJoinPortSynAckRx MPJoinPortAckRx MismatchPortSynRx MismatchPortAckRx RmAddr RmAddrDrop RmAddrTx RmAddrTxDrop RmSubflow MPPrioTx MPPrioRx MPFailTx MPFailRx MPFastcloseTx MPFastcloseRx MPRstTx MPRstRx SubflowStale SubflowRecover SndWndShared RcvWndShared RcvWndConflictUpdate RcvWndConflict MPCurrEstab Blackhole MPCapableDataFallback MD5SigFallback DssFallback SimultConnectFallback FallbackFailed WinProbe
  MPTcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
