An established connection whose peer goes silent while data is outstanding: a loss probe, then RTOs backing off from 200 ms; tcp_retries2 bounds the time from the first retransmission (tcp_model_timeout(), retrans_stamp), ss -o shows the on timer and its retransmit count, then the connection is aborted (TCPAbortOnTimeout, TcpEstabResets) and socat's next write fails with ETIMEDOUT.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -w net.ipv4.tcp_retries2=3
  net.ipv4.tcp_retries2 = 3
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr OPEN:/dev/null,creat > b.log 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(echo first; sleep 1; echo second; sleep 9; echo third; sleep 1) | socat -u - TCP:10.0.0.2:5000 > a.log 2>&1 & sleep 0.5'
  $ ip netns exec b iptables -A INPUT -p tcp -j DROP
  $ sleep 3; ip netns exec a ss -Htno state established | sed -E 's/:[0-9]{5} /:PORT /; s/on,[0-9.]+(ms|sec)/on,T/'
  0      7      10.0.0.1:PORT 10.0.0.2:5000 timer:(on,T,3)
  $ sleep 2.5; ip netns exec a ss -Htno state established | sed -E 's/:[0-9]{5} /:PORT /; s/on,[0-9.]+(ms|sec)/on,T/'
  0      7      10.0.0.1:PORT 10.0.0.2:5000 timer:(on,T,4)
  $ ip netns exec a nstat -asz TcpExtTCPAbortOnTimeout TcpRetransSegs TcpEstabResets TcpExtTCPTimeouts TcpExtTCPLossProbes TcpOutRsts
  #kernel
  TcpEstabResets                  0                  0.0
  TcpRetransSegs                  5                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtTCPTimeouts               4                  0.0
  TcpExtTCPLossProbes             1                  0.0
  TcpExtTCPAbortOnTimeout         0                  0.0
  $ sleep 3; ip netns exec a ss -Htan | wc -l
  0
  $ ip netns exec a nstat -asz TcpExtTCPAbortOnTimeout TcpRetransSegs TcpEstabResets TcpExtTCPTimeouts TcpOutRsts
  #kernel
  TcpEstabResets                  1                  0.0
  TcpRetransSegs                  5                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtTCPTimeouts               5                  0.0
  TcpExtTCPAbortOnTimeout         1                  0.0
  $ sleep 3.5; ip netns exec a sh -c 'sed -E "s/^[0-9/ :.]+socat\[[0-9]+\] /socat /; s/0x[0-9a-f]+/0xADDR/" a.log'
  socat E write(5, 0xADDR, 6): Connection timed out
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
