traceroute -M tcpconn (a full connect() per probe, hops named by the ICMP errors an ICMP socket reads): a closed port ends at the target's reset, an open one at the established connection (closed again at once), a router's own address, an unreachable network (!N) and a silent neighbour (!H), packet lengths in the banner, -s/-i/--sport/-f/-m, and the TCP counters of both ends. ICMP rate limits are off.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up; ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0; ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a; ip -n r2 addr add 10.0.3.1/24 dev r2b; ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1; ip -n r1 route add 10.0.3.0/24 via 10.0.2.2; ip -n r2 route add default via 10.0.2.1; ip -n b route add default via 10.0.3.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -M tcpconn -n -q 2 -N 1 -f 2 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec b nc -lk 10.0.3.2 8080 > /dev/null &
  $ sleep 0.3
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 -p 8080 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ sleep 0.5; ip netns exec b ss -Htan | sort
  LISTEN 0      1      10.0.3.2:8080 0.0.0.0:*
  $ ip netns exec a ss -Htan state time-wait | sed -E 's/:[0-9]+ /:P /'
  0      0      10.0.1.2:P 10.0.3.2:8080
  $ kill %1; wait
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpInSegs TcpEstabResets | tail -n +2
  TcpPassiveOpens                 1                  0.0
  TcpEstabResets                  0                  0.0
  TcpInSegs                       7                  0.0
  TcpOutRsts                      3                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpAttemptFails TcpOutSegs TcpOutRsts | tail -n +2
  TcpActiveOpens                  10                 0.0
  TcpAttemptFails                 3                  0.0
  TcpOutSegs                      13                 0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 10.0.2.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 10.0.1.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.1.2 (10.0.1.2), 30 hops max, 60 byte packets
   1  10.0.1.2  T ms
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 127.0.0.1 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 60 byte packets
   1  127.0.0.1  T ms
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 -w 1 -m 3 10.0.9.9 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.9.9 (10.0.9.9), 3 hops max, 60 byte packets
   1  *
   2  10.0.1.1  T ms !N
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 -w 5 -f 3 -m 3 10.0.3.9 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.9 (10.0.3.9), 3 hops max, 60 byte packets
   3  10.0.2.2  T ms !H
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 10.0.3.2 100 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 100 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 10.0.3.2 10 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 20 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -N 1 -s 10.0.1.2 -i a0 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -M tcpconn -n -q 1 --sport=40000 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -s 10.9.9.9 10.0.3.2
  
  bind: Cannot assign requested address
  [1]
  $ ip netns exec a traceroute -M tcpconn -n -q 1 -O foo -m 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms
  $ ip netns exec a nstat -az TcpActiveOpens TcpAttemptFails TcpOutRsts | tail -n +2
  TcpActiveOpens                  30                 0.0
  TcpAttemptFails                 11                 0.0
  TcpOutRsts                      2                  0.0
  $ ip netns exec r1 nstat -az IcmpOutTimeExcds IcmpOutDestUnreachs | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                8                  0.0
  $ ip netns exec a traceroute -M tcpconn -n 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
   2  10.0.2.2  T ms  T ms  T ms
   3  10.0.3.2  T ms  T ms  T ms
