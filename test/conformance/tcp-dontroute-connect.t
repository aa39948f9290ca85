SO_DONTROUTE on TCP: a connect() routes with link scope (ip_sock_rt_scope()), so a destination behind a gateway is unreachable; on-link ones connect; traceroute -M tcpconn -r and socat's so-dontroute.
  $ ip netns add a; ip netns add r; ip netns add b
  $ ip -n a link add e0 type veth peer name r0 netns r; ip -n b link add e0 type veth peer name r1 netns r
  $ ip -n a link set e0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set e0 up
  $ ip -n a addr add 10.0.1.2/24 dev e0; ip -n r addr add 10.0.1.1/24 dev r0; ip -n r addr add 10.0.2.1/24 dev r1; ip -n b addr add 10.0.2.2/24 dev e0
  $ ip -n a route add default via 10.0.1.1; ip -n b route add default via 10.0.2.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b sh -c 'nc -l -k -p 80 > /dev/null 2>&1 &'; ip netns exec r sh -c 'nc -l -k -p 80 > /dev/null 2>&1 &'; sleep 0.3
  $ ip netns exec a traceroute -n -M tcpconn -r -q 1 -w 1 10.0.2.2; echo rc=$?
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 60 byte packets
  connect: Network is unreachable
  rc=1
  $ ip netns exec a traceroute -n -M tcpconn -r -q 1 -w 1 10.0.1.1 | tail -1 | sed -E 's/  [0-9.]+ ms//'; echo rc=$?
   1  10.0.1.1
  rc=0
  $ ip netns exec a socat -u /dev/null TCP:10.0.2.2:80,so-dontroute 2>&1 | sed -E 's/^.* socat\[[0-9]+\] //'; echo rc=$?
  E connect(6, AF=2 10.0.2.2:80, 16): Network is unreachable
  rc=0
  $ ip netns exec a socat -u /dev/null TCP:10.0.1.1:80,so-dontroute; echo rc=$?
  rc=0
  $ ip netns exec a socat -u /dev/null TCP:10.0.2.2:80; echo rc=$?
  rc=0
  $ ip netns exec a nstat -az IpOutNoRoutes TcpActiveOpens | sed -E 's/ +/ /g'
  #kernel
  IpOutNoRoutes 2 0.0
  TcpActiveOpens 18 0.0
  $ ip netns pids b | xargs kill; ip netns pids r | xargs kill; sleep 0.2; ip netns pids b | wc -l
  0
