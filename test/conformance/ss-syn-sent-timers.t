ss during a connect that gets no answer: SYN-SENT with its retransmit timer, the retransmission count growing, the listener side's SYN-RECV when its SYN-ACKs are dropped, and the states after the attempts end.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p tcp --dport 9000 -j DROP
  $ ip netns exec a sh -c 'nc -w 5 -p 40000 10.0.0.2 9000 < /dev/null > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htn state syn-sent
  0      1      10.0.0.1:40000 10.0.0.2:9000
  $ ip netns exec a ss -Htno state syn-sent | sed -E 's/timer:\(on,[0-9.]+m?s,/timer:(on,T,/'
  0      1      10.0.0.1:40000 10.0.0.2:9000 timer:(on,T,0)
  $ sleep 1.2; ip netns exec a ss -Htno state syn-sent | sed -E 's/timer:\(on,[0-9.]+m?s,/timer:(on,T,/'
  0      1      10.0.0.1:40000 10.0.0.2:9000 timer:(on,T,1)
  $ ip netns exec a ss -Htan
  SYN-SENT 0      1      10.0.0.1:40000 10.0.0.2:9000
  $ ip netns exec b sh -c 'nc -l -p 9001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a iptables -A INPUT -p tcp --sport 9001 --tcp-flags SYN,ACK SYN,ACK -j DROP
  $ ip netns exec a sh -c 'nc -w 5 -p 40001 10.0.0.2 9001 < /dev/null > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec b ss -Htan | sort
  LISTEN   0      1       0.0.0.0:9001  0.0.0.0:*    
  SYN-RECV 0      0      10.0.0.2:9001 10.0.0.1:40001
  $ ip netns exec b ss -Htno state syn-recv | sed -E 's/timer:\(on,[0-9.]+m?s,/timer:(on,T,/'
  0      0      10.0.0.2:9001 10.0.0.1:40001 timer:(on,T,0)
  $ sleep 5
  $ ip netns exec a ss -Htan
  $ ip netns exec a nstat -az TcpActiveOpens TcpRetransSegs TcpAttemptFails TcpExtTCPTimeouts
  #kernel
  TcpActiveOpens                  2                  0.0
  TcpAttemptFails                 0                  0.0
  TcpRetransSegs                  8                  0.0
  TcpExtTCPTimeouts               8                  0.0
  $ ip netns exec b nstat -az TcpPassiveOpens TcpRetransSegs TcpExtTCPSynRetrans
  #kernel
  TcpPassiveOpens                 0                  0.0
  TcpRetransSegs                  5                  0.0
  TcpExtTCPSynRetrans             5                  0.0
