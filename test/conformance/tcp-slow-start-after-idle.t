A sender idle for more than an RTO restarts its window (tcp_slow_start_after_idle 1:
tcp_skb_entail() -> tcp_slow_start_after_idle_check() -> tcp_cwnd_restart(), RFC 2861): cwnd
halves per RTO of idle time down to the initial window, so after 2 s the next 20000 bytes (nc
writes 16384 + 3616) leave as skbs of half of cwnd 10 (5 segments, 7240 bytes), the rest after
the ACKs. With tcp_slow_start_after_idle 0 the window the first 200000 bytes opened is kept: the
16384 bytes leave as one skb. (The window the first burst opens varies from run to run on
Linux: not shown.) a runs reno.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a sysctl net.ipv4.tcp_slow_start_after_idle
  net.ipv4.tcp_slow_start_after_idle = 1
  $ head -c 200000 /dev/zero > f1
  $ head -c 20000 /dev/zero > f2
  $ ip netns exec b sh -c 'nc -l 5001 | wc -c' > out &
  $ sleep 0.2; ip netns exec a sh -c '(cat f1; sleep 2; cat f2; sleep 1) | nc -N 10.0.0.2 5001' &
  $ sleep 1; ip netns exec b tcpdump -n -l -i b0 'tcp and src 10.0.0.1 and greater 100' > dump 2>/dev/null &
  $ sleep 2.5; kill %3; wait; cat out; sed -E 's/^[0-9:.]+ //; s/\.[0-9]+ > / > /; s/\.5001:/:/; s/, seq [0-9:]+, ack [0-9]+, win [0-9]+, options \[[^]]*\]//' dump
  220000
  IP 10.0.0.1 > 10.0.0.2: Flags [P.], length 7240
  IP 10.0.0.1 > 10.0.0.2: Flags [P.], length 7240
  IP 10.0.0.1 > 10.0.0.2: Flags [P.], length 1904
  IP 10.0.0.1 > 10.0.0.2: Flags [P.], length 3616
  $ ip netns exec a sysctl -w net.ipv4.tcp_slow_start_after_idle=0
  net.ipv4.tcp_slow_start_after_idle = 0
  $ ip netns exec b sh -c 'nc -l 5001 | wc -c' > out &
  $ sleep 0.2; ip netns exec a sh -c '(cat f1; sleep 2; cat f2; sleep 1) | nc -N 10.0.0.2 5001' &
  $ sleep 1; ip netns exec b tcpdump -n -l -i b0 'tcp and src 10.0.0.1 and greater 100' > dump 2>/dev/null &
  $ sleep 2.5; kill %3; wait; cat out; sed -E 's/^[0-9:.]+ //; s/\.[0-9]+ > / > /; s/\.5001:/:/; s/, seq [0-9:]+, ack [0-9]+, win [0-9]+, options \[[^]]*\]//' dump
  220000
  IP 10.0.0.1 > 10.0.0.2: Flags [P.], length 16384
  IP 10.0.0.1 > 10.0.0.2: Flags [P.], length 3616
