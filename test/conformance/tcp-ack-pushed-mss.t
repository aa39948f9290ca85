Full-sized writes with PSH (one MSS each, 50 ms apart) to a reader that only reads: past the quick-ACK budget, each would wait for the delayed-ACK timer, but a full segment with PSH marks the ACK pushed (tcp_measure_rcv_mss(), ICSK_ACK_PUSHED), so tcp_cleanup_rbuf() ACKs as soon as the reader empties the queue: no delayed ACK fires (1000-byte writes alike: rcv_mss follows them, so they are full segments too).
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ for s in 1448 1000; do ip netns exec h2 nstat -n; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (for i in $(seq 40); do head -c $s /dev/zero; sleep 0.05; done) | ip netns exec h1 nc -N 10.0.0.2 5000; wait; echo $s $(wc -c < got); ip netns exec h2 nstat -z TcpExtDelayedACKs TcpExtTCPHPHits | sed -E 's/ +/ /g'; done
  1448 57920
  #kernel
  TcpExtDelayedACKs 0 0.0
  TcpExtTCPHPHits 0 0.0
  1000 40000
  #kernel
  TcpExtDelayedACKs 0 0.0
  TcpExtTCPHPHits 0 0.0
