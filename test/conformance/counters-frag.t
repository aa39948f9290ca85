Counters of fragmentation and reassembly: a sender cutting a 3000-byte ping (FragOKs, FragCreates, OutRequests vs OutTransmits), the receiver reassembling it (ReasmReqds, ReasmOKs, InReceives counts fragments, InDelivers the datagram) and its reply cut the other way, a router cutting a non-DF ping to a smaller MTU and refusing a DF one (FragFails, ICMP type 3 code 4); nstat -as, /proc/net/snmp, netstat -s, ip -s link.
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
  $ ip -n r link set r1 mtu 1200
  $ ip -n b link set b0 mtu 1200
  $ ip netns exec a ping -c 1 -W 1 -s 3000 -q 10.1.0.1 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  IpOutTransmits                  3                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchos                    1                  0.0
  IcmpMsgInType0                  1                  0.0
  IcmpMsgOutType8                 1                  0.0
  IpExtInOctets                   3068               0.0
  IpExtOutOctets                  3068               0.0
  IpExtInNoECTPkts                3                  0.0
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  IpOutTransmits                  3                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IpExtInOctets                   3068               0.0
  IpExtOutOctets                  3068               0.0
  IpExtInNoECTPkts                3                  0.0
  $ ip netns exec a cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 3 0 0 0 0 0 1 1 0 0 0 3 1 0 1 0 3 3
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 1 0 0 0 0 0 0 0 0 1 0 0 0 0 1 0 0 0 0 0 0 0 0 1 0 0 0 0 0
  IcmpMsg: InType0 OutType8
  IcmpMsg: 1 1
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip -n a -s -s link show a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns r
      RX:  bytes packets errors dropped  missed   mcast           
            3152       4      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            3152       4      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 1400 -q 10.2.0.2 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    6                  0.0
  IpForwDatagrams                 3                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   5                  0.0
  IpOutTransmits                  7                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IpExtInOctets                   5944               0.0
  IpExtOutOctets                  5964               0.0
  IpExtInNoECTPkts                6                  0.0
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpReasmReqds                    2                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IpExtInOctets                   1448               0.0
  IpExtOutOctets                  1448               0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1400 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1200)
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    7                  0.0
  IpForwDatagrams                 4                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   2                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       2                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   5                  0.0
  IpOutTransmits                  8                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IpExtInOctets                   7372               0.0
  IpExtOutOctets                  6540               0.0
  IpExtInNoECTPkts                7                  0.0
  $ ip netns exec r cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 1 64 7 0 0 4 0 0 1 2 0 0 0 3 1 0 2 1 5 8
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 1 0 0 0 0 0 0 0 1 0 0 0 0 0 2 0 0 0 1 0 0 0 0 0 1 0 0 0 0
  IcmpMsg: InType8 OutType0 OutType3
  IcmpMsg: 1 1 1
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec r netstat -s
  Ip:
      Forwarding: 1
      7 total packets received
      4 forwarded
      0 incoming packets discarded
      1 incoming packets delivered
      2 requests sent out
      3 reassemblies required
      1 packets reassembled ok
      2 outgoing packets fragmented ok
      1 outgoing packets failed fragmentation
      5 fragments created
      OutTransmits: 8
  Icmp:
      1 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          echo requests: 1
      2 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 1
          echo replies: 1
  IcmpMsg:
          InType8: 1
          OutType0: 1
          OutType3: 1
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
      InOctets: 7372
      OutOctets: 6540
      InNoECTPkts: 7
  MPTcpExt:
  $ ip netns exec b netstat -s
  Ip:
      Forwarding: 2
      2 total packets received
      0 forwarded
      0 incoming packets discarded
      1 incoming packets delivered
      1 requests sent out
      2 reassemblies required
      1 packets reassembled ok
      1 outgoing packets fragmented ok
      2 fragments created
      OutTransmits: 2
  Icmp:
      1 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          echo requests: 1
      1 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo replies: 1
  IcmpMsg:
          InType8: 1
          OutType0: 1
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
      InOctets: 1448
      OutOctets: 1448
      InNoECTPkts: 2
  MPTcpExt:
  $ ip -n r -s link show r0
  2: r0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:01 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
            6036       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            5218       7      0       0       0       0 
  $ ip -n r -s link show r1
  3: r1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1200 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:02 brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
            1518       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1518       3      0       0       0       0 
  $ ip netns exec b cat /proc/net/netstat
  TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts PruneCalled RcvPruned OfoPruned OutOfWindowIcmps LockDroppedIcmps ArpFilter TW TWRecycled TWKilled PAWSActive PAWSEstab BeyondWindow TSEcrRejected PAWSOldAck PAWSTimewait DelayedACKs DelayedACKLocked DelayedACKLost ListenOverflows ListenDrops TCPHPHits TCPPureAcks TCPHPAcks TCPRenoRecovery TCPSackRecovery TCPSACKReneging TCPSACKReorder TCPRenoReorder TCPTSReorder TCPFullUndo TCPPartialUndo TCPDSACKUndo TCPLossUndo TCPLostRetransmit TCPRenoFailures TCPSackFailures TCPLossFailures TCPFastRetrans TCPSlowStartRetrans TCPTimeouts TCPLossProbes TCPLossProbeRecovery TCPRenoRecoveryFail TCPSackRecoveryFail TCPRcvCollapsed TCPBacklogCoalesce TCPDSACKOldSent TCPDSACKOfoSent TCPDSACKRecv TCPDSACKOfoRecv TCPAbortOnData TCPAbortOnClose TCPAbortOnMemory TCPAbortOnTimeout TCPAbortOnLinger TCPAbortFailed TCPMemoryPressures TCPMemoryPressuresChrono TCPSACKDiscard TCPDSACKIgnoredOld TCPDSACKIgnoredNoUndo TCPSpuriousRTOs TCPMD5NotFound TCPMD5Unexpected TCPMD5Failure TCPSackShifted TCPSackMerged TCPSackShiftFallback TCPBacklogDrop PFMemallocDrop TCPMinTTLDrop TCPDeferAcceptDrop IPReversePathFilter TCPTimeWaitOverflow TCPReqQFullDoCookies TCPReqQFullDrop TCPRetransFail TCPRcvCoalesce TCPOFOQueue TCPOFODrop TCPOFOMerge TCPChallengeACK TCPSYNChallenge TCPFastOpenActive TCPFastOpenActiveFail TCPFastOpenPassive TCPFastOpenPassiveFail TCPFastOpenListenOverflow TCPFastOpenCookieReqd TCPFastOpenBlackhole TCPSpuriousRtxHostQueues BusyPollRxPackets TCPAutoCorking TCPFromZeroWindowAdv TCPToZeroWindowAdv TCPWantZeroWindowAdv TCPSynRetrans TCPOrigDataSent TCPHystartTrainDetect TCPHystartTrainCwnd TCPHystartDelayDetect TCPHystartDelayCwnd TCPACKSkippedSynRecv TCPACKSkippedPAWS TCPACKSkippedSeq TCPACKSkippedFinWait2 TCPACKSkippedTimeWait TCPACKSkippedChallenge TCPWinProbe TCPKeepAlive TCPMTUPFail TCPMTUPSuccess TCPDelivered TCPDeliveredCE TCPAckCompressed TCPZeroWindowDrop TCPRcvQDrop TCPWqueueTooBig TCPFastOpenPassiveAltKey TcpTimeoutRehash TcpDuplicateDataRehash TCPDSACKRecvSegs TCPDSACKIgnoredDubious TCPMigrateReqSuccess TCPMigrateReqFailure TCPPLBRehash TCPAORequired TCPAOBad TCPAOKeyNotFound TCPAOGood TCPAODroppedIcmps
  TcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  IpExt: InNoRoutes InTruncatedPkts InMcastPkts OutMcastPkts InBcastPkts OutBcastPkts InOctets OutOctets InMcastOctets OutMcastOctets InBcastOctets OutBcastOctets InCsumErrors InNoECTPkts InECT1Pkts InECT0Pkts InCEPkts ReasmOverlaps
  IpExt: 0 0 0 0 0 0 1448 1448 0 0 0 0 0 2 0 0 0 0
  MPTcpExt: MPCapableSYNRX MPCapableSYNTX MPCapableSYNACKRX MPCapableACKRX MPCapableFallbackACK MPCapableFallbackSYNACK MPCapableSYNTXDrop MPCapableSYNTXDisabled MPCapableEndpAttempt MPFallbackTokenInit MPTCPRetrans MPJoinNoTokenFound MPJoinSynRx MPJoinSynBackupRx MPJoinSynAckRx MPJoinSynAckBackupRx MPJoinSynAckHMacFailure MPJoinAckRx MPJoinAckHMacFailure MPJoinRejected MPJoinSynTx MPJoinSynTxCreatSkErr MPJoinSynTxBindErr MPJoinSynTxConnectErr DSSNotMatching DSSCorruptionFallback DSSCorruptionReset InfiniteMapTx InfiniteMapRx DSSNoMatchTCP DataCsumErr OFOQueueTail OFOQueue OFOMerge NoDSSInWindow DuplicateData AddAddr AddAddrTx AddAddrTxDrop EchoAdd EchoAddTx EchoAddTxDrop PortAdd AddAddrDrop MPJoinPortSynRx MPJoinPortSynAckRx MPJoinPortAckRx MismatchPortSynRx MismatchPortAckRx RmAddr RmAddrDrop RmAddrTx RmAddrTxDrop RmSubflow MPPrioTx MPPrioRx MPFailTx MPFailRx MPFastcloseTx MPFastcloseRx MPRstTx MPRstRx SubflowStale SubflowRecover SndWndShared RcvWndShared RcvWndConflictUpdate RcvWndConflict MPCurrEstab Blackhole MPCapableDataFallback MD5SigFallback DssFallback SimultConnectFallback FallbackFailed WinProbe
  MPTcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
