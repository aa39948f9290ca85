traceroute -T (TCP SYN probes) through two routers (their ICMP rate limits off): a closed port answered by a reset from the destination, an open port (nc listening) answered by a SYN-ACK, a router's own address, -f/-m/-q/-N/-w combinations, an unreachable network (!N), a host that does not answer ARP (its router's !H), -O info flags, --sport, -p 0 and 65536, packet lengths, and the counters the destination and the routers keep.
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
  $ ip netns exec a traceroute -T -n -q 1 -N 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -p 22 -O info 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2 <rst,ack>  T ms
  $ ip netns exec b nc -l 10.0.3.2 8080 > /dev/null &
  $ sleep 0.3
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -p 8080 -O info 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2 <syn,ack>  T ms
  $ ip netns exec a traceroute -T -n -q 2 -N 1 -p 8080 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec b ss -Htn state syn-recv | wc -l
  0
  $ kill %1; wait
  $ ip netns exec a traceroute -T -n -q 1 -N 1 10.0.2.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 10.0.1.1 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.1.1 (10.0.1.1), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -f 2 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -m 2 -w 0.5 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
  $ ip netns exec a traceroute -T -n -q 3 -N 1 -f 3 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   3  10.0.3.2  T ms  T ms  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -w 1 10.0.9.9 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.9.9 (10.0.9.9), 30 hops max, 60 byte packets
   1  *
   2  10.0.1.1  T ms !N
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -w 5 -f 3 -m 3 10.0.3.9 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.9 (10.0.3.9), 3 hops max, 60 byte packets
   3  10.0.2.2  T ms !H
  $ ip netns exec a traceroute -T -n -q 1 -N 1 --sport=40000 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -p 0 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 -p 65536 10.0.3.2
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  * ms (glob)
   2  10.0.2.2  * ms (glob)
   3  10.0.3.2  * ms (glob)
  $ ip netns exec a traceroute -T -n -q 1 -N 1 10.0.3.2 28 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -T -n -q 1 -N 1 10.0.3.2 100 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec b nstat -az TcpOutRsts TcpAttemptFails TcpPassiveOpens TcpInSegs TcpExtListenDrops | tail -n +2
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 3                  0.0
  TcpInSegs                       17                 0.0
  TcpOutRsts                      11                 0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec r2 nstat -az IcmpOutTimeExcds IcmpOutDestUnreachs IpForwDatagrams | tail -n +2
  IpForwDatagrams                 32                 0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                12                 0.0
  $ ip netns exec r1 nstat -az IcmpOutTimeExcds IcmpOutDestUnreachs IcmpOutEchoReps | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                12                 0.0
  IcmpOutEchoReps                 0                  0.0
