TCP_SYNCNT per socket (socat syncnt) against a silent port: it replaces tcp_syn_retries for this connect only (tcp_write_timeout(): icsk_syn_retries ?: sysctl, plus tcp_syn_linear_timeouts, and the time model from 1 s), socat's ETIMEDOUT, TCPSynRetrans; out-of-range values are EINVAL; a refused port is not retried.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,syncnt=0 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E setsockopt(5, 6, 7, {0}, 4): Invalid argument
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,syncnt=128 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E setsockopt(5, 6, 7, {128}, 4): Invalid argument
  $ ip netns exec a sysctl net.ipv4.tcp_syn_retries net.ipv4.tcp_syn_linear_timeouts
  net.ipv4.tcp_syn_retries = 6
  net.ipv4.tcp_syn_linear_timeouts = 4
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5000 -j DROP
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,syncnt=1 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E connect(5, AF=2 10.0.0.2:5000, 16): Connection timed out
  $ ip netns exec a nstat -asz TcpActiveOpens TcpAttemptFails TcpExtTCPSynRetrans TcpExtTCPTimeouts TcpRetransSegs
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 1                  0.0
  TcpRetransSegs                  2                  0.0
  TcpExtTCPTimeouts               3                  0.0
  TcpExtTCPSynRetrans             2                  0.0
  $ ip netns exec b iptables -nvxL INPUT | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   3 180 DROP 6 -- * * 0.0.0.0/0 0.0.0.0/0 tcp dpt:5000
  $ ip netns exec a socat -u - TCP:10.0.0.2:5001,syncnt=1 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E connect(5, AF=2 10.0.0.2:5001, 16): Connection refused
  $ ip netns exec a sysctl -qw net.ipv4.tcp_syn_linear_timeouts=0
  $ ip netns exec a socat -u - TCP:10.0.0.2:5000,syncnt=2 < /dev/null 2>&1 | sed -E 's/^[0-9/ :.]+socat\[[0-9]+\] /socat /'
  socat E connect(5, AF=2 10.0.0.2:5000, 16): Connection timed out
  $ ip netns exec a nstat -asz TcpActiveOpens TcpAttemptFails TcpExtTCPSynRetrans TcpExtTCPTimeouts TcpRetransSegs
  #kernel
  TcpActiveOpens                  3                  0.0
  TcpAttemptFails                 3                  0.0
  TcpRetransSegs                  4                  0.0
  TcpExtTCPTimeouts               6                  0.0
  TcpExtTCPSynRetrans             4                  0.0
  $ ip netns exec b iptables -nvxL INPUT | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   6 360 DROP 6 -- * * 0.0.0.0/0 0.0.0.0/0 tcp dpt:5000
