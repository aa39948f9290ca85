A route's rto_min (iproute2 always locks it) replaces the socket's minimum RTO (tcp_rto_min(): a locked RTAX_RTO_MIN wins over icsk_rto_min, the tcp_rto_min_us sysctl): on veth the RTO after the handshake is about rttvar = max(mdev, rto_min), rounded up to 4 ms jiffies: 304 ms with rto_min 300ms, 52 with 50ms, 204 without, 104 with tcp_rto_min_us=100000; the listener's child reads its own route back to the client.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ for d in 2 3 4; do ip -n h2 addr add 10.0.0.$d/24 dev v2; done
  $ ip -n h1 route add 10.0.0.2/32 dev v1 rto_min 300ms
  $ ip -n h1 route add 10.0.0.3/32 dev v1 rto_min 50ms
  $ ip -n h2 route add 10.0.0.1/32 dev v2 rto_min 1s
  $ ip -n h1 route show
  10.0.0.0/24 dev v1 proto kernel scope link src 10.0.0.1 
  10.0.0.2 dev v1 scope link rto_min lock 300ms 
  10.0.0.3 dev v1 scope link rto_min lock 50ms 
  $ ip -n h2 route show 10.0.0.1
  10.0.0.1 dev v2 scope link rto_min lock 1s 
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h2 sh -c 'for d in 2 3 4; do nc -l 10.0.0.$d 5001 > /dev/null & done; sleep 0.3'
  $ ip netns exec h1 sh -c 'for d in 2 3 4; do (echo hi; sleep 3) | nc -N 10.0.0.$d 5001 & done; sleep 1'
  $ ip netns exec h1 ss -Htin dst 10.0.0.2 | grep -o 'rto:[0-9.]*'
  rto:304
  $ ip netns exec h1 ss -Htin dst 10.0.0.3 | grep -o 'rto:[0-9.]*'
  rto:56
  $ ip netns exec h1 ss -Htin dst 10.0.0.4 | grep -o 'rto:[0-9.]*'
  rto:204
  $ ip netns exec h2 ss -Htin src 10.0.0.2 | grep -o 'rto:[0-9.]*'
  rto:1004
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_rto_min_us=100000
  $ ip netns exec h2 sh -c 'nc -l 10.0.0.4 5002 > /dev/null & sleep 0.3'
  $ ip netns exec h1 sh -c '(echo hi; sleep 2) | nc -N 10.0.0.4 5002 & sleep 1'
  $ ip netns exec h1 ss -Htin dst 10.0.0.4:5002 | grep -o 'rto:[0-9.]*'
  rto:104
  $ ip netns exec h1 ss -Htin dst 10.0.0.2 | grep -o 'rto:[0-9.]*'
  rto:304
  $ ip -n h1 route change 10.0.0.2/32 dev v1
  $ ip -n h1 route show 10.0.0.2
  10.0.0.2 dev v1 scope link 
