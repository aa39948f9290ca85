traceroute's -p and --sport beyond 16 bits (set_port()'s strtoul() into an unsigned int, then htons() of it): the default method's port sequence wrapping past 65535, and stuck at 0 past 2^32 - 1 (a UDP listener on port 1 receives nothing), -U/-UL/-T to the low 16 bits, -I's uint16_t sequence (whose 0 matches no answer), -P's protocol, and --sport's bind. ICMP rate limits are off so that every hop answers.
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
  $ ip netns exec a traceroute -n -q 1 -N 1 -p 65534 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 2 -N 1 -p 65534 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -p 65536 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -p 131071 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -p 4294967296 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec b nc -u -l 10.0.3.2 1 > /dev/null &
  $ sleep 0.3
  $ ip netns exec a traceroute -n -q 2 -N 1 -p -1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 2 -N 1 -p 4294967294 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -p 65535 -f 2 -w 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ kill %1; wait
  $ ip netns exec a traceroute -U -n -q 1 -N 1 -p 65536 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -U -n -q 1 -N 1 -p 65589 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -UL -n -q 1 -N 1 -p 65536 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -I -n -q 1 -N 1 -p 65536 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  *
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -I -n -q 1 -N 1 -p 65537 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -I -n -q 1 -N 1 -p 0x1fffe 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  *
   4  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -p 65616 -O info 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2 <rst,ack>  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -p 65536 -O info 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2 <rst,ack>  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -P 253 -p 70000 10.0.3.2
  
  socket: Invalid argument
  [1]
  $ ip netns exec a traceroute -n -q 1 --sport=65536 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 --sport=65537 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 1 --sport=-1 -m 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms
  $ ip netns exec b nstat -az UdpNoPorts UdpInDatagrams TcpOutRsts IcmpOutDestUnreachs | tail -n +2
  IcmpOutDestUnreachs             15                 0.0
  TcpOutRsts                      3                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      14                 0.0
