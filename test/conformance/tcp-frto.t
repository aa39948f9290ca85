F-RTO (RFC 5682, tcp_frto 2): no timestamps, no D-SACK from the receiver (tcp_dsack 0), no loss probes. Two full segments go out; the receiver's ACKs (40 bytes) are dropped for 100 ms; the RTO resends the first segment only. The next ACK covers the second segment too, which was never retransmitted (FLAG_ORIG_SACK_ACKED): the timeout was spurious, undone (TCPLossUndo, TCPSpuriousRTOs).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_early_retrans=0 net.ipv4.tcp_timestamps=0
  $ ip netns exec a sysctl net.ipv4.tcp_frto
  net.ipv4.tcp_frto = 2
  $ ip netns exec b sysctl -qw net.ipv4.tcp_dsack=0
  $ ip netns exec b sh -c 'nc -l -p 5000 > d.out 2>&1 & sleep 0.3'
  $ ip netns exec b iptables -I OUTPUT -p tcp --sport 5000 -m length --length 40 -j DROP
  $ ip netns exec a sh -c '(head -c 2920 /dev/zero; sleep 1) | nc -N 10.0.0.2 5000 & sleep 0.1'
  $ ip netns exec b iptables -D OUTPUT 1
  $ sleep 1.5; wc -c < d.out
  2920
  $ ip netns exec a nstat -asz TcpRetransSegs TcpExtTCPLossProbes TcpExtTCPLossProbeRecovery TcpExtTCPTimeouts TcpExtTCPDSACKRecv TcpExtTCPDSACKRecvSegs TcpExtTCPDSACKOfoRecv TcpExtTCPDSACKIgnoredNoUndo TcpExtTCPDSACKIgnoredOld TcpExtTCPDSACKUndo TcpExtTCPLossUndo TcpExtTCPFullUndo TcpExtTCPPartialUndo TcpExtTCPSpuriousRTOs
  #kernel
  TcpRetransSegs                  1                  0.0
  TcpExtTCPFullUndo               0                  0.0
  TcpExtTCPPartialUndo            0                  0.0
  TcpExtTCPDSACKUndo              0                  0.0
  TcpExtTCPLossUndo               1                  0.0
  TcpExtTCPTimeouts               1                  0.0
  TcpExtTCPLossProbes             0                  0.0
  TcpExtTCPLossProbeRecovery      0                  0.0
  TcpExtTCPDSACKRecv              0                  0.0
  TcpExtTCPDSACKOfoRecv           0                  0.0
  TcpExtTCPDSACKIgnoredOld        0                  0.0
  TcpExtTCPDSACKIgnoredNoUndo     0                  0.0
  TcpExtTCPSpuriousRTOs           1                  0.0
  TcpExtTCPDSACKRecvSegs          0                  0.0
  $ ip netns exec b nstat -asz TcpExtDelayedACKLost TcpExtTCPDSACKOldSent TcpExtTCPDSACKOfoSent
  #kernel
  TcpExtDelayedACKLost            1                  0.0
  TcpExtTCPDSACKOldSent           0                  0.0
  TcpExtTCPDSACKOfoSent           0                  0.0
