TCP connect to a closed port: the peer answers the SYN with RST|ACK, connect() fails with ECONNREFUSED; -v says so, without -v nc is silent; counters on both sides.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a nc -z -w 1 10.0.0.2 80
  [1]
  $ ip netns exec a nc -v -w 1 10.0.0.2 80 < /dev/null
  nc: connect to 10.0.0.2 port 80 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a nc -z -v -n 10.0.0.2 22
  nc: connect to 10.0.0.2 port 22 (tcp) failed: Connection refused
  [1]
  $ ip netns exec b nstat -asz TcpOutRsts TcpOutSegs TcpInSegs TcpPassiveOpens TcpAttemptFails
  #kernel
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpInSegs                       3                  0.0
  TcpOutSegs                      3                  0.0
  TcpOutRsts                      3                  0.0
  $ ip netns exec a nstat -asz TcpActiveOpens TcpAttemptFails TcpOutSegs TcpInSegs TcpEstabResets TcpOutRsts
  #kernel
  TcpActiveOpens                  3                  0.0
  TcpAttemptFails                 3                  0.0
  TcpEstabResets                  0                  0.0
  TcpInSegs                       3                  0.0
  TcpOutSegs                      3                  0.0
  TcpOutRsts                      0                  0.0
