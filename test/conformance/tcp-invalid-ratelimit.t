The tcp_invalid_ratelimit sysctl (tcp_oow_rate_limited): a listener's request socket answers each retransmitted SYN with its SYN-ACK unless it answered one less than tcp_invalid_ratelimit ago (TCPACKSkippedSynRecv); the client drops the SYN-ACKs so its SYNs come every second (tcp_syn_linear_timeouts); the sysctl's reads, writes and errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl net.ipv4.tcp_invalid_ratelimit
  net.ipv4.tcp_invalid_ratelimit = 500
  $ ip netns exec b cat /proc/sys/net/ipv4/tcp_invalid_ratelimit
  500
  $ ip netns exec b sysctl -w net.ipv4.tcp_invalid_ratelimit=abc
  sysctl: setting key "net.ipv4.tcp_invalid_ratelimit": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.ipv4.tcp_invalid_ratelimit=1500
  net.ipv4.tcp_invalid_ratelimit = 1500
  $ ip netns exec b sysctl net.ipv4.tcp_invalid_ratelimit
  net.ipv4.tcp_invalid_ratelimit = 1500
  $ ip netns exec a iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -j DROP
  $ ip netns exec a sysctl -qw net.ipv4.tcp_syn_retries=4
  $ ip netns exec b sh -c 'nc -l -p 5005 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec a nc -v -z 10.0.0.2 5005
  nc: connect to 10.0.0.2 port 5005 (tcp) failed: Connection timed out
  [1]
  $ ip netns exec b nstat -az TcpExtTCPACKSkippedSynRecv TcpPassiveOpens TcpInSegs
  #kernel
  TcpPassiveOpens                 0                  0.0
  TcpInSegs                       9                  0.0
  TcpExtTCPACKSkippedSynRecv      2                  0.0
  $ ip netns exec a nstat -az TcpRetransSegs TcpAttemptFails
  #kernel
  TcpAttemptFails                 1                  0.0
  TcpRetransSegs                  8                  0.0
  $ ip netns exec b sysctl -w net.ipv4.tcp_invalid_ratelimit=0
  net.ipv4.tcp_invalid_ratelimit = 0
  $ ip netns exec a nc -v -z 10.0.0.2 5005
  nc: connect to 10.0.0.2 port 5005 (tcp) failed: Connection timed out
  [1]
  $ ip netns exec b nstat -az TcpExtTCPACKSkippedSynRecv TcpInSegs
  #kernel
  TcpInSegs                       18                 0.0
  TcpExtTCPACKSkippedSynRecv      2                  0.0
  $ ip netns exec b sysctl -w net.ipv4.tcp_invalid_ratelimit=5000
  net.ipv4.tcp_invalid_ratelimit = 5000
  $ ip netns exec a nc -v -z 10.0.0.2 5005
  nc: connect to 10.0.0.2 port 5005 (tcp) failed: Connection timed out
  [1]
  $ ip netns exec b nstat -az TcpExtTCPACKSkippedSynRecv TcpInSegs
  #kernel
  TcpInSegs                       27                 0.0
  TcpExtTCPACKSkippedSynRecv      7                  0.0
  $ ip netns exec b sysctl -w net.ipv4.tcp_invalid_ratelimit=-1
  sysctl: setting key "net.ipv4.tcp_invalid_ratelimit": Invalid argument
  [1]
  $ ip netns exec b sysctl net.ipv4.tcp_invalid_ratelimit
  net.ipv4.tcp_invalid_ratelimit = 5000
