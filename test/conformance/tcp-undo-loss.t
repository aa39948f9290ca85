Undo of a spurious RTO by D-SACK: without tail loss probes (tcp_early_retrans 0) the receiver's ACK of the one data segment is dropped, the RTO resends it, and the receiver's D-SACK of that copy shows the original had arrived (undo_retrans back to 0): tcp_try_undo_loss() restores cwnd and ssthresh (TCPLossUndo), with no TCPSpuriousRTOs (that is F-RTO's count). ss -i counts the retransmitted bytes in bytes_sent too, the time from the write to the ACK after the RTO as busy (tcpi_busy_time, in jiffies), and the D-SACKed segment in dsack_dups.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_early_retrans=0
  $ ip netns exec b sh -c 'nc -l -p 5000 > d.out 2>&1 & sleep 0.3'
  $ ip netns exec b iptables -I OUTPUT -p tcp --sport 5000 -m length --length 52 -j DROP
  $ ip netns exec a sh -c '(echo hi; sleep 1) | nc -N 10.0.0.2 5000 & sleep 0.1'
  $ ip netns exec b iptables -D OUTPUT 1
  $ sleep 0.4; ip netns exec a ss -tni dst 10.0.0.2 | grep -oE ' (bytes_sent|bytes_retrans|busy|retrans|dsack_dups):[0-9/]+(ms)?'
   bytes_sent:6
   bytes_retrans:3
   busy:2??ms (glob)
   retrans:0/1
   dsack_dups:1
  $ sleep 1.1; cat d.out
  hi
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
  TcpExtTCPDSACKRecv              1                  0.0
  TcpExtTCPDSACKOfoRecv           0                  0.0
  TcpExtTCPDSACKIgnoredOld        0                  0.0
  TcpExtTCPDSACKIgnoredNoUndo     0                  0.0
  TcpExtTCPSpuriousRTOs           0                  0.0
  TcpExtTCPDSACKRecvSegs          1                  0.0
  $ ip netns exec b nstat -asz TcpExtDelayedACKLost TcpExtTCPDSACKOldSent TcpExtTCPDSACKOfoSent
  #kernel
  TcpExtDelayedACKLost            1                  0.0
  TcpExtTCPDSACKOldSent           1                  0.0
  TcpExtTCPDSACKOfoSent           0                  0.0
