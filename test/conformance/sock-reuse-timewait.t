Ports and TIME-WAIT: a client port reused right after its connection closed (nc -p sets SO_REUSEPORT), the active closer keeps TIME-WAIT, nc -k serving several clients in turn, nc -q and -N ending a transfer, listings with ss between.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -k -l -p 6000 > k.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo first | nc -N -p 40000 10.0.0.2 6000'
  $ ip netns exec a ss -Htan
  TIME-WAIT 0      0      10.0.0.1:40000 10.0.0.2:6000
  $ ip netns exec b ss -Htan
  LISTEN 0      1      0.0.0.0:6000 0.0.0.0:*
  $ ip netns exec a sh -c 'echo second | nc -N -p 40000 10.0.0.2 6000'; echo $?
  nc: bind failed: Address already in use
  1
  $ ip netns exec a sh -c 'echo third | nc -N -p 40001 10.0.0.2 6000'; echo $?
  0
  $ sleep 0.3; cat k.out
  first
  third
  $ ip netns exec a ss -Htan | sort
  TIME-WAIT 0      0      10.0.0.1:40000 10.0.0.2:6000
  TIME-WAIT 0      0      10.0.0.1:40001 10.0.0.2:6000
  $ ip netns exec b ss -Htan | sort
  LISTEN 0      1      0.0.0.0:6000 0.0.0.0:*
  $ ip netns exec a ss -Htan state time-wait | wc -l
  2
  $ ip netns exec a nstat -az TcpActiveOpens TcpEstabResets TcpAttemptFails TcpExtTW TcpExtTWRecycled
  #kernel
  TcpActiveOpens                  2                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpExtTW                        2                  0.0
  TcpExtTWRecycled                0                  0.0
  $ ip netns exec b nstat -az TcpPassiveOpens TcpCurrEstab TcpExtTW
  #kernel
  TcpPassiveOpens                 2                  0.0
  TcpExtTW                        0                  0.0
  $ ip netns exec b sh -c 'nc -l -p 6001 > q.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo quit-later | nc -q 1 10.0.0.2 6001'; echo $?
  0
  $ sleep 0.3; cat q.out
  quit-later
  $ ip netns exec b ss -Htan state listening
  0      1      0.0.0.0:6000 0.0.0.0:*
  $ ip netns exec a ss -Htan state time-wait | wc -l
  3
  $ ip netns exec b ss -Htan state time-wait | wc -l
  0
