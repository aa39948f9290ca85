Tail loss probe: the only data segment of a connection is dropped on the receiver (iptables, by length) for 100 ms; the probe 2 RTT + 200 ms later (one segment out: the delayed-ACK allowance) repairs it before the RTO. Then the same drop for 500 ms: the probe is lost too, the RTO fires (backed off).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5000 > tlp.out 2>&1 & sleep 0.3'
  $ ip netns exec b iptables -I INPUT -p tcp --dport 5000 -m length --length 55 -j DROP
  $ ip netns exec a sh -c '(echo hi; sleep 1) | nc -N 10.0.0.2 5000 & sleep 0.1'
  $ ip netns exec b iptables -D INPUT 1
  $ sleep 1.5; cat tlp.out
  hi
  $ ip netns exec a nstat -asz TcpRetransSegs TcpExtTCPLossProbes TcpExtTCPLossProbeRecovery TcpExtTCPTimeouts TcpExtTCPSlowStartRetrans TcpExtTCPFastRetrans TcpExtTCPLostRetransmit
  #kernel
  TcpRetransSegs                  1                  0.0
  TcpExtTCPLostRetransmit         0                  0.0
  TcpExtTCPFastRetrans            0                  0.0
  TcpExtTCPSlowStartRetrans       0                  0.0
  TcpExtTCPTimeouts               0                  0.0
  TcpExtTCPLossProbes             1                  0.0
  TcpExtTCPLossProbeRecovery      1                  0.0
  $ ip netns exec b sh -c 'nc -l -p 5001 > tlp2.out 2>&1 & sleep 0.3'
  $ ip netns exec b iptables -I INPUT -p tcp --dport 5001 -m length --length 55 -j DROP
  $ ip netns exec a sh -c '(echo hi; sleep 2) | nc -N 10.0.0.2 5001 & sleep 0.5'
  $ ip netns exec b iptables -D INPUT 1
  $ sleep 2.5; cat tlp2.out
  hi
  $ ip netns exec a nstat -asz TcpRetransSegs TcpExtTCPLossProbes TcpExtTCPLossProbeRecovery TcpExtTCPTimeouts TcpExtTCPSlowStartRetrans TcpExtTCPFastRetrans TcpExtTCPLostRetransmit
  #kernel
  TcpRetransSegs                  4                  0.0
  TcpExtTCPLostRetransmit         1                  0.0
  TcpExtTCPFastRetrans            0                  0.0
  TcpExtTCPSlowStartRetrans       0                  0.0
  TcpExtTCPTimeouts               2                  0.0
  TcpExtTCPLossProbes             2                  0.0
  TcpExtTCPLossProbeRecovery      1                  0.0
