A TCP transfer with half-close: nc -N shuts the write side at EOF, the listener writes exactly what came and closes; the client that closed first holds TIME-WAIT.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5001 > out.txt 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htan
  LISTEN 0      1      0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec a sh -c 'seq 1 500 | nc -N -w 2 10.0.0.2 5001'
  $ sleep 0.3; ip netns exec b sh -c 'wc -l < out.txt; head -1 out.txt; tail -1 out.txt'
  500
  1
  500
  $ ip netns exec a ss -Htan
  TIME-WAIT 0      0      10.0.0.1:* 10.0.0.2:5001 (glob)
  $ ip netns exec b ss -Htan
  $ ip netns exec a ss -Htan state time-wait
  0      0      10.0.0.1:* 10.0.0.2:5001 (glob)
  $ ip netns exec a nstat -asz TcpActiveOpens TcpEstabResets TcpAttemptFails TcpRetransSegs
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpRetransSegs                  0                  0.0
  $ ip netns exec b nstat -asz TcpPassiveOpens TcpEstabResets TcpCurrEstab
  #kernel
  TcpPassiveOpens                 1                  0.0
  TcpEstabResets                  0                  0.0
