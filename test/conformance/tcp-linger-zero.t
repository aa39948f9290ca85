SO_LINGER with a zero timeout (socat linger=0) on a connection whose peer went silent: socat shuts the socket down at EOF (FIN, unanswered) and the close then aborts it (__tcp_close(): tcp_disconnect() sends a RST from FIN-WAIT-1, TCPAbortOnData), leaving no orphan; without linger the orphan stays in FIN-WAIT-1 retransmitting its FIN. A negative linger time is accepted (MAX_SCHEDULE_TIMEOUT).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr,fork OPEN:/dev/null > b.log 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'tcpdump -nl -i a0 -c 1 "tcp[tcpflags] & tcp-rst != 0" > td.out 2>/dev/null & sleep 0.3'
  $ ip netns exec a sh -c '(echo hello; sleep 1) | socat -u - TCP:10.0.0.2:5000,linger=0 > a.log 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htan | sed -E 's/:[0-9]{5} /:PORT /'
  ESTAB 0      0      10.0.0.1:PORT 10.0.0.2:5000
  $ ip netns exec b iptables -A INPUT -p tcp -j DROP
  $ sleep 1.5; ip netns exec a ss -Htan | sed -E 's/:[0-9]{5} /:PORT /'
  $ ip netns exec a nstat -asz TcpExtTCPAbortOnData TcpExtTCPAbortOnClose TcpOutRsts TcpEstabResets TcpExtTCPAbortOnTimeout
  #kernel
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      1                  0.0
  TcpExtTCPAbortOnData            1                  0.0
  TcpExtTCPAbortOnClose           0                  0.0
  TcpExtTCPAbortOnTimeout         0                  0.0
  $ ip netns exec a sh -c 'cat td.out' | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [R.], seq N, ack N, win 63, options [nop,nop,TS val N ecr N], length 0
  $ ip netns exec a cat a.log
  $ ip netns exec b ss -Htan state established | sed -E 's/:[0-9]{5} */:PORT /; s/ +$//'
  0      0      10.0.0.2:5000 10.0.0.1:PORT
  $ ip netns exec b iptables -F INPUT
  $ ip netns exec a sh -c '(echo hello; sleep 1) | socat -u - TCP:10.0.0.2:5000 > a2.log 2>&1 & sleep 0.5'
  $ ip netns exec b iptables -A INPUT -p tcp -j DROP
  $ sleep 1.5; ip netns exec a ss -Htan | sed -E 's/:[0-9]{5} /:PORT /'
  FIN-WAIT-1 0      1      10.0.0.1:PORT 10.0.0.2:5000
  $ ip netns exec a nstat -asz TcpExtTCPAbortOnData TcpOutRsts TcpEstabResets
  #kernel
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      1                  0.0
  TcpExtTCPAbortOnData            1                  0.0
  $ ip netns exec b iptables -F INPUT
  $ ip netns exec a socat -u - TCP:10.0.0.2:5001,linger=-1 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E connect(5, AF=2 10.0.0.2:5001, 16): Connection refused
  $ ip netns pids b | xargs -r kill
