ss -tin and ss -tm after a one-segment nc transfer (no GRO coalescing involved) between two namespaces (reno pinned: the recording host allows only reno and bbr in a netns; tcp_rmem pinned to the compiled default, which sets wscale): the non-timing fields of tcp_info on both ends, timing fields masked.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -q -w net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b sysctl -q -w net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a sysctl -q -w net.ipv4.tcp_rmem='4096 131072 6291456'
  $ ip netns exec b sysctl -q -w net.ipv4.tcp_rmem='4096 131072 6291456'
  $ ip netns exec a sysctl net.ipv4.tcp_recovery net.ipv4.tcp_early_retrans net.ipv4.tcp_reordering net.ipv4.tcp_moderate_rcvbuf net.ipv4.tcp_wmem
  net.ipv4.tcp_recovery = 1
  net.ipv4.tcp_early_retrans = 3
  net.ipv4.tcp_reordering = 3
  net.ipv4.tcp_moderate_rcvbuf = 1
  net.ipv4.tcp_wmem = 4096	16384	4194304
  $ ip netns exec b sh -c 'nc -l -p 5000 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(seq 1 100; sleep 4) | nc -N 10.0.0.2 5000 > /dev/null 2>&1 & sleep 1'
  $ ip netns exec a ss -Htin | sed -E 's/(rto|rtt|ato|lastsnd|lastrcv|lastack|busy|minrtt|rcv_rtt):[0-9.\/]+(ms)?/\1:T/g; s/(send|pacing_rate|delivery_rate) [0-9.]+[KMG]?bps/\1 R/g'
  ESTAB 0      0      10.0.0.1:* 10.0.0.2:5000 (glob)
  	 reno wscale:7,7 rto:T rtt:T mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 bytes_sent:292 bytes_acked:293 segs_out:3 segs_in:2 data_segs_out:1 send R lastsnd:T lastrcv:T lastack:T pacing_rate R delivery_rate R delivered:2 app_limited rcv_space:14480 rcv_ssthresh:64088 minrtt:T snd_wnd:64896
  $ ip netns exec b ss -Htin | sed -E 's/(rto|rtt|ato|lastsnd|lastrcv|lastack|busy|minrtt|rcv_rtt):[0-9.\/]+(ms)?/\1:T/g; s/(send|pacing_rate|delivery_rate) [0-9.]+[KMG]?bps/\1 R/g'
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:* (glob)
  	 reno wscale:7,7 rto:T rtt:T ato:T mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 bytes_received:292 segs_out:1 segs_in:3 data_segs_in:1 send R lastsnd:T lastrcv:T lastack:T pacing_rate R delivered:1 app_limited rcv_space:14480 rcv_ssthresh:64088 minrtt:T snd_wnd:64256
  $ ip netns exec a ss -Htmn
  ESTAB 0      0      10.0.0.1:* 10.0.0.2:5000 (glob)
  	 skmem:(r0,rb131072,t0,tb46080,f0,w0,o0,bl0,d0)
  $ ip netns exec b ss -Htmn
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:* (glob)
  	 skmem:(r0,rb131072,t0,tb46080,f0,w0,o0,bl0,d0)
