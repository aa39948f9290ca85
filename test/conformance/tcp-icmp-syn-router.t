ICMP errors answering a SYN through a router: net unreachable and prohibit answered at once (the socket still owned by connect()), host unreachable after ARP gives up (a SYN retransmitted: the connect fails then, AttemptFails counts), blackhole times out; nc's messages and the counters.
  $ ip netns add a
  $ ip netns add r
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add r1 netns r address 02:00:00:00:0b:02 type veth peer name x1 netns r address 02:00:00:00:0b:03
  $ ip -n a link set a0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n r link set x1 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n r addr add 10.0.1.254/24 dev r1
  $ ip -n a route add default via 10.0.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add prohibit 10.0.2.0/24
  $ ip -n r route add blackhole 10.0.3.0/24
  $ ip -n r route add unreachable 10.0.4.0/24
  $ ip netns exec a ping -c 1 -W 1 10.0.0.254 > /dev/null; echo $?
  0
  $ ip netns exec a nc -z -v -w 2 10.0.2.1 80
  nc: connect to 10.0.2.1 port 80 (tcp) failed: No route to host
  [1]
  $ ip netns exec a nc -z -v -w 2 10.0.4.1 80
  nc: connect to 10.0.4.1 port 80 (tcp) failed: No route to host
  [1]
  $ ip netns exec a nc -z -v -w 2 10.0.3.1 80
  nc: connect to 10.0.3.1 port 80 (tcp) timed out: Operation now in progress
  [1]
  $ ip netns exec a nc -z -v -w 2 10.9.9.9 80
  nc: connect to 10.9.9.9 port 80 (tcp) failed: Network is unreachable
  [1]
  $ ip netns exec a nstat -az TcpAttemptFails TcpActiveOpens TcpExtLockDroppedIcmps TcpRetransSegs IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              3                  0.0
  TcpActiveOpens                  4                  0.0
  TcpAttemptFails                 0                  0.0
  TcpRetransSegs                  1                  0.0
  TcpExtLockDroppedIcmps          3                  0.0
  $ ip netns exec a nc -z -v -w 6 10.0.1.9 80
  nc: connect to 10.0.1.9 port 80 (tcp) failed: No route to host
  [1]
  $ ip netns exec a nstat -az TcpAttemptFails TcpActiveOpens TcpExtLockDroppedIcmps TcpRetransSegs IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              6                  0.0
  TcpActiveOpens                  5                  0.0
  TcpAttemptFails                 1                  0.0
  TcpRetransSegs                  4                  0.0
  TcpExtLockDroppedIcmps          3                  0.0
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IpOutNoRoutes IpInAddrErrors
  #kernel
  IpInAddrErrors                  0                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             6                  0.0
  $ ip netns exec a ss -Htan
