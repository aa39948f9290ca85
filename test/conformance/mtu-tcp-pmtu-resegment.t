TCP path MTU discovery resends at the new MSS and counts what it resends in segments of it. nc
reads its 20000 bytes in two reads (16384, 3616): the first write goes out as two GSO skbs of 5
segments (half of cwnd 10 each, tcp_cwnd_test()), each draws a fragmentation needed from r; the
write's softirq handles both (tcp_v4_mtu_reduced(): MSS 1348, tcp_simple_retransmit() marks the
10 segments lost, CA_Loss without touching cwnd). The first lost skb is resent whole, 6 segments
of the new MSS (tcp_set_skb_tso_segs(): packets_out and lost_out grow by one); the second is cut
at the 4 segments cwnd has left (tcp_fragment()), its last 2 follow the ACKs, then the rest of
the write. The second write finds the round over (ACKed) and goes out at the new MSS. Slow start
grows cwnd by the 6+4+2+2 segments ACKed after the loss (24); TCPSlowStartRetrans and
RetransSegs count 12 segments of the new MSS. a runs reno (a new namespace inherits the host's
default, BBR on the recording kernel).
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1400
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ head -c 20000 /dev/zero > f
  $ ip netns exec r tcpdump -n -l -c 17 -i r0 'tcp or icmp' > dump0 2>/dev/null &
  $ sleep 1; ip netns exec b sh -c 'nc -l 5001 < /dev/null | wc -c' > out &
  $ sleep 0.3; ip netns exec a nc -w 3 10.2.0.2 5001 < f &
  $ sleep 1; ip netns exec a ss -tinH | tr ' ' '\n' | grep -E '^(mss|pmtu|cwnd|ssthresh|bytes_sent|bytes_retrans|bytes_acked|retrans|lost|unacked|segs_out|data_segs_out|delivered):'
  mss:1348
  pmtu:1400
  cwnd:24
  bytes_sent:34480
  bytes_retrans:14480
  bytes_acked:20001
  segs_out:29
  data_segs_out:27
  delivered:18
  retrans:0/12
  $ ip netns exec a nstat -az IcmpInDestUnreachs TcpOutSegs TcpRetransSegs TcpExtTCPSlowStartRetrans TcpExtTCPLossUndo | tail -n +2
  IcmpInDestUnreachs              2                  0.0
  TcpOutSegs                      17                 0.0
  TcpRetransSegs                  12                 0.0
  TcpExtTCPLossUndo               0                  0.0
  TcpExtTCPSlowStartRetrans       12                 0.0
  $ wait; cat out
  20000
  $ grep -v 'Flags \[S' dump0 | sed -E 's/^[0-9:.]+ //; /Flags/s/\.[0-9]+ > / > /; s/\.[0-9]+: Flags/: Flags/; s/, win [0-9]+, options \[[^]]*\]//'
  IP 10.1.0.2 > 10.2.0.2: Flags [.], ack 1, length 0
  IP 10.1.0.2 > 10.2.0.2: Flags [P.], seq 1:7241, ack 1, length 7240
  IP 10.1.0.1 > 10.1.0.2: ICMP 10.2.0.2 unreachable - need to frag (mtu 1400), length 556
  IP 10.1.0.2 > 10.2.0.2: Flags [P.], seq 7241:14481, ack 1, length 7240
  IP 10.1.0.1 > 10.1.0.2: ICMP 10.2.0.2 unreachable - need to frag (mtu 1400), length 556
  IP 10.1.0.2 > 10.2.0.2: Flags [P.], seq 1:7241, ack 1, length 7240
  IP 10.1.0.2 > 10.2.0.2: Flags [P.], seq 7241:12633, ack 1, length 5392
  IP 10.2.0.2 > 10.1.0.2: Flags [.], ack 7241, length 0
  IP 10.2.0.2 > 10.1.0.2: Flags [.], ack 12633, length 0
  IP 10.1.0.2 > 10.2.0.2: Flags [P.], seq 12633:14481, ack 1, length 1848
  IP 10.1.0.2 > 10.2.0.2: Flags [P.], seq 14481:16385, ack 1, length 1904
  IP 10.2.0.2 > 10.1.0.2: Flags [.], ack 14481, length 0
  IP 10.2.0.2 > 10.1.0.2: Flags [.], ack 16385, length 0
  IP 10.1.0.2 > 10.2.0.2: Flags [P.], seq 16385:20001, ack 1, length 3616
  IP 10.2.0.2 > 10.1.0.2: Flags [.], ack 20001, length 0
