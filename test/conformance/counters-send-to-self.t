Counters of send-to-self over a veth pair in one namespace: a ping from a0's address out a0 to b0's address (accept_local off: dropped as a martian source, nothing delivered; on: delivered), counted on both veth ends and in the IP/ICMP counters; nstat -as, /proc/net/snmp, ip -s -s link, /proc/net/dev.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/24 dev b0
  $ ip rule add pref 1000 lookup local
  $ ip rule del pref 0
  $ ip rule add pref 100 iif lo to 10.0.0.2 lookup 110
  $ ip route add 10.0.0.2 dev a0 table 110
  $ ip rule add pref 101 iif lo to 10.0.0.1 lookup 111
  $ ip route add 10.0.0.1 dev b0 table 111
  $ ip rule
  100:	from all to 10.0.0.2 iif lo lookup 110
  101:	from all to 10.0.0.1 iif lo lookup 111
  1000:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ping -c 2 -i 0.2 -W 1 -q -I 10.0.0.1 10.0.0.2 | grep transmitted
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ nstat -as
  #kernel
  IpInReceives                    4                  0.0
  IpInDelivers                    4                  0.0
  IpOutRequests                   4                  0.0
  IpOutTransmits                  4                  0.0
  IcmpInMsgs                      4                  0.0
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  2                  0.0
  IcmpOutMsgs                     4                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpOutEchoReps                 2                  0.0
  IcmpMsgInType0                  2                  0.0
  IcmpMsgInType8                  2                  0.0
  IcmpMsgOutType0                 2                  0.0
  IcmpMsgOutType8                 2                  0.0
  IpExtInOctets                   336                0.0
  IpExtOutOctets                  336                0.0
  IpExtInNoECTPkts                4                  0.0
  $ ip -s -s link show a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             238       3      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -s -s link show b0
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             238       3      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ sysctl -qw net.ipv4.conf.a0.accept_local=1 net.ipv4.conf.b0.accept_local=1
  $ ping -c 2 -i 0.2 -W 1 -q -I 10.0.0.1 10.0.0.2 | grep transmitted
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ nstat -as
  #kernel
  IpInReceives                    8                  0.0
  IpInDelivers                    8                  0.0
  IpOutRequests                   8                  0.0
  IpOutTransmits                  8                  0.0
  IcmpInMsgs                      8                  0.0
  IcmpInEchos                     4                  0.0
  IcmpInEchoReps                  4                  0.0
  IcmpOutMsgs                     8                  0.0
  IcmpOutEchos                    4                  0.0
  IcmpOutEchoReps                 4                  0.0
  IcmpMsgInType0                  4                  0.0
  IcmpMsgInType8                  4                  0.0
  IcmpMsgOutType0                 4                  0.0
  IcmpMsgOutType8                 4                  0.0
  IpExtInOctets                   672                0.0
  IpExtOutOctets                  672                0.0
  IpExtInNoECTPkts                8                  0.0
  $ cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 8 0 0 0 0 0 8 8 0 0 0 0 0 0 0 0 0 8
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 8 0 0 0 0 0 0 0 4 4 0 0 0 0 8 0 0 0 0 0 0 0 0 4 4 0 0 0 0
  IcmpMsg: InType0 InType8 OutType0 OutType8
  IcmpMsg: 4 4 4 4
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ cat /proc/net/netstat
  TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts PruneCalled RcvPruned OfoPruned OutOfWindowIcmps LockDroppedIcmps ArpFilter TW TWRecycled TWKilled PAWSActive PAWSEstab BeyondWindow TSEcrRejected PAWSOldAck PAWSTimewait DelayedACKs DelayedACKLocked DelayedACKLost ListenOverflows ListenDrops TCPHPHits TCPPureAcks TCPHPAcks TCPRenoRecovery TCPSackRecovery TCPSACKReneging TCPSACKReorder TCPRenoReorder TCPTSReorder TCPFullUndo TCPPartialUndo TCPDSACKUndo TCPLossUndo TCPLostRetransmit TCPRenoFailures TCPSackFailures TCPLossFailures TCPFastRetrans TCPSlowStartRetrans TCPTimeouts TCPLossProbes TCPLossProbeRecovery TCPRenoRecoveryFail TCPSackRecoveryFail TCPRcvCollapsed TCPBacklogCoalesce TCPDSACKOldSent TCPDSACKOfoSent TCPDSACKRecv TCPDSACKOfoRecv TCPAbortOnData TCPAbortOnClose TCPAbortOnMemory TCPAbortOnTimeout TCPAbortOnLinger TCPAbortFailed TCPMemoryPressures TCPMemoryPressuresChrono TCPSACKDiscard TCPDSACKIgnoredOld TCPDSACKIgnoredNoUndo TCPSpuriousRTOs TCPMD5NotFound TCPMD5Unexpected TCPMD5Failure TCPSackShifted TCPSackMerged TCPSackShiftFallback TCPBacklogDrop PFMemallocDrop TCPMinTTLDrop TCPDeferAcceptDrop IPReversePathFilter TCPTimeWaitOverflow TCPReqQFullDoCookies TCPReqQFullDrop TCPRetransFail TCPRcvCoalesce TCPOFOQueue TCPOFODrop TCPOFOMerge TCPChallengeACK TCPSYNChallenge TCPFastOpenActive TCPFastOpenActiveFail TCPFastOpenPassive TCPFastOpenPassiveFail TCPFastOpenListenOverflow TCPFastOpenCookieReqd TCPFastOpenBlackhole TCPSpuriousRtxHostQueues BusyPollRxPackets TCPAutoCorking TCPFromZeroWindowAdv TCPToZeroWindowAdv TCPWantZeroWindowAdv TCPSynRetrans TCPOrigDataSent TCPHystartTrainDetect TCPHystartTrainCwnd TCPHystartDelayDetect TCPHystartDelayCwnd TCPACKSkippedSynRecv TCPACKSkippedPAWS TCPACKSkippedSeq TCPACKSkippedFinWait2 TCPACKSkippedTimeWait TCPACKSkippedChallenge TCPWinProbe TCPKeepAlive TCPMTUPFail TCPMTUPSuccess TCPDelivered TCPDeliveredCE TCPAckCompressed TCPZeroWindowDrop TCPRcvQDrop TCPWqueueTooBig TCPFastOpenPassiveAltKey TcpTimeoutRehash TcpDuplicateDataRehash TCPDSACKRecvSegs TCPDSACKIgnoredDubious TCPMigrateReqSuccess TCPMigrateReqFailure TCPPLBRehash TCPAORequired TCPAOBad TCPAOKeyNotFound TCPAOGood TCPAODroppedIcmps
  TcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  IpExt: InNoRoutes InTruncatedPkts InMcastPkts OutMcastPkts InBcastPkts OutBcastPkts InOctets OutOctets InMcastOctets OutMcastOctets InBcastOctets OutBcastOctets InCsumErrors InNoECTPkts InECT1Pkts InECT0Pkts InCEPkts ReasmOverlaps
  IpExt: 0 0 0 0 0 0 672 672 0 0 0 0 0 8 0 0 0 0
  MPTcpExt: MPCapableSYNRX MPCapableSYNTX MPCapableSYNACKRX MPCapableACKRX MPCapableFallbackACK MPCapableFallbackSYNACK MPCapableSYNTXDrop MPCapableSYNTXDisabled MPCapableEndpAttempt MPFallbackTokenInit MPTCPRetrans MPJoinNoTokenFound MPJoinSynRx MPJoinSynBackupRx MPJoinSynAckRx MPJoinSynAckBackupRx MPJoinSynAckHMacFailure MPJoinAckRx MPJoinAckHMacFailure MPJoinRejected MPJoinSynTx MPJoinSynTxCreatSkErr MPJoinSynTxBindErr MPJoinSynTxConnectErr DSSNotMatching DSSCorruptionFallback DSSCorruptionReset InfiniteMapTx InfiniteMapRx DSSNoMatchTCP DataCsumErr OFOQueueTail OFOQueue OFOMerge NoDSSInWindow DuplicateData AddAddr AddAddrTx AddAddrTxDrop EchoAdd EchoAddTx EchoAddTxDrop PortAdd AddAddrDrop MPJoinPortSynRx MPJoinPortSynAckRx MPJoinPortAckRx MismatchPortSynRx MismatchPortAckRx RmAddr RmAddrDrop RmAddrTx RmAddrTxDrop RmSubflow MPPrioTx MPPrioRx MPFailTx MPFailRx MPFastcloseTx MPFastcloseRx MPRstTx MPRstRx SubflowStale SubflowRecover SndWndShared RcvWndShared RcvWndConflictUpdate RcvWndConflict MPCurrEstab Blackhole MPCapableDataFallback MD5SigFallback DssFallback SimultConnectFallback FallbackFailed WinProbe
  MPTcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  $ netstat -s
  Ip:
      Forwarding: 2
      8 total packets received
      0 forwarded
      0 incoming packets discarded
      8 incoming packets delivered
      8 requests sent out
      OutTransmits: 8
  Icmp:
      8 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          echo requests: 4
          echo replies: 4
      8 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo requests: 4
          echo replies: 4
  IcmpMsg:
          InType0: 4
          InType8: 4
          OutType0: 4
          OutType8: 4
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
      InOctets: 672
      OutOctets: 672
      InNoECTPkts: 8
  MPTcpExt:
  $ ip -s link show a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             434       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             434       5      0       0       0       0 
  $ ip -s link show b0
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             434       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             434       5      0       0       0       0 
  $ cat /proc/net/dev
  Inter-|   Receive                                                |  Transmit
   face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
      lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
      b0:     434       5    0    0    0     0          0         0      434       5    0    0    0     0       0          0
      a0:     434       5    0    0    0     0          0         0      434       5    0    0    0     0       0          0
