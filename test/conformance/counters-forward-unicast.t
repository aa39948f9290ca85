Counters a router shows after forwarding unicast pings both ways: every non-zero nstat counter, /proc/net/snmp and /proc/net/netstat whole, netstat -s, ip -s -s link of both legs and of the hosts' veth peers, /proc/net/dev and sysfs statistics.
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
  $ ip netns exec a ping -c 3 -i 0.2 -q 10.2.0.2 | grep transmitted
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b ping -c 2 -i 0.2 -s 1000 -q 10.1.0.2 | grep transmitted
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    10                 0.0
  IpForwDatagrams                 10                 0.0
  IpOutTransmits                  10                 0.0
  IpExtInOctets                   4616               0.0
  IpExtOutOctets                  4616               0.0
  IpExtInNoECTPkts                10                 0.0
  $ ip netns exec r cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 1 64 10 0 0 10 0 0 0 0 0 0 0 0 0 0 0 0 0 10
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec r cat /proc/net/netstat
  TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts PruneCalled RcvPruned OfoPruned OutOfWindowIcmps LockDroppedIcmps ArpFilter TW TWRecycled TWKilled PAWSActive PAWSEstab BeyondWindow TSEcrRejected PAWSOldAck PAWSTimewait DelayedACKs DelayedACKLocked DelayedACKLost ListenOverflows ListenDrops TCPHPHits TCPPureAcks TCPHPAcks TCPRenoRecovery TCPSackRecovery TCPSACKReneging TCPSACKReorder TCPRenoReorder TCPTSReorder TCPFullUndo TCPPartialUndo TCPDSACKUndo TCPLossUndo TCPLostRetransmit TCPRenoFailures TCPSackFailures TCPLossFailures TCPFastRetrans TCPSlowStartRetrans TCPTimeouts TCPLossProbes TCPLossProbeRecovery TCPRenoRecoveryFail TCPSackRecoveryFail TCPRcvCollapsed TCPBacklogCoalesce TCPDSACKOldSent TCPDSACKOfoSent TCPDSACKRecv TCPDSACKOfoRecv TCPAbortOnData TCPAbortOnClose TCPAbortOnMemory TCPAbortOnTimeout TCPAbortOnLinger TCPAbortFailed TCPMemoryPressures TCPMemoryPressuresChrono TCPSACKDiscard TCPDSACKIgnoredOld TCPDSACKIgnoredNoUndo TCPSpuriousRTOs TCPMD5NotFound TCPMD5Unexpected TCPMD5Failure TCPSackShifted TCPSackMerged TCPSackShiftFallback TCPBacklogDrop PFMemallocDrop TCPMinTTLDrop TCPDeferAcceptDrop IPReversePathFilter TCPTimeWaitOverflow TCPReqQFullDoCookies TCPReqQFullDrop TCPRetransFail TCPRcvCoalesce TCPOFOQueue TCPOFODrop TCPOFOMerge TCPChallengeACK TCPSYNChallenge TCPFastOpenActive TCPFastOpenActiveFail TCPFastOpenPassive TCPFastOpenPassiveFail TCPFastOpenListenOverflow TCPFastOpenCookieReqd TCPFastOpenBlackhole TCPSpuriousRtxHostQueues BusyPollRxPackets TCPAutoCorking TCPFromZeroWindowAdv TCPToZeroWindowAdv TCPWantZeroWindowAdv TCPSynRetrans TCPOrigDataSent TCPHystartTrainDetect TCPHystartTrainCwnd TCPHystartDelayDetect TCPHystartDelayCwnd TCPACKSkippedSynRecv TCPACKSkippedPAWS TCPACKSkippedSeq TCPACKSkippedFinWait2 TCPACKSkippedTimeWait TCPACKSkippedChallenge TCPWinProbe TCPKeepAlive TCPMTUPFail TCPMTUPSuccess TCPDelivered TCPDeliveredCE TCPAckCompressed TCPZeroWindowDrop TCPRcvQDrop TCPWqueueTooBig TCPFastOpenPassiveAltKey TcpTimeoutRehash TcpDuplicateDataRehash TCPDSACKRecvSegs TCPDSACKIgnoredDubious TCPMigrateReqSuccess TCPMigrateReqFailure TCPPLBRehash TCPAORequired TCPAOBad TCPAOKeyNotFound TCPAOGood TCPAODroppedIcmps
  TcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  IpExt: InNoRoutes InTruncatedPkts InMcastPkts OutMcastPkts InBcastPkts OutBcastPkts InOctets OutOctets InMcastOctets OutMcastOctets InBcastOctets OutBcastOctets InCsumErrors InNoECTPkts InECT1Pkts InECT0Pkts InCEPkts ReasmOverlaps
  IpExt: 0 0 0 0 0 0 4616 4616 0 0 0 0 0 10 0 0 0 0
  MPTcpExt: MPCapableSYNRX MPCapableSYNTX MPCapableSYNACKRX MPCapableACKRX MPCapableFallbackACK MPCapableFallbackSYNACK MPCapableSYNTXDrop MPCapableSYNTXDisabled MPCapableEndpAttempt MPFallbackTokenInit MPTCPRetrans MPJoinNoTokenFound MPJoinSynRx MPJoinSynBackupRx MPJoinSynAckRx MPJoinSynAckBackupRx MPJoinSynAckHMacFailure MPJoinAckRx MPJoinAckHMacFailure MPJoinRejected MPJoinSynTx MPJoinSynTxCreatSkErr MPJoinSynTxBindErr MPJoinSynTxConnectErr DSSNotMatching DSSCorruptionFallback DSSCorruptionReset InfiniteMapTx InfiniteMapRx DSSNoMatchTCP DataCsumErr OFOQueueTail OFOQueue OFOMerge NoDSSInWindow DuplicateData AddAddr AddAddrTx AddAddrTxDrop EchoAdd EchoAddTx EchoAddTxDrop PortAdd AddAddrDrop MPJoinPortSynRx MPJoinPortSynAckRx MPJoinPortAckRx MismatchPortSynRx MismatchPortAckRx RmAddr RmAddrDrop RmAddrTx RmAddrTxDrop RmSubflow MPPrioTx MPPrioRx MPFailTx MPFailRx MPFastcloseTx MPFastcloseRx MPRstTx MPRstRx SubflowStale SubflowRecover SndWndShared RcvWndShared RcvWndConflictUpdate RcvWndConflict MPCurrEstab Blackhole MPCapableDataFallback MD5SigFallback DssFallback SimultConnectFallback FallbackFailed WinProbe
  MPTcpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  $ ip netns exec r netstat -s
  Ip:
      Forwarding: 1
      10 total packets received
      10 forwarded
      0 incoming packets discarded
      0 incoming packets delivered
      0 requests sent out
      OutTransmits: 10
  Icmp:
      0 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
      0 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
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
      InOctets: 4616
      OutOctets: 4616
      InNoECTPkts: 10
  MPTcpExt:
  $ ip -n r -s -s link show r0
  2: r0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:01 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
            2420       6      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            2420       6      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n r -s -s link show r1
  3: r1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:02 brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
            2420       6      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            2420       6      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n a -stats link show a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns r
      RX:  bytes packets errors dropped  missed   mcast           
            2420       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            2420       6      0       0       0       0 
  $ ip -n b -stats link show b0
  2: b0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0b:01 brd ff:ff:ff:ff:ff:ff link-netns r
      RX:  bytes packets errors dropped  missed   mcast           
            2420       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            2420       6      0       0       0       0 
  $ ip netns exec r cat /proc/net/dev
  Inter-|   Receive                                                |  Transmit
   face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
      lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
      r0:    2420       6    0    0    0     0          0         0     2420       6    0    0    0     0       0          0
      r1:    2420       6    0    0    0     0          0         0     2420       6    0    0    0     0       0          0
  $ ip netns exec r sh -c 'cd /sys/class/net/r1/statistics && grep . * | sort'
  collisions:0
  multicast:0
  rx_bytes:2420
  rx_compressed:0
  rx_crc_errors:0
  rx_dropped:0
  rx_errors:0
  rx_fifo_errors:0
  rx_frame_errors:0
  rx_length_errors:0
  rx_missed_errors:0
  rx_nohandler:0
  rx_over_errors:0
  rx_packets:6
  tx_aborted_errors:0
  tx_bytes:2420
  tx_carrier_errors:0
  tx_compressed:0
  tx_dropped:0
  tx_errors:0
  tx_fifo_errors:0
  tx_heartbeat_errors:0
  tx_packets:6
  tx_window_errors:0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    5                  0.0
  IpInDelivers                    5                  0.0
  IpOutRequests                   5                  0.0
  IpOutTransmits                  5                  0.0
  IcmpInMsgs                      5                  0.0
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  3                  0.0
  IcmpOutMsgs                     5                  0.0
  IcmpOutEchos                    3                  0.0
  IcmpOutEchoReps                 2                  0.0
  IcmpMsgInType0                  3                  0.0
  IcmpMsgInType8                  2                  0.0
  IcmpMsgOutType0                 2                  0.0
  IcmpMsgOutType8                 3                  0.0
  IpExtInOctets                   2308               0.0
  IpExtOutOctets                  2308               0.0
  IpExtInNoECTPkts                5                  0.0
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    5                  0.0
  IpInDelivers                    5                  0.0
  IpOutRequests                   5                  0.0
  IpOutTransmits                  5                  0.0
  IcmpInMsgs                      5                  0.0
  IcmpInEchos                     3                  0.0
  IcmpInEchoReps                  2                  0.0
  IcmpOutMsgs                     5                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpOutEchoReps                 3                  0.0
  IcmpMsgInType0                  2                  0.0
  IcmpMsgInType8                  3                  0.0
  IcmpMsgOutType0                 3                  0.0
  IcmpMsgOutType8                 2                  0.0
  IpExtInOctets                   2308               0.0
  IpExtOutOctets                  2308               0.0
  IpExtInNoECTPkts                5                  0.0
