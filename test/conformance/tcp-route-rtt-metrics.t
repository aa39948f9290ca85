A route's rtt, rttvar, ssthresh and cwnd metrics reach TCP only through the tcp_metrics cache (tcp_init_metrics(): tcp_get_metrics() without create): the first connection to a destination ignores them (rto 204 despite rtt 100ms; the ssthresh is not used either while tcp_no_ssthresh_metrics_save is 1). When a connection ends, tcp_update_metrics() creates the entry from the route (tcpm_suck_dst()) and folds in the measured RTT: the next connection's first RTO comes from the cached RTT (crtt + max(2 crtt, rto_min)) until its first data RTT sample. Measured with idle connections (no data, no RTT sample after the handshake).
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ for d in 2 3 4; do ip -n h2 addr add 10.0.0.$d/24 dev v2; done
  $ ip -n h1 route add 10.0.0.2/32 dev v1 rtt 100ms rttvar 50ms
  $ ip -n h1 route add 10.0.0.3/32 dev v1 rtt lock 100ms ssthresh lock 8 cwnd lock 6
  $ ip -n h1 route add 10.0.0.4/32 dev v1 rtt 1s
  $ ip -n h1 route show
  10.0.0.0/24 dev v1 proto kernel scope link src 10.0.0.1 
  10.0.0.2 dev v1 scope link rtt 100ms rttvar 50ms 
  10.0.0.3 dev v1 scope link rtt lock 100ms ssthresh lock 8 cwnd lock 6 
  10.0.0.4 dev v1 scope link rtt 1s 
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h1 sysctl net.ipv4.tcp_no_metrics_save net.ipv4.tcp_no_ssthresh_metrics_save
  net.ipv4.tcp_no_metrics_save = 0
  net.ipv4.tcp_no_ssthresh_metrics_save = 1
  $ ip netns exec h2 sh -c 'for d in 2 3 4; do nc -l 10.0.0.$d 5001 > /dev/null & done; sleep 0.3'
  $ ip netns exec h1 sh -c 'for d in 2 3 4; do sleep 1.5 | nc -N 10.0.0.$d 5001 & done; sleep 1'
  $ for d in 2 3 4; do ip netns exec h1 ss -Htin dst 10.0.0.$d | grep -oE ' (rto|cwnd|ssthresh):[0-9]+'; done
   rto:204
   cwnd:10
   rto:204
   cwnd:10
   rto:204
   cwnd:10
  $ sleep 1
  $ ip netns exec h2 sh -c 'for d in 2 3 4; do nc -l 10.0.0.$d 5002 > /dev/null & done; sleep 0.3'
  $ ip netns exec h1 sh -c 'for d in 2 3 4; do sleep 1.5 | nc -N 10.0.0.$d 5002 & done; sleep 1'
  $ for d in 2 3 4; do ip netns exec h1 ss -Htin dst 10.0.0.$d | grep -oE ' (rto|cwnd|ssthresh):[0-9]+'; done
   rto:284
   cwnd:10
   rto:300
   cwnd:6
   rto:2616
   cwnd:10
  $ sleep 1
  $ ip -n h1 tcp_metrics show 10.0.0.2
  10.0.0.2 age *sec cwnd 10 rtt *us rttvar *us source 10.0.0.1 (glob)
