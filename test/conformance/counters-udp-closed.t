Counters of UDP to closed ports and the ICMP errors it draws: nc -u to a port nobody listens on (connected socket, ECONNREFUSED on the next send), socat sendto, a broadcast datagram to a closed port (no ICMP, not NoPorts), and a datagram to a listener; nstat -as, /proc/net/snmp and netstat -s on both ends.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev b0
  $ printf 'x\n' | ip netns exec a nc -u -w 1 10.0.0.2 5000; echo $?
  0
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpMsgOutType3                 1                  0.0
  UdpNoPorts                      1                  0.0
  IpExtInOctets                   30                 0.0
  IpExtOutOctets                  58                 0.0
  IpExtInNoECTPkts                1                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpMsgInType3                  1                  0.0
  UdpOutDatagrams                 1                  0.0
  IpExtInOctets                   58                 0.0
  IpExtOutOctets                  30                 0.0
  IpExtInNoECTPkts                1                  0.0
  $ echo hi | ip netns exec a socat -u - UDP-SENDTO:10.0.0.2:5001; echo $?
  0
  $ echo hi | ip netns exec a socat -u - UDP-SENDTO:10.0.0.255:5002,broadcast; echo $?
  0
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    3                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpMsgOutType3                 2                  0.0
  UdpNoPorts                      2                  0.0
  UdpIgnoredMulti                 1                  0.0
  IpExtInBcastPkts                1                  0.0
  IpExtInOctets                   92                 0.0
  IpExtOutOctets                  117                0.0
  IpExtInBcastOctets              31                 0.0
  IpExtInNoECTPkts                3                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    3                  0.0
  IpOutRequests                   3                  0.0
  IpOutTransmits                  3                  0.0
  IcmpInMsgs                      2                  0.0
  IcmpInDestUnreachs              2                  0.0
  IcmpMsgInType3                  2                  0.0
  UdpOutDatagrams                 3                  0.0
  UdpIgnoredMulti                 1                  0.0
  IpExtInBcastPkts                1                  0.0
  IpExtOutBcastPkts               1                  0.0
  IpExtInOctets                   148                0.0
  IpExtOutOctets                  92                 0.0
  IpExtInBcastOctets              31                 0.0
  IpExtOutBcastOctets             31                 0.0
  IpExtInNoECTPkts                3                  0.0
  $ ip netns exec b sh -c 'socat -u UDP-RECV:6000 - > got.txt & sleep 0.3'
  $ echo hello | ip netns exec a socat -u - UDP-SENDTO:10.0.0.2:6000; sleep 0.3; cat got.txt
  hello
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    4                  0.0
  IpInDelivers                    4                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpMsgOutType3                 2                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      2                  0.0
  UdpIgnoredMulti                 1                  0.0
  IpExtInBcastPkts                1                  0.0
  IpExtInOctets                   126                0.0
  IpExtOutOctets                  117                0.0
  IpExtInBcastOctets              31                 0.0
  IpExtInNoECTPkts                4                  0.0
  $ ip netns exec b cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 4 0 0 0 0 0 4 2 0 0 0 0 0 0 0 0 0 2
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 2 0 0 0 2 0 0 0 0 0 0 0 0 0 0
  IcmpMsg: OutType3
  IcmpMsg: 2
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 1 2 0 0 0 0 0 1 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec a cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 3 0 0 0 0 0 3 4 0 0 0 0 0 0 0 0 0 4
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 2 0 0 2 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  IcmpMsg: InType3
  IcmpMsg: 2
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 4 0 0 0 1 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec b netstat -s
  Ip:
      Forwarding: 2
      4 total packets received
      0 forwarded
      0 incoming packets discarded
      4 incoming packets delivered
      2 requests sent out
      OutTransmits: 2
  Icmp:
      0 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
      2 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 2
  IcmpMsg:
          OutType3: 2
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
      1 packets received
      2 packets to unknown port received
      0 packet receive errors
      0 packets sent
      0 receive buffer errors
      0 send buffer errors
      IgnoredMulti: 1
  UdpLite:
  TcpExt:
      0 packet headers predicted
  IpExt:
      InBcastPkts: 1
      InOctets: 126
      OutOctets: 117
      InBcastOctets: 31
      InNoECTPkts: 4
  MPTcpExt:
  $ ip netns exec a netstat -s
  Ip:
      Forwarding: 2
      3 total packets received
      0 forwarded
      0 incoming packets discarded
      3 incoming packets delivered
      4 requests sent out
      OutTransmits: 4
  Icmp:
      2 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          destination unreachable: 2
      0 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
  IcmpMsg:
          InType3: 2
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
      4 packets sent
      0 receive buffer errors
      0 send buffer errors
      IgnoredMulti: 1
  UdpLite:
  TcpExt:
      0 packet headers predicted
  IpExt:
      InBcastPkts: 1
      OutBcastPkts: 1
      InOctets: 148
      OutOctets: 126
      InBcastOctets: 31
      OutBcastOctets: 31
      InNoECTPkts: 3
  MPTcpExt:
  $ ip netns exec b netstat -su
  IcmpMsg:
      OutType3: 2
  Udp:
      1 packets received
      2 packets to unknown port received
      0 packet receive errors
      0 packets sent
      0 receive buffer errors
      0 send buffer errors
      IgnoredMulti: 1
  UdpLite:
  IpExt:
      InBcastPkts: 1
      InOctets: 126
      OutOctets: 117
      InBcastOctets: 31
      InNoECTPkts: 4
  MPTcpExt:
  $ ip netns exec b cat /proc/net/netstat
  TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts PruneCalled RcvPruned OfoPruned OutOfWindowIcmps LockDroppedIcmps ArpFilter TW TWRecycled TWKilled PAWSActive PAWSEstab BeyondWindow TSEcrRejected PAWSOldAck PAWSTimewait DelayedACKs DelayedACKLocked DelayedACKLost ListenOverflows ListenDrops TCPHPHits TCPPureAcks TCPHPAcks TCPRenoRecovery TCPSackRecovery TCPSACKReneging TCPSACKReorder TCPRenoReorder TCPTSReorder TCPFullUndo TCPPartialUndo TCPDSACKUndo TCPLossUndo TCPLostRetransmit TCPRenoFailures TCPSackFailures TCPLossFailures TCPFastRetrans TCPSlowStartRetrans TCPTimeouts TCPLossProbes TCPLossProbeRecovery TCPRenoRecoveryFail TCPSackRecoveryFail TCPRcvCollapsed TCPBacklogCoalesce TCPDSACKOldSent TCPDSACKOfoSent TCPDSACKRecv TCPDSACKOfoRecv TCPAbortOnData TCPAbortOnClose TCPAbortOnMemory TCPAbortOnTimeout TCPAbortOnLinger TCPAbortFailed TCPMemoryPressures TCPMemoryPressuresChrono TCPSACKDiscard TCPDSACKIgnoredOld TCPDSACKIgnoredNoUndo TCPSpuriousRTOs TCPMD5NotFound TCPMD5Unexpected TCPMD5Failure TCPSackShifted TCPSackMerged TCPSackShiftFallback TCPBacklogDrop PFMemallocDrop TCPMinTTLDrop TCPDeferAcceptDrop IPReversePathFilter TCPTimeWaitOverflow TCPReqQFullDoCookies TCPReqQFullDrop TCPRetransFail TCPRcvCoalesce TCPOFOQueue TCPOFODrop TCPOFOMerge TCPChallengeACK TCPSYNChallenge TCPFastOpenActive TCPFastOpenActiveFail TCPFastOpenPassive TCPFastOpenPassiveFail TCPFastOpenListenOverflow TCPFastOpenCookieReqd TCPFastOpenBlackhole TCPSpuriousRtxHostQueues BusyPollRxPackets TCPAutoCorking TCPFromZeroWindowAdv TCPToZeroWindowAdv TCPWantZeroWindowAdv TCPSynRetrans TCPOrigDataSent TCPHystartTrainDetect TCPHystartTrainCwnd TCPHystartDelayDetect TCPHystartDelayCwnd TCPACKSkippedSynRecv TCPACKSkippedPAWS TCPACKSkippedSeq TCPACKSkippedFinWait2 TCPACKSkippedTimeWait TCPACKSkippedChallenge TCPWinProbe TCPKeepAlive TCPMTUPFail TCPMTUPSuccess TCPDelivered TCPDeliveredCE TCPAckCompressed TCPZeroWindowDrop TCPRcvQDrop TCPWqueueTooBig TCPFastOpenPassiveAltKey TcpTimeoutRehash TcpDuplicateDataRehash TCPDSACKRecvSegs TCPDSACKIgnoredDubious TCPMigrateReqSuccess TCPMigrateReqFailure TCPPLBRehash TCPAORequired TCPAOBad TCPAOKeyNotFound TCPAOGood TCPAODroppedIcmps
  TcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  IpExt: InNoRoutes InTruncatedPkts InMcastPkts OutMcastPkts InBcastPkts OutBcastPkts InOctets OutOctets InMcastOctets OutMcastOctets InBcastOctets OutBcastOctets InCsumErrors InNoECTPkts InECT1Pkts InECT0Pkts InCEPkts ReasmOverlaps
  IpExt: 0 0 0 0 1 0 126 117 0 0 31 0 0 4 0 0 0 0
  MPTcpExt: MPCapableSYNRX MPCapableSYNTX MPCapableSYNACKRX MPCapableACKRX MPCapableFallbackACK MPCapableFallbackSYNACK MPCapableSYNTXDrop MPCapableSYNTXDisabled MPCapableEndpAttempt MPFallbackTokenInit MPTCPRetrans MPJoinNoTokenFound MPJoinSynRx MPJoinSynBackupRx MPJoinSynAckRx MPJoinSynAckBackupRx MPJoinSynAckHMacFailure MPJoinAckRx MPJoinAckHMacFailure MPJoinRejected MPJoinSynTx MPJoinSynTxCreatSkErr MPJoinSynTxBindErr MPJoinSynTxConnectErr DSSNotMatching DSSCorruptionFallback DSSCorruptionReset InfiniteMapTx InfiniteMapRx DSSNoMatchTCP DataCsumErr OFOQueueTail OFOQueue OFOMerge NoDSSInWindow DuplicateData AddAddr AddAddrTx AddAddrTxDrop EchoAdd EchoAddTx EchoAddTxDrop PortAdd AddAddrDrop MPJoinPortSynRx MPJoinPortSynAckRx MPJoinPortAckRx MismatchPortSynRx MismatchPortAckRx RmAddr RmAddrDrop RmAddrTx RmAddrTxDrop RmSubflow MPPrioTx MPPrioRx MPFailTx MPFailRx MPFastcloseTx MPFastcloseRx MPRstTx MPRstRx SubflowStale SubflowRecover SndWndShared RcvWndShared RcvWndConflictUpdate RcvWndConflict MPCurrEstab Blackhole MPCapableDataFallback MD5SigFallback DssFallback SimultConnectFallback FallbackFailed WinProbe
  MPTcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
