traceroute's numeric options at their edges: -N 0 and large, -q 10 and 11, -w 0 and fractions and the HERE/NEAR forms, -z in seconds and in milliseconds, -f equal to -m, -m 255 to a near target, -t 255, -l (flow label, IPv4 ignores it), and hex/octal values.
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
  $ ip netns exec a traceroute -n -q 1 -N 0 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"; echo $?
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  0
  $ ip netns exec a traceroute -n -q 1 -N 500 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 10 -m 1 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms  T ms  T ms  T ms  T ms  T ms  T ms  T ms
  $ ip netns exec a traceroute -n -q 11 10.0.3.2; echo $?
  no more than 10 probes per hop
  2
  $ ip netns exec a traceroute -n -q 1 -N 1 -w 0 -m 3 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 3 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 1 -N 1 -w 0.3 -m 3 10.0.3.9 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.9 (10.0.3.9), 3 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
   3  *
  $ ip netns exec a traceroute -n -q 2 -w 1,2,3 -m 3 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 3 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 2 -w 1/2/3 -m 3 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 3 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 2 -w 1,2 -m 3 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 3 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 2 -w -1 10.0.3.2; echo $?
  bad wait specifications `-1,0,0' used
  2
  $ ip netns exec a traceroute -n -q 2 -w 1,-2 10.0.3.2; echo $?
  bad wait specifications `1,-2,0' used
  2
  $ ip netns exec a traceroute -n -q 2 -z 0.05 -m 2 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 2 -z 50 -m 2 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 2 -z -1 10.0.3.2; echo $?
  bad sendtime `-1' specified
  2
  $ ip netns exec a traceroute -n -q 1 -f 3 -m 3 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 3 hops max, 60 byte packets
   3  10.0.3.2  T ms
  $ ip netns exec a traceroute -n -q 1 -f 0 -m 3 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"; echo $?
  first hop out of range
  0
  $ ip netns exec a traceroute -n -q 1 -m 255 10.0.2.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.2.2 (10.0.2.2), 255 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
  $ ip netns exec a traceroute -n -q 1 -t 255 -m 2 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
  $ ip netns exec a traceroute -n -q 1 -l 5 -m 2 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
  $ ip netns exec a traceroute -n -q 0x2 -m 0x2 -f 0x2 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 60 byte packets
   2  10.0.2.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 02 -m 010 10.0.3.2 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 8 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms
   2  10.0.2.2  T ms  T ms
   3  10.0.3.2  T ms  T ms
  $ ip netns exec a traceroute -n -q 1 -m 2 10.0.3.2 0x40 | sed -E "s/[0-9.]+ ms/T ms/g"
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 64 byte packets
   1  10.0.1.1  T ms
   2  10.0.2.2  T ms
  $ ip netns exec a traceroute -n -q 1 -m 2 10.0.3.2 -1 | sed -E "s/[0-9.]+ ms/T ms/g"; echo $?
  Bad option `-1' (argc 7)
  0
