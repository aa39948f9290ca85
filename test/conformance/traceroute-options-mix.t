traceroute options across methods: -F (don't fragment) and --mtu past a narrower link with -I, -T and tcpconn, -t TOS, -r (no routing: link scope only), -z send wait, -I -O dgram/raw, -e, and -F with a packet larger than the first link.
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
  $ ip -n r2 link set r2b mtu 1400; ip -n b link set b0 mtu 1400
  $ ip netns exec a traceroute -I -F -n -q 1 -N 1 10.0.3.2 1500 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 1500 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.2.2  T ms !F-1400
  $ ip netns exec a traceroute -I --mtu -n -q 1 -N 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 65000 byte packets
   1  10.0.1.1  T ms F=1500
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms F=1400
  $ ip -n a route flush cache
  $ ip netns exec a traceroute -T --mtu -n -q 1 -N 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip -n a route flush cache
  $ ip netns exec a traceroute -T -F -n -q 1 -N 1 10.0.3.2 1500 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip -n a route flush cache
  $ ip netns exec a traceroute -M tcpconn -F -n -q 1 -N 1 10.0.3.2 1500 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 1500 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -F -n -q 1 -N 1 10.0.3.2 1600 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 1600 byte packets
   1  *  T ms !F-1500
  $ ip netns exec a traceroute -n -q 1 -N 1 -t 16 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -t 300 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -r 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  
  connect: Network is unreachable
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets (no-eol)
  $ ip netns exec a traceroute -n -q 1 -N 1 -r 10.0.1.1 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.1.1 (10.0.1.1), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
  $ ip netns exec a traceroute -I -n -q 1 -N 1 -r 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  
  connect: Network is unreachable
  $ ip netns exec a traceroute -n -q 2 -z 0.2 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec a traceroute -I -O dgram -n -q 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  
  socket: Permission denied
  $ ip netns exec a traceroute -I -O raw -n -q 1 -N 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -e -n -q 1 -N 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -m 2 -w 0.5 10.0.3.2 65001
  too big packetlen 65001 specified
  [2]
  $ ip netns exec a traceroute -n -q 1 -N 1 -m 2 -w 0.5 10.0.3.2 65000 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 65000 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
