A client that connects and closes at once (nc -z) against listeners that accept later (socat fork, socat, nc -k): the exchange on the wire (the server's FIN carries the ACK of the client's FIN), the counters of both ends, TIME-WAIT on the client.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,fork OPEN:s1.out,creat,append 2>s1.err & sleep 0.3'
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5001 OPEN:s2.out,creat,append 2>s2.err & nc -l -k -p 5002 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'tcpdump -nl -i a0 tcp 2>/dev/null > td.out & sleep 0.5'
  $ ip netns exec a nc -z -v -w 1 -p 40000 10.0.0.2 5000 2>&1; echo $?
  Connection to 10.0.0.2 5000 port [tcp/*] succeeded!
  0
  $ sleep 0.3
  $ ip netns exec a nc -z -v -w 1 -p 40001 10.0.0.2 5001 2>&1; echo $?
  Connection to 10.0.0.2 5001 port [tcp/*] succeeded!
  0
  $ sleep 0.3
  $ ip netns exec a nc -z -v -w 1 -p 40002 10.0.0.2 5002 2>&1; echo $?
  Connection to 10.0.0.2 5002 port [tcp/*] succeeded!
  0
  $ sleep 0.3
  $ ip netns exec a nstat -az TcpInSegs TcpOutSegs TcpExtTCPPureAcks TcpExtTCPHPAcks TcpExtDelayedACKs | tail -n +2
  TcpInSegs                       6                  0.0
  TcpOutSegs                      12                 0.0
  TcpExtDelayedACKs               0                  0.0
  TcpExtTCPPureAcks               0                  0.0
  TcpExtTCPHPAcks                 0                  0.0
  $ ip netns exec b nstat -az TcpInSegs TcpOutSegs TcpExtTCPPureAcks TcpExtTCPHPAcks TcpExtDelayedACKs | tail -n +2
  TcpInSegs                       12                 0.0
  TcpOutSegs                      6                  0.0
  TcpExtDelayedACKs               0                  0.0
  TcpExtTCPPureAcks               6                  0.0
  TcpExtTCPHPAcks                 0                  0.0
  $ ip netns pids a | xargs -r kill; sleep 0.3; sed -E 's/^[0-9:.]+ //; s/(seq|ack|val|ecr) [0-9:]+/\1 N/g; s/win [0-9]+/win W/' td.out
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], seq N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.40000: Flags [S.], seq N, ack N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [.], ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [F.], seq N, ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.40000: Flags [F.], seq N, ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [.], ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.40001 > 10.0.0.2.5001: Flags [S], seq N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5001 > 10.0.0.1.40001: Flags [S.], seq N, ack N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.1.40001 > 10.0.0.2.5001: Flags [.], ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.40001 > 10.0.0.2.5001: Flags [F.], seq N, ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.2.5001 > 10.0.0.1.40001: Flags [F.], seq N, ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.40001 > 10.0.0.2.5001: Flags [.], ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.40002 > 10.0.0.2.5002: Flags [S], seq N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.2.5002 > 10.0.0.1.40002: Flags [S.], seq N, ack N, win W, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 10.0.0.1.40002 > 10.0.0.2.5002: Flags [.], ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.40002 > 10.0.0.2.5002: Flags [F.], seq N, ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.2.5002 > 10.0.0.1.40002: Flags [F.], seq N, ack N, win W, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.1.40002 > 10.0.0.2.5002: Flags [.], ack N, win W, options [nop,nop,TS val N ecr N], length 0
  $ ip netns exec a ss -Htan | sort
  TIME-WAIT 0      0      10.0.0.1:40000 10.0.0.2:5000
  TIME-WAIT 0      0      10.0.0.1:40001 10.0.0.2:5001
  TIME-WAIT 0      0      10.0.0.1:40002 10.0.0.2:5002
  $ ip netns exec b ss -Htan | sort
  LISTEN 0      1      0.0.0.0:5002 0.0.0.0:*
  LISTEN 0      5      0.0.0.0:5000 0.0.0.0:*
  $ ip netns pids b | xargs -r kill; sleep 0.2
