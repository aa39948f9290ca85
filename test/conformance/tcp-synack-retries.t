A request socket whose SYN-ACKs go unanswered (the client gave up after socat connect-timeout and drops SYN-ACKs): SYN-RECV under the retransmit timer in ss -o, tcp_synack_retries SYN-ACK retransmissions with exponential backoff, then the request is dropped (TCPSynRetrans, TCPTimeouts); the listener's queue counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl -w net.ipv4.tcp_synack_retries=2
  net.ipv4.tcp_synack_retries = 2
  $ ip netns exec a iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -j DROP
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr OPEN:/dev/null,creat > b.log 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'tcpdump -nl -i b0 -c 4 "tcp[tcpflags] & tcp-syn != 0" > td.out 2>/dev/null & sleep 0.3'
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,connect-timeout=0.5 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E connecting to AF=2 10.0.0.2:5000: Connection timed out
  $ ip netns exec b ss -Htano state syn-recv | sed -E 's/:[0-9]{5} /:PORT /; s/on,[0-9.]+(ms|sec)/on,T/'
  0      0      10.0.0.2:5000 10.0.0.1:PORT timer:(on,T,0)
  $ ip netns exec b ss -Htln
  LISTEN 0      5      0.0.0.0:5000 0.0.0.0:*
  $ sleep 1.5; ip netns exec b ss -Htano state syn-recv | sed -E 's/:[0-9]{5} /:PORT /; s/on,[0-9.]+(ms|sec)/on,T/'
  0      0      10.0.0.2:5000 10.0.0.1:PORT timer:(on,T,1)
  $ sleep 2.5; ip netns exec b ss -Htano state syn-recv | sed -E 's/:[0-9]{5} /:PORT /; s/on,[0-9.]+(ms|sec)/on,T/'
  0      0      10.0.0.2:5000 10.0.0.1:PORT timer:(on,T,2)
  $ ip netns exec b nstat -asz TcpExtTCPSynRetrans TcpExtTCPTimeouts TcpPassiveOpens TcpRetransSegs TcpExtTCPReqQFullDrop
  #kernel
  TcpPassiveOpens                 0                  0.0
  TcpRetransSegs                  2                  0.0
  TcpExtTCPTimeouts               2                  0.0
  TcpExtTCPReqQFullDrop           0                  0.0
  TcpExtTCPSynRetrans             2                  0.0
  $ sleep 4; ip netns exec b ss -Htan state syn-recv | wc -l
  0
  $ ip netns exec b cat td.out | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  $ ip netns exec b nstat -asz TcpExtTCPSynRetrans TcpExtTCPTimeouts TcpPassiveOpens TcpRetransSegs TcpAttemptFails TcpExtEmbryonicRsts
  #kernel
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpRetransSegs                  2                  0.0
  TcpExtEmbryonicRsts             0                  0.0
  TcpExtTCPTimeouts               3                  0.0
  TcpExtTCPSynRetrans             2                  0.0
  $ ip netns exec a nstat -asz TcpActiveOpens TcpAttemptFails TcpRetransSegs
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 0                  0.0
  TcpRetransSegs                  0                  0.0
  $ ip netns pids b | xargs -r kill
