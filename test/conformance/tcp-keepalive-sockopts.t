Per-socket keepalive (socat keepidle/keepintvl/keepcnt: TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT) override the tcp_keepalive_* sysctls: the timer in ss -o starts from keepidle, probes every keepintvl, the connection dies after keepcnt unanswered ones; out-of-range values are refused with EINVAL (do_tcp_setsockopt()); without keepalive there is no timer.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,keepidle=0 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E setsockopt(5, 6, 4, {0}, 4): Invalid argument
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,keepcnt=128 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E setsockopt(5, 6, 6, {128}, 4): Invalid argument
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,keepintvl=32768 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E setsockopt(5, 6, 5, {32768}, 4): Invalid argument
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr,fork OPEN:/dev/null,creat > b.log 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 20 | socat -u - TCP:10.0.0.2:5000 > a0.log 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htno state established | sed -E 's/:[0-9]{5} /:PORT /; s/ +$//'
  0      0      10.0.0.1:PORT 10.0.0.2:5000
  $ ip netns exec a sh -c 'sleep 20 | socat -u - TCP:10.0.0.2:5000,keepalive,keepidle=2,keepintvl=1,keepcnt=1 > a.log 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htno state established | sed -E 's/:[0-9]{5} /:PORT /; s/(keepalive,)[0-9.]+(ms|sec)/\1T/; s/ +$//' | sort
  0      0      10.0.0.1:PORT 10.0.0.2:5000
  0      0      10.0.0.1:PORT 10.0.0.2:5000 timer:(keepalive,T,0)
  $ sleep 2.5; ip netns exec a nstat -asz TcpExtTCPKeepAlive
  #kernel
  TcpExtTCPKeepAlive              1                  0.0
  $ ip netns exec b iptables -A INPUT -p tcp -j DROP
  $ sleep 4; ip netns exec a ss -Htn state established | wc -l
  1
  $ ip netns exec a nstat -asz TcpExtTCPKeepAlive TcpExtTCPAbortOnTimeout TcpEstabResets TcpOutRsts
  #kernel
  TcpEstabResets                  1                  0.0
  TcpOutRsts                      1                  0.0
  TcpExtTCPAbortOnTimeout         1                  0.0
  TcpExtTCPKeepAlive              2                  0.0
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
