An orphaned FIN-WAIT-1 socket (socat closed with data and FIN unacknowledged, the peer silent): tcp_orphan_retries bounds its retransmissions (tcp_orphan_retries(): 0 means 8 while the RTO is below TCP_RTO_MAX), ss -o shows it under the on timer with its count, then it is gone without a RST (TCPAbortOnTimeout); the peer keeps its ESTABLISHED socket.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl net.ipv4.tcp_orphan_retries
  net.ipv4.tcp_orphan_retries = 0
  $ ip netns exec a sysctl -w net.ipv4.tcp_orphan_retries=2
  net.ipv4.tcp_orphan_retries = 2
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr OPEN:/dev/null,creat > b.log 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(echo first; sleep 1; echo second) | socat -u - TCP:10.0.0.2:5000 > a.log 2>&1 & sleep 0.5'
  $ ip netns exec b iptables -A INPUT -p tcp -j DROP
  $ sleep 2.7; ip netns exec a ss -Htano | sed -E 's/:[0-9]{5} /:PORT /; s/on,[0-9.]+(ms|sec)/on,T/'
  FIN-WAIT-1 0      8      10.0.0.1:PORT 10.0.0.2:5000 timer:(on,T,3)
  $ ip netns exec a nstat -asz TcpRetransSegs TcpExtTCPTimeouts TcpExtTCPLossProbes
  #kernel
  TcpRetransSegs                  4                  0.0
  TcpExtTCPTimeouts               3                  0.0
  TcpExtTCPLossProbes             1                  0.0
  $ sleep 2.5; ip netns exec a ss -Htan | wc -l
  0
  $ ip netns exec a nstat -asz TcpRetransSegs TcpExtTCPTimeouts TcpExtTCPAbortOnTimeout TcpOutRsts TcpEstabResets TcpCurrEstab
  #kernel
  TcpEstabResets                  0                  0.0
  TcpRetransSegs                  4                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtTCPTimeouts               4                  0.0
  TcpExtTCPAbortOnTimeout         1                  0.0
  $ ip netns exec b ss -Htan | sed -E 's/:[0-9]{5} */:PORT /; s/ +$//'
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:PORT
  $ ip netns exec a cat a.log
  $ ip netns pids b | xargs -r kill
