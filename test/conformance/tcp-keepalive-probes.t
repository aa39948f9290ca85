TCP keepalive with socat keepalive and the tcp_keepalive_* sysctls: ss -o shows the keepalive timer on an idle connection, probes cross the wire (tcpdump), and when the peer goes silent the connection is reset after tcp_keepalive_probes unanswered probes (TCPKeepAlive, TCPAbortOnTimeout; socat reports ETIMEDOUT).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -w net.ipv4.tcp_keepalive_time=3 net.ipv4.tcp_keepalive_intvl=1 net.ipv4.tcp_keepalive_probes=2
  net.ipv4.tcp_keepalive_time = 3
  net.ipv4.tcp_keepalive_intvl = 1
  net.ipv4.tcp_keepalive_probes = 2
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr OPEN:/dev/null,creat > b.log 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 30 | socat -u - TCP:10.0.0.2:5000,keepalive > a.log 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htno state established | sed -E 's/:[0-9]{5} /:PORT /; s/keepalive,[0-9.]+(ms|sec)/keepalive,T/'
  0      0      10.0.0.1:PORT 10.0.0.2:5000 timer:(keepalive,T,0)
  $ ip netns exec b ss -Htno state established | sed -E 's/:[0-9]{5} */:PORT /; s/ +$//'
  0      0      10.0.0.2:5000 10.0.0.1:PORT
  $ ip netns exec b sh -c 'tcpdump -nl -i b0 -c 2 tcp > td.out 2>/dev/null & sleep 0.3'
  $ sleep 3; ip netns exec b sh -c 'cat td.out' | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5} >/.PORT >/; s/\.[0-9]{5}:/.PORT:/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g'
  IP 10.0.0.1.PORT > 10.0.0.2.5000: Flags [.], ack N, win 63, options [nop,nop,TS val N ecr N], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.PORT: Flags [.], ack N, win 64, options [nop,nop,TS val N ecr N], length 0
  $ ip netns exec a nstat -asz TcpExtTCPKeepAlive TcpExtTCPAbortOnTimeout
  #kernel
  TcpExtTCPAbortOnTimeout         0                  0.0
  TcpExtTCPKeepAlive              1                  0.0
  $ ip netns exec b iptables -A INPUT -p tcp -j DROP
  $ sleep 6; ip netns exec a ss -Htn state established | wc -l
  0
  $ ip netns exec a nstat -asz TcpExtTCPKeepAlive TcpExtTCPAbortOnTimeout TcpEstabResets
  #kernel
  TcpEstabResets                  1                  0.0
  TcpExtTCPAbortOnTimeout         1                  0.0
  TcpExtTCPKeepAlive              3                  0.0
  $ ip netns exec a sh -c 'sed -E "s/^[0-9/ :.]+socat\[[0-9]+\] /socat /" a.log'
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
