ss -tni of idle connections opened by socat with socket options (tcp-maxseg, window-clamp, so-rcvbuf, so-sndbuf, nodelay, keepalive), one per source port: wscale, mss, advmss, rcv_space, rcv_ssthresh, snd_wnd, cwnd as ss shows them (timing fields edited out); ss -tnm skmem.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,fork,reuseaddr,backlog=16 OPEN:/dev/null > /dev/null 2>&1 & sleep 0.3'
  $ p=40000; for o in tcp-nodelay tcp-maxseg=700 window-clamp=5000 so-rcvbuf=4096 so-sndbuf=8192 so-keepalive,keepidle=100; do p=$((p+1)); ip netns exec a sh -c "sleep 4 | socat - TCP:10.0.0.2:5000,sp=$p,$o > /dev/null 2>&1 &"; done; sleep 0.5
  $ ip netns exec a ss -Htni | sed -E 's/ (rtt|ato|lastsnd|lastrcv|lastack|pacing_rate|delivery_rate|busy|minrtt|rcv_rtt|send|rto|app_limited|snd_wnd|rcv_wnd)[: ][^ ]*//g; s/ +$//' | paste - - | sort
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5000		 reno wscale:10,10 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 bytes_acked:1 segs_out:2 segs_in:1 delivered:1 rcv_ssthresh:64088
  ESTAB 0      0      10.0.0.1:40002 10.0.0.2:5000		 reno wscale:10,10 mss:688 pmtu:1500 rcvmss:536 advmss:688 cwnd:10 bytes_acked:1 segs_out:2 segs_in:1 delivered:1 rcv_ssthresh:64848
  ESTAB 0      0      10.0.0.1:40003 10.0.0.2:5000		 reno wscale:10,0 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 bytes_acked:1 segs_out:2 segs_in:1 delivered:1 rcv_ssthresh:4380
  ESTAB 0      0      10.0.0.1:40004 10.0.0.2:5000		 reno wscale:10,0 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 bytes_acked:1 segs_out:2 segs_in:1 delivered:1 rcv_ssthresh:2896
  ESTAB 0      0      10.0.0.1:40005 10.0.0.2:5000		 reno wscale:10,10 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 bytes_acked:1 segs_out:2 segs_in:1 delivered:1 rcv_ssthresh:64088
  ESTAB 0      0      10.0.0.1:40006 10.0.0.2:5000		 reno wscale:10,10 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 bytes_acked:1 segs_out:2 segs_in:1 delivered:1 rcv_ssthresh:64088
  $ ip netns exec b ss -Htni 'sport = :5000' | sed -E 's/ (rtt|ato|lastsnd|lastrcv|lastack|pacing_rate|delivery_rate|busy|minrtt|rcv_rtt|send|rto|app_limited|snd_wnd|rcv_wnd)[: ][^ ]*//g; s/ +$//' | paste - - | sort
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40001		 reno wscale:10,10 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 segs_in:2 delivered:1 rcv_ssthresh:64088
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40002		 reno wscale:10,10 mss:688 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 segs_in:2 delivered:1 rcv_ssthresh:64088
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40003		 reno wscale:0,10 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 segs_in:2 delivered:1 rcv_ssthresh:64088
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40004		 reno wscale:0,10 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 segs_in:2 delivered:1 rcv_ssthresh:64088
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40005		 reno wscale:10,10 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 segs_in:2 delivered:1 rcv_ssthresh:64088
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40006		 reno wscale:10,10 mss:1448 pmtu:1500 rcvmss:536 advmss:1448 cwnd:10 segs_in:2 delivered:1 rcv_ssthresh:64088
  $ ip netns exec a ss -Htnm | sed -E 's/ +$//' | paste - - | sort
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5000		 skmem:(r0,rb131072,t0,tb46080,f0,w0,o0,bl0,d0)
  ESTAB 0      0      10.0.0.1:40002 10.0.0.2:5000		 skmem:(r0,rb131072,t0,tb46080,f0,w0,o0,bl0,d0)
  ESTAB 0      0      10.0.0.1:40003 10.0.0.2:5000		 skmem:(r0,rb131072,t0,tb46080,f0,w0,o0,bl0,d0)
  ESTAB 0      0      10.0.0.1:40004 10.0.0.2:5000		 skmem:(r0,rb8192,t0,tb46080,f0,w0,o0,bl0,d0)
  ESTAB 0      0      10.0.0.1:40005 10.0.0.2:5000		 skmem:(r0,rb131072,t0,tb16384,f0,w0,o0,bl0,d0)
  ESTAB 0      0      10.0.0.1:40006 10.0.0.2:5000		 skmem:(r0,rb131072,t0,tb46080,f0,w0,o0,bl0,d0)
  $ ip netns exec a ss -Htno | sed -E 's/timer:\(keepalive,[^,]+,0\)/timer:(keepalive,T,0)/; s/ +$//' | sort
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40002 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40003 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40004 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40005 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40006 10.0.0.2:5000 timer:(keepalive,T,0)
  $ sleep 4; ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill; sleep 0.2
