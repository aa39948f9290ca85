Zero-window probes (an ACK at snd_una - 1: below rcv_wup, an old sequence) draw duplicate ACKs through tcp_oow_rate_limited(): a connection left in nc -l's accept queue fills its window; the sender probes at 0.2, 0.6, 1.4 and 3.0 s, the receiver skips the answer to the second (400 ms after the first answer, within tcp_invalid_ratelimit: TCPACKSkippedSeq); no BeyondWindow. With tcp_invalid_ratelimit=2000 the second and third are skipped.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5001 > /dev/null &'
  $ sleep 0.3
  $ ip netns exec a sh -c 'sleep 10 | nc 10.0.0.2 5001 &'
  $ sleep 0.3
  $ ip netns exec a sh -c 'head -c 3000000 /dev/zero | nc -w 8 10.0.0.2 5001 &'
  $ sleep 4
  $ ip netns exec b nstat -az TcpExtTCPACKSkippedSeq TcpExtBeyondWindow TcpExtTCPZeroWindowDrop
  #kernel
  TcpExtBeyondWindow              0                  0.0
  TcpExtTCPACKSkippedSeq          1                  0.0
  TcpExtTCPZeroWindowDrop         0                  0.0
  $ ip netns exec a nstat -az TcpExtTCPWinProbe
  #kernel
  TcpExtTCPWinProbe               4                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.tcp_invalid_ratelimit=2000
  $ ip netns exec b sh -c 'nc -l -p 5002 > /dev/null &'
  $ sleep 0.3
  $ ip netns exec a sh -c 'sleep 10 | nc 10.0.0.2 5002 &'
  $ sleep 0.3
  $ ip netns exec a sh -c 'head -c 3000000 /dev/zero | nc -w 8 10.0.0.2 5002 &'
  $ sleep 4
  $ ip netns exec b nstat -az TcpExtTCPACKSkippedSeq TcpExtBeyondWindow
  #kernel
  TcpExtBeyondWindow              0                  0.0
  TcpExtTCPACKSkippedSeq          3                  0.0
  $ ip netns exec a nstat -az TcpExtTCPWinProbe
  #kernel
  TcpExtTCPWinProbe               9                  0.0
