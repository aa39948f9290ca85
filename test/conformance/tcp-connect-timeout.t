TCP connects that never complete: an address nobody answers ARP for (nc -w gives up, "timed out: Operation now in progress") and a blackhole route (connect fails at once).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a nc -z -v -w 1 10.0.0.99 80
  nc: connect to 10.0.0.99 port 80 (tcp) timed out: Operation now in progress
  [1]
  $ ip -n a route add blackhole 10.9.0.0/16
  $ ip netns exec a nc -z -v -w 1 10.9.0.1 80
  nc: connect to 10.9.0.1 port 80 (tcp) failed: Invalid argument
  [1]
  $ ip -n a route add unreachable 10.8.0.0/16
  $ ip netns exec a nc -z -v -w 1 10.8.0.1 80
  nc: connect to 10.8.0.1 port 80 (tcp) failed: No route to host
  [1]
  $ ip netns exec a nstat -asz TcpActiveOpens TcpAttemptFails TcpRetransSegs
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 0                  0.0
  TcpRetransSegs                  0                  0.0
