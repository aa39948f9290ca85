D-SACK (RFC 2883): the receiver's ACKs (52 bytes: no SACK option) are dropped for 100 ms, so the one data segment stays unacknowledged and the tail loss probe sends it again. The receiver reports the duplicate with a D-SACK block below its cumulative ACK (DelayedACKLost, TCPDSACKOldSent; that 64-byte ACK passes). The sender counts TCPDSACKRecv and TCPDSACKRecvSegs; outside any recovery there is nothing to undo (TCPDSACKIgnoredNoUndo), and a D-SACK of the probe itself means no loss: no TCPLossProbeRecovery.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5000 > d.out 2>&1 & sleep 0.3'
  $ ip netns exec b iptables -I OUTPUT -p tcp --sport 5000 -m length --length 52 -j DROP
  $ ip netns exec a sh -c '(echo hi; sleep 1) | nc -N 10.0.0.2 5000 & sleep 0.1'
  $ ip netns exec b iptables -D OUTPUT 1
  $ sleep 1.5; cat d.out
  hi
  $ ip netns exec a nstat -asz TcpRetransSegs TcpExtTCPLossProbes TcpExtTCPLossProbeRecovery TcpExtTCPTimeouts TcpExtTCPDSACKRecv TcpExtTCPDSACKRecvSegs TcpExtTCPDSACKOfoRecv TcpExtTCPDSACKIgnoredNoUndo TcpExtTCPDSACKIgnoredOld TcpExtTCPDSACKUndo TcpExtTCPLossUndo TcpExtTCPFullUndo TcpExtTCPPartialUndo TcpExtTCPSpuriousRTOs
  #kernel
  TcpRetransSegs                  1                  0.0
  TcpExtTCPFullUndo               0                  0.0
  TcpExtTCPPartialUndo            0                  0.0
  TcpExtTCPDSACKUndo              0                  0.0
  TcpExtTCPLossUndo               0                  0.0
  TcpExtTCPTimeouts               0                  0.0
  TcpExtTCPLossProbes             1                  0.0
  TcpExtTCPLossProbeRecovery      0                  0.0
  TcpExtTCPDSACKRecv              1                  0.0
  TcpExtTCPDSACKOfoRecv           0                  0.0
  TcpExtTCPDSACKIgnoredOld        0                  0.0
  TcpExtTCPDSACKIgnoredNoUndo     1                  0.0
  TcpExtTCPSpuriousRTOs           0                  0.0
  TcpExtTCPDSACKRecvSegs          1                  0.0
  $ ip netns exec b nstat -asz TcpExtDelayedACKLost TcpExtTCPDSACKOldSent TcpExtTCPDSACKOfoSent
  #kernel
  TcpExtDelayedACKLost            1                  0.0
  TcpExtTCPDSACKOldSent           1                  0.0
  TcpExtTCPDSACKOfoSent           0                  0.0
The same with the ACKs dropped for 500 ms: the probe's D-SACK (64 bytes) passes again, so there is no RTO.
  $ ip netns exec b sh -c 'nc -l -p 5001 > d2.out 2>&1 & sleep 0.3'
  $ ip netns exec b iptables -I OUTPUT -p tcp --sport 5001 -m length --length 52 -j DROP
  $ ip netns exec a sh -c '(echo hi; sleep 2) | nc -N 10.0.0.2 5001 & sleep 0.5'
  $ ip netns exec b iptables -D OUTPUT 1
  $ sleep 2.5; cat d2.out
  hi
  $ ip netns exec a nstat -asz TcpRetransSegs TcpExtTCPLossProbes TcpExtTCPLossProbeRecovery TcpExtTCPTimeouts TcpExtTCPDSACKRecv TcpExtTCPDSACKRecvSegs TcpExtTCPDSACKOfoRecv TcpExtTCPDSACKIgnoredNoUndo TcpExtTCPDSACKIgnoredOld TcpExtTCPDSACKUndo TcpExtTCPLossUndo TcpExtTCPFullUndo TcpExtTCPPartialUndo TcpExtTCPSpuriousRTOs
  #kernel
  TcpRetransSegs                  2                  0.0
  TcpExtTCPFullUndo               0                  0.0
  TcpExtTCPPartialUndo            0                  0.0
  TcpExtTCPDSACKUndo              0                  0.0
  TcpExtTCPLossUndo               0                  0.0
  TcpExtTCPTimeouts               0                  0.0
  TcpExtTCPLossProbes             2                  0.0
  TcpExtTCPLossProbeRecovery      0                  0.0
  TcpExtTCPDSACKRecv              2                  0.0
  TcpExtTCPDSACKOfoRecv           0                  0.0
  TcpExtTCPDSACKIgnoredOld        0                  0.0
  TcpExtTCPDSACKIgnoredNoUndo     2                  0.0
  TcpExtTCPSpuriousRTOs           0                  0.0
  TcpExtTCPDSACKRecvSegs          2                  0.0
  $ ip netns exec b nstat -asz TcpExtDelayedACKLost TcpExtTCPDSACKOldSent TcpExtTCPDSACKOfoSent
  #kernel
  TcpExtDelayedACKLost            2                  0.0
  TcpExtTCPDSACKOldSent           2                  0.0
  TcpExtTCPDSACKOfoSent           0                  0.0
