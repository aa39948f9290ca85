ss -K over TCP sockets in other states: a listener (its nc's accept fails), a TIME-WAIT entry (gone at once), a SYN-SENT connect to a dropped port (nc reports the abort), an ESTABLISHED pair killed from one side (the peer sees a reset), and counters.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p tcp --dport 9 -j DROP
  $ ip netns exec b sh -c 'nc -l -p 8000 > l.out 2>&1; echo rc=$? >> l.out' &
  $ sleep 0.3
  $ ip netns exec b ss -HtlK
  LISTEN 0      1      0.0.0.0:8000 0.0.0.0:*
  $ sleep 0.3; cat l.out
  nc: accept: Invalid argument
  rc=1
  $ ip netns exec b sh -c 'nc -l -p 8001 > /dev/null' &
  $ sleep 0.3
  $ echo bye | ip netns exec a nc -N -p 42000 10.0.0.2 8001
  $ sleep 0.3; ip netns exec a ss -Htan
  TIME-WAIT 0      0      10.0.0.1:42000 10.0.0.2:8001
  $ ip netns exec a ss -HtaK state time-wait
  0      0      10.0.0.1:42000 10.0.0.2:8001
  $ ip netns exec a ss -Htan
  $ ip netns exec a sh -c 'nc -p 42001 10.0.0.2 9 > s.out 2>&1; echo rc=$? >> s.out' &
  $ sleep 0.5
  $ ip netns exec a ss -Htan
  SYN-SENT 0      1      10.0.0.1:42001 10.0.0.2:9
  $ ip netns exec a ss -HtnK state syn-sent
  0      1      10.0.0.1:42001 10.0.0.2:9
  $ sleep 0.3; cat s.out
  rc=1
  $ ip netns exec b sh -c 'nc -l -p 8002 > e.out 2>&1; echo rc=$? >> e.out' &
  $ sleep 0.3
  $ sleep 3 | ip netns exec a sh -c 'nc -p 42002 10.0.0.2 8002 > c.out 2>&1; echo rc=$? >> c.out' &
  $ sleep 0.5
  $ ip netns exec a ss -HtnK 'dport = :8002'
  ESTAB 0      0      10.0.0.1:42002 10.0.0.2:8002
  $ sleep 0.3; cat c.out e.out
  rc=0
  rc=0
  $ ip netns exec b ss -Htan
  $ ip netns exec a nstat -az TcpEstabResets TcpOutRsts TcpAttemptFails TcpExtTCPAbortOnClose
  #kernel
  TcpAttemptFails                 1                  0.0
  TcpEstabResets                  1                  0.0
  TcpOutRsts                      1                  0.0
  TcpExtTCPAbortOnClose           0                  0.0
  $ ip netns exec b nstat -az TcpEstabResets TcpInErrs TcpExtTCPAbortOnData
  #kernel
  TcpEstabResets                  1                  0.0
  TcpInErrs                       0                  0.0
  TcpExtTCPAbortOnData            0                  0.0
