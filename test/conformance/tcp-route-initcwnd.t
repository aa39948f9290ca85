The route's initcwnd metric is a new connection's first congestion window (tcp_init_cwnd() from
tcp_init_transfer(), RTAX_INITCWND; TCP_INIT_CWND 10 without it). Each skb takes at most half of it
(tcp_cwnd_test()): 16384 bytes to 10.0.0.2 (initcwnd 20) leave as 10 segments (14480 bytes) and
the last 2; 5792 bytes to 10.0.0.3 (initcwnd 4) as two skbs of 2 segments; 16384 bytes to
10.0.0.4 (no metric) as 5 + 5 segments, then the last 2 after the ACKs. a runs reno.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ for d in 2 3 4; do ip -n b addr add 10.0.0.$d/24 dev b0; done
  $ ip -n a route add 10.0.0.2/32 dev a0 initcwnd 20
  $ ip -n a route add 10.0.0.3/32 dev a0 initcwnd 4
  $ ip -n a route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.0.2 dev a0 scope link initcwnd 20 
  10.0.0.3 dev a0 scope link initcwnd 4 
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ head -c 16384 /dev/zero > f1
  $ head -c 5792 /dev/zero > f2
  $ ip netns exec b tcpdump -n -l -i b0 -c 7 'tcp and src 10.0.0.1 and greater 100' > dump 2>/dev/null &
  $ sleep 1; ip netns exec b nc -l 10.0.0.2 5001 > /dev/null & sleep 0.2; ip netns exec a nc -N 10.0.0.2 5001 < f1
  $ ip netns exec b nc -l 10.0.0.3 5001 > /dev/null & sleep 0.2; ip netns exec a nc -N 10.0.0.3 5001 < f2
  $ ip netns exec b nc -l 10.0.0.4 5001 > /dev/null & sleep 0.2; ip netns exec a nc -N 10.0.0.4 5001 < f1
  $ wait; sed -E 's/^[0-9:.]+ //; s/\.[0-9]+ > / > /; s/\.5001:/:/; s/, seq [0-9:]+, ack [0-9]+, win [0-9]+, options \[[^]]*\]//' dump
  IP 10.0.0.1 > 10.0.0.2: Flags [P.], length 14480
  IP 10.0.0.1 > 10.0.0.2: Flags [P.], length 1904
  IP 10.0.0.1 > 10.0.0.3: Flags [P.], length 2896
  IP 10.0.0.1 > 10.0.0.3: Flags [P.], length 2896
  IP 10.0.0.1 > 10.0.0.4: Flags [P.], length 7240
  IP 10.0.0.1 > 10.0.0.4: Flags [P.], length 7240
  IP 10.0.0.1 > 10.0.0.4: Flags [P.], length 1904
