SYN retransmission when no answer can come back (the peer's route to us is a blackhole): SYN-SENT in ss, retries after 1 s and 2 s with tcp_syn_retries=2, then ETIMEDOUT; the counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b route add blackhole 10.0.0.1/32
  $ ip netns exec a sysctl -qw net.ipv4.tcp_syn_retries=2
  $ ip netns exec a sh -c 'nc -v -z 10.0.0.2 5005 > out.txt 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htan
  SYN-SENT 0      1      10.0.0.1:* 10.0.0.2:5005 (glob)
  $ ip netns exec a ss -Htano | sed -E 's/on,[0-9.]+ms/on,NNms/'
  SYN-SENT 0      1      10.0.0.1:* 10.0.0.2:5005 timer:(on,NNms,0) (glob)
  $ sleep 8; ip netns exec a cat out.txt
  nc: connect to 10.0.0.2 port 5005 (tcp) failed: Connection timed out
  $ ip netns exec a ss -Htan
  $ ip netns exec a nstat -asz TcpActiveOpens TcpAttemptFails TcpRetransSegs TcpOutSegs TcpExtTCPSynRetrans TcpExtTCPTimeouts
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 1                  0.0
  TcpOutSegs                      1                  0.0
  TcpRetransSegs                  5                  0.0
  TcpExtTCPTimeouts               6                  0.0
  TcpExtTCPSynRetrans             5                  0.0
  $ ip netns exec b nstat -asz TcpInSegs TcpOutRsts TcpOutSegs
  #kernel
  TcpInSegs                       6                  0.0
  TcpOutSegs                      6                  0.0
  TcpOutRsts                      6                  0.0
