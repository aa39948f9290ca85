The counters of a 2000-line TCP transfer with half-close: opens, segments each way, no retransmissions, CurrEstab back to 0.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5000 > tcp.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'seq 1 2000 | nc -N -w 2 10.0.0.2 5000'
  $ sleep 0.3; ip netns exec b sh -c 'wc -c < tcp.out'
  8893
  $ ip netns exec a nstat -asz TcpActiveOpens TcpPassiveOpens TcpAttemptFails TcpEstabResets TcpRetransSegs TcpOutRsts TcpInErrs
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpRetransSegs                  0                  0.0
  TcpInErrs                       0                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec b nstat -asz TcpActiveOpens TcpPassiveOpens TcpAttemptFails TcpEstabResets TcpRetransSegs TcpOutRsts TcpInErrs
  #kernel
  TcpActiveOpens                  0                  0.0
  TcpPassiveOpens                 1                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpRetransSegs                  0                  0.0
  TcpInErrs                       0                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec a ss -Hta state time-wait | wc -l
  1
