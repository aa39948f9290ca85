Counters of local delivery and echo: pings between two hosts, to the host's own address and to 127.0.0.1 over lo, with icmp_echo_ignore_all, and a broadcast ping refused by icmp_echo_ignore_broadcasts; nstat -as, /proc/net/snmp, netstat -s, ip -s -s link of lo and the veth, /proc/net/dev.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2 | grep transmitted
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpInMsgs                      2                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutEchoReps                 2                  0.0
  IcmpMsgInType8                  2                  0.0
  IcmpMsgOutType0                 2                  0.0
  IpExtInOctets                   168                0.0
  IpExtOutOctets                  168                0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpInMsgs                      2                  0.0
  IcmpInEchoReps                  2                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpMsgInType0                  2                  0.0
  IcmpMsgOutType8                 2                  0.0
  IpExtInOctets                   168                0.0
  IpExtOutOctets                  168                0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec b ping -c 2 -i 0.2 -q 10.0.0.2 | grep transmitted
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b ping -c 1 -q 127.0.0.1 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    8                  0.0
  IpInDelivers                    8                  0.0
  IpOutRequests                   8                  0.0
  IpOutTransmits                  8                  0.0
  IcmpInMsgs                      8                  0.0
  IcmpInEchos                     5                  0.0
  IcmpInEchoReps                  3                  0.0
  IcmpOutMsgs                     8                  0.0
  IcmpOutEchos                    3                  0.0
  IcmpOutEchoReps                 5                  0.0
  IcmpMsgInType0                  3                  0.0
  IcmpMsgInType8                  5                  0.0
  IcmpMsgOutType0                 5                  0.0
  IcmpMsgOutType8                 3                  0.0
  IpExtInOctets                   672                0.0
  IpExtOutOctets                  672                0.0
  IpExtInNoECTPkts                8                  0.0
  $ ip -n b -s -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
             504       6      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             504       6      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -q 10.0.0.2 | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    10                 0.0
  IpInDelivers                    10                 0.0
  IpOutRequests                   8                  0.0
  IpOutTransmits                  8                  0.0
  IcmpInMsgs                      10                 0.0
  IcmpInEchos                     7                  0.0
  IcmpInEchoReps                  3                  0.0
  IcmpOutMsgs                     8                  0.0
  IcmpOutEchos                    3                  0.0
  IcmpOutEchoReps                 5                  0.0
  IcmpMsgInType0                  3                  0.0
  IcmpMsgInType8                  7                  0.0
  IcmpMsgOutType0                 5                  0.0
  IcmpMsgOutType8                 3                  0.0
  IpExtInOctets                   840                0.0
  IpExtOutOctets                  672                0.0
  IpExtInNoECTPkts                10                 0.0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=0
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -q -b 10.0.0.255 2>&1 | grep -v WARNING | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 12 0 0 0 0 0 12 8 0 0 0 0 0 0 0 0 0 8
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 12 2 0 0 0 0 0 0 9 3 0 0 0 0 8 0 0 0 0 0 0 0 0 3 5 0 0 0 0
  IcmpMsg: InType0 InType8 OutType0 OutType8
  IcmpMsg: 3 9 5 3
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec b netstat -s
  Ip:
      Forwarding: 2
      12 total packets received
      0 forwarded
      0 incoming packets discarded
      12 incoming packets delivered
      8 requests sent out
      OutTransmits: 8
  Icmp:
      12 ICMP messages received
      2 input ICMP message failed
      ICMP input histogram:
          echo requests: 9
          echo replies: 3
      8 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo requests: 3
          echo replies: 5
  IcmpMsg:
          InType0: 3
          InType8: 9
          OutType0: 5
          OutType8: 3
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
      InBcastPkts: 2
      InOctets: 1008
      OutOctets: 672
      InBcastOctets: 168
      InNoECTPkts: 12
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
      2 input ICMP message failed
      ICMP input histogram:
          echo requests: 2
          echo replies: 2
      6 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo requests: 6
  IcmpMsg:
          InType0: 2
          InType8: 2
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
      InBcastPkts: 2
      OutBcastPkts: 2
      InOctets: 336
      OutOctets: 504
      InBcastOctets: 168
      OutBcastOctets: 168
      InNoECTPkts: 4
  MPTcpExt:
  $ ip -n b -s -s link show b0
  2: b0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
             630       7      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             238       3      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip netns exec b cat /proc/net/dev
  Inter-|   Receive                                                |  Transmit
   face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
      lo:     504       6    0    0    0     0          0         0      504       6    0    0    0     0       0          0
      b0:     630       7    0    0    0     0          0         0      238       3    0    0    0     0       0          0
  $ ip netns exec b cat /proc/net/netstat
  TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts PruneCalled RcvPruned OfoPruned OutOfWindowIcmps LockDroppedIcmps ArpFilter TW TWRecycled TWKilled PAWSActive PAWSEstab BeyondWindow TSEcrRejected PAWSOldAck PAWSTimewait DelayedACKs DelayedACKLocked DelayedACKLost ListenOverflows ListenDrops TCPHPHits TCPPureAcks TCPHPAcks TCPRenoRecovery TCPSackRecovery TCPSACKReneging TCPSACKReorder TCPRenoReorder TCPTSReorder TCPFullUndo TCPPartialUndo TCPDSACKUndo TCPLossUndo TCPLostRetransmit TCPRenoFailures TCPSackFailures TCPLossFailures TCPFastRetrans TCPSlowStartRetrans TCPTimeouts TCPLossProbes TCPLossProbeRecovery TCPRenoRecoveryFail TCPSackRecoveryFail TCPRcvCollapsed TCPBacklogCoalesce TCPDSACKOldSent TCPDSACKOfoSent TCPDSACKRecv TCPDSACKOfoRecv TCPAbortOnData TCPAbortOnClose TCPAbortOnMemory TCPAbortOnTimeout TCPAbortOnLinger TCPAbortFailed TCPMemoryPressures TCPMemoryPressuresChrono TCPSACKDiscard TCPDSACKIgnoredOld TCPDSACKIgnoredNoUndo TCPSpuriousRTOs TCPMD5NotFound TCPMD5Unexpected TCPMD5Failure TCPSackShifted TCPSackMerged TCPSackShiftFallback TCPBacklogDrop PFMemallocDrop TCPMinTTLDrop TCPDeferAcceptDrop IPReversePathFilter TCPTimeWaitOverflow TCPReqQFullDoCookies TCPReqQFullDrop TCPRetransFail TCPRcvCoalesce TCPOFOQueue TCPOFODrop TCPOFOMerge TCPChallengeACK TCPSYNChallenge TCPFastOpenActive TCPFastOpenActiveFail TCPFastOpenPassive TCPFastOpenPassiveFail TCPFastOpenListenOverflow TCPFastOpenCookieReqd TCPFastOpenBlackhole TCPSpuriousRtxHostQueues BusyPollRxPackets TCPAutoCorking TCPFromZeroWindowAdv TCPToZeroWindowAdv TCPWantZeroWindowAdv TCPSynRetrans TCPOrigDataSent TCPHystartTrainDetect TCPHystartTrainCwnd TCPHystartDelayDetect TCPHystartDelayCwnd TCPACKSkippedSynRecv TCPACKSkippedPAWS TCPACKSkippedSeq TCPACKSkippedFinWait2 TCPACKSkippedTimeWait TCPACKSkippedChallenge TCPWinProbe TCPKeepAlive TCPMTUPFail TCPMTUPSuccess TCPDelivered TCPDeliveredCE TCPAckCompressed TCPZeroWindowDrop TCPRcvQDrop TCPWqueueTooBig TCPFastOpenPassiveAltKey TcpTimeoutRehash TcpDuplicateDataRehash TCPDSACKRecvSegs TCPDSACKIgnoredDubious TCPMigrateReqSuccess TCPMigrateReqFailure TCPPLBRehash TCPAORequired TCPAOBad TCPAOKeyNotFound TCPAOGood TCPAODroppedIcmps
  TcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  IpExt: InNoRoutes InTruncatedPkts InMcastPkts OutMcastPkts InBcastPkts OutBcastPkts InOctets OutOctets InMcastOctets OutMcastOctets InBcastOctets OutBcastOctets InCsumErrors InNoECTPkts InECT1Pkts InECT0Pkts InCEPkts ReasmOverlaps
  IpExt: 0 0 0 0 2 0 1008 672 0 0 168 0 0 12 0 0 0 0
  MPTcpExt: MPCapableSYNRX MPCapableSYNTX MPCapableSYNACKRX MPCapableACKRX MPCapableFallbackACK MPCapableFallbackSYNACK MPCapableSYNTXDrop MPCapableSYNTXDisabled MPCapableEndpAttempt MPFallbackTokenInit MPTCPRetrans MPJoinNoTokenFound MPJoinSynRx MPJoinSynBackupRx MPJoinSynAckRx MPJoinSynAckBackupRx MPJoinSynAckHMacFailure MPJoinAckRx MPJoinAckHMacFailure MPJoinRejected MPJoinSynTx MPJoinSynTxCreatSkErr MPJoinSynTxBindErr MPJoinSynTxConnectErr DSSNotMatching DSSCorruptionFallback DSSCorruptionReset InfiniteMapTx InfiniteMapRx DSSNoMatchTCP DataCsumErr OFOQueueTail OFOQueue OFOMerge NoDSSInWindow DuplicateData AddAddr AddAddrTx AddAddrTxDrop EchoAdd EchoAddTx EchoAddTxDrop PortAdd AddAddrDrop MPJoinPortSynRx MPJoinPortSynAckRx MPJoinPortAckRx MismatchPortSynRx MismatchPortAckRx RmAddr RmAddrDrop RmAddrTx RmAddrTxDrop RmSubflow MPPrioTx MPPrioRx MPFailTx MPFailRx MPFastcloseTx MPFastcloseRx MPRstTx MPRstRx SubflowStale SubflowRecover SndWndShared RcvWndShared RcvWndConflictUpdate RcvWndConflict MPCurrEstab Blackhole MPCapableDataFallback MD5SigFallback DssFallback SimultConnectFallback FallbackFailed WinProbe
  MPTcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
