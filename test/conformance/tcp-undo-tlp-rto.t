No undo when a D-SACK covers only one of two retransmissions: the receiver's ACKs (52 bytes) and its D-SACKs (64 bytes) are dropped for 300 ms, so the tail loss probe's copy goes unanswered and the RTO resends the segment again. At the RTO the probe's copy still counts as a retransmission in flight (tcp_init_undo: undo_retrans = retrans_out), the D-SACK of the RTO's copy brings undo_retrans down to 1, not 0: the timeout stands (no TCPLossUndo).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5000 > d.out 2>&1 & sleep 0.3'
  $ ip netns exec b iptables -I OUTPUT -p tcp --sport 5000 -m length --length 52 -j DROP
  $ ip netns exec b iptables -I OUTPUT -p tcp --sport 5000 -m length --length 64 -j DROP
  $ ip netns exec a sh -c '(echo hi; sleep 1) | nc -N 10.0.0.2 5000 & sleep 0.3'
  $ ip netns exec b iptables -F OUTPUT
  $ sleep 1.5; cat d.out
  hi
  $ ip netns exec a nstat -asz TcpRetransSegs TcpExtTCPLossProbes TcpExtTCPLossProbeRecovery TcpExtTCPTimeouts TcpExtTCPDSACKRecv TcpExtTCPDSACKRecvSegs TcpExtTCPDSACKIgnoredNoUndo TcpExtTCPDSACKIgnoredOld TcpExtTCPDSACKUndo TcpExtTCPLossUndo TcpExtTCPFullUndo TcpExtTCPSpuriousRTOs
  #kernel
  TcpRetransSegs                  2                  0.0
  TcpExtTCPFullUndo               0                  0.0
  TcpExtTCPDSACKUndo              0                  0.0
  TcpExtTCPLossUndo               0                  0.0
  TcpExtTCPTimeouts               1                  0.0
  TcpExtTCPLossProbes             1                  0.0
  TcpExtTCPLossProbeRecovery      0                  0.0
  TcpExtTCPDSACKRecv              1                  0.0
  TcpExtTCPDSACKIgnoredOld        0                  0.0
  TcpExtTCPDSACKIgnoredNoUndo     0                  0.0
  TcpExtTCPSpuriousRTOs           0                  0.0
  TcpExtTCPDSACKRecvSegs          1                  0.0
  $ ip netns exec b nstat -asz TcpExtDelayedACKLost TcpExtTCPDSACKOldSent
  #kernel
  TcpExtDelayedACKLost            2                  0.0
  TcpExtTCPDSACKOldSent           2                  0.0
