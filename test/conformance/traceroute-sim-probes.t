traceroute probes in flight over three routers: -N (sim probes), -q, -I, -T and -U windows; the target's counters show how many probes went beyond the last hop (each answer read in its own poll pass sends the next probe of the window).
  $ for n in h r1 r2 r3 s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns h address 02:00:00:00:00:01 type veth peer name w netns r1 address 02:00:00:00:01:01
  $ ip link add e netns r1 address 02:00:00:00:01:02 type veth peer name w netns r2 address 02:00:00:00:02:01
  $ ip link add e netns r2 address 02:00:00:00:02:02 type veth peer name w netns r3 address 02:00:00:00:03:01
  $ ip link add e netns r3 address 02:00:00:00:03:02 type veth peer name eth0 netns s address 02:00:00:00:04:01
  $ for n in h s; do ip -n $n link set eth0 up; done; for n in r1 r2 r3; do ip -n $n link set w up; ip -n $n link set e up; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n h addr add 10.0.0.2/24 dev eth0; ip -n h route add default via 10.0.0.1
  $ ip -n r1 addr add 10.0.0.1/24 dev w; ip -n r1 addr add 10.0.1.1/24 dev e; ip -n r1 route add default via 10.0.1.2
  $ ip -n r2 addr add 10.0.1.2/24 dev w; ip -n r2 addr add 10.0.2.1/24 dev e; ip -n r2 route add 10.0.0.0/24 via 10.0.1.1; ip -n r2 route add 10.0.3.0/24 via 10.0.2.2
  $ ip -n r3 addr add 10.0.2.2/24 dev w; ip -n r3 addr add 10.0.3.1/24 dev e; ip -n r3 route add default via 10.0.2.1
  $ ip -n s addr add 10.0.3.2/24 dev eth0; ip -n s route add default via 10.0.3.1
  $ ip netns exec s nstat -n
  $ ip netns exec h traceroute -n -I -q 3 10.0.3.2 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.0.1
   2  10.0.1.2
   3  10.0.2.2
   4  10.0.3.2
  $ ip netns exec s nstat -az IcmpInEchos | sed 1d; ip netns exec s nstat -n
  IcmpInEchos                     16                 0.0
  $ ip netns exec h traceroute -n -I -N 4 -q 1 10.0.3.2 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.0.1
   2  10.0.1.2
   3  10.0.2.2
   4  10.0.3.2
  $ ip netns exec s nstat -z IcmpInEchos | sed 1d
  IcmpInEchos                     4                  0.0
  $ ip netns exec h traceroute -n -I -N 1 -q 1 10.0.3.2 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.0.1
   2  10.0.1.2
   3  10.0.2.2
   4  10.0.3.2
  $ ip netns exec s nstat -z IcmpInEchos | sed 1d
  IcmpInEchos                     1                  0.0
  $ ip netns exec s sh -c 'nc -l -p 80 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec h traceroute -n -T -p 80 -q 1 10.0.3.2 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.0.1
   2  10.0.1.2
   3  10.0.2.2
   4  10.0.3.2
  $ ip netns exec s nstat -z TcpInSegs TcpOutRsts TcpPassiveOpens | sed 1d
  TcpPassiveOpens                 0                  0.0
  TcpInSegs                       32                 0.0
  TcpOutRsts                      0                  0.0
