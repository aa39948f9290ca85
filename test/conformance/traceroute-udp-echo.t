traceroute -U to a UDP echo service: the datagram back is the end of the trace, however short (a UDP method's answer carries no IP header to skip); shorter packets than the headers; the default method to the echo port.
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
  $ ip netns exec b socat UDP-RECVFROM:7,fork EXEC:cat &
  $ sleep 0.3
  $ ip netns exec a traceroute -U -p 7 -n -q 1 -N 1 -w 1 -m 4 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -U -p 7 -n -q 1 -N 1 -w 1 -m 4 10.0.3.2 40 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 40 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -U -p 7 -n -q 1 -N 1 -w 1 -m 4 10.0.3.2 30 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 30 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -U -p 7 -n -q 1 -N 1 -w 1 -m 4 10.0.3.2 29 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 29 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -U -p 7 -n -q 2 -N 1 -w 1 -f 3 -m 4 10.0.3.2 47 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 47 byte packets
   3  10.0.3.2  T ms  T ms
  $ ip netns exec a traceroute -p 5 -n -q 1 -N 1 -w 1 -f 3 -m 4 10.0.3.2 30 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 30 byte packets
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -UL -p 7 -n -q 1 -N 1 -w 1 -f 3 -m 4 10.0.3.2 30 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 30 byte packets
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -U -p 7 -n -q 1 -N 1 -w 1 -m 4 10.0.3.2 28 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 28 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  *
   4  *
  $ ip netns exec a traceroute -U -p 7 -n -q 1 -N 1 -w 1 -m 4 10.0.3.2 20 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 4 hops max, 28 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  *
   4  *
  $ kill %1; wait
  $ ip netns exec b nstat -az UdpInDatagrams UdpOutDatagrams UdpNoPorts | tail -n +2
  UdpInDatagrams                  10                 0.0
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 6                  0.0
  $ ip netns exec a nstat -az UdpInDatagrams UdpOutDatagrams | tail -n +2
  UdpInDatagrams                  6                  0.0
  UdpOutDatagrams                 23                 0.0

