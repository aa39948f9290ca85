A receiver whose SO_RCVBUF is set (socat rcvbuf=, doubled): the clamp is its full space (tcp_openreq_init_rwin()), the scale fits that space, and once data comes the clamp follows the learnt payload/truesize ratio of that buffer (tcp_measure_rcv_mss() -> tcp_set_window_clamp()), with no autotuning; ss -i on both ends after one write while the connection stays open. Then tcp_rmem sizes instead, window scaling off, and a route's window and initrwnd metrics.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ for b in 4096; do for n in 100 1000; do head -c $n /dev/zero > f; ip netns exec h2 socat -u TCP-LISTEN:5000,reuseaddr,rcvbuf=$b OPEN:/dev/null & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo rcvbuf $b $n; ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done; done
  rcvbuf 4096 100
   wscale:10,0 rcvmss:536 rcv_space:2896 rcv_ssthresh:2896
   mss:1448 snd_wnd:2896
  rcvbuf 4096 1000
   wscale:10,0 rcvmss:1000 rcv_space:2896 rcv_ssthresh:3453
   mss:1448 snd_wnd:2896
  $ for b in 16384 65536 262144; do for n in 1000 10000; do head -c $n /dev/zero > f; ip netns exec h2 socat -u TCP-LISTEN:5000,reuseaddr,rcvbuf=$b OPEN:/dev/null & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo rcvbuf $b $n; ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done; done
  rcvbuf 16384 1000
   wscale:10,0 rcvmss:1000 rcv_space:14480 rcv_ssthresh:16797
   mss:1448 snd_wnd:15928
  rcvbuf 16384 10000
   wscale:10,0 rcvmss:1448 rcv_space:14480 rcv_ssthresh:22091
   mss:1448 snd_wnd:18960
  rcvbuf 65536 1000
   wscale:10,1 rcvmss:1000 rcv_space:14480 rcv_ssthresh:68056
   mss:1448 snd_wnd:68056
  rcvbuf 65536 10000
   wscale:10,1 rcvmss:1448 rcv_space:14480 rcv_ssthresh:85160
   mss:1448 snd_wnd:85160
  rcvbuf 262144 1000
   wscale:10,3 rcvmss:1000 rcv_space:14480 rcv_ssthresh:264984
   mss:1448 snd_wnd:264984
  rcvbuf 262144 10000
   wscale:10,3 rcvmss:1448 rcv_space:14480 rcv_ssthresh:282088
   mss:1448 snd_wnd:282088
  $ for r in "4096 16384 16384" "4096 65536 1048576" "4096 262144 6291456"; do ip netns exec h2 sysctl -qw net.ipv4.tcp_rmem="$r"; for n in 1000 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo rmem $r $n; ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done; done
  rmem 4096 16384 16384 1000
   wscale:10,7 rcvmss:1000 rcv_space:6744 rcv_ssthresh:7901
   mss:1448 snd_wnd:7936
  rmem 4096 16384 16384 10000
   wscale:10,7 rcvmss:1448 rcv_space:6744 rcv_ssthresh:9788
   mss:1448 snd_wnd:9856
  rmem 4096 65536 1048576 1000
   wscale:10,7 rcvmss:1000 rcv_space:14480 rcv_ssthresh:34589
   mss:1448 snd_wnd:34688
  rmem 4096 65536 1048576 10000
   wscale:10,7 rcvmss:1448 rcv_space:14480 rcv_ssthresh:48190
   mss:1448 snd_wnd:48256
  rmem 4096 262144 6291456 1000
   wscale:10,7 rcvmss:1000 rcv_space:14480 rcv_ssthresh:133216
   mss:1448 snd_wnd:133248
  rmem 4096 262144 6291456 10000
   wscale:10,7 rcvmss:1448 rcv_space:14480 rcv_ssthresh:150320
   mss:1448 snd_wnd:150400
  $ ip netns exec h2 sysctl -qw net.ipv4.tcp_rmem="4096 131072 33554432"
  $ ip netns exec h2 sysctl -qw net.ipv4.tcp_window_scaling=0
  $ for n in 100 1000 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo noscale $n; ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  noscale 100
   rcvmss:536 rcv_space:14480 rcv_ssthresh:64088
   mss:1448 snd_wnd:65060
  noscale 1000
   rcvmss:1000 rcv_space:14480 rcv_ssthresh:68056
   mss:1448 snd_wnd:65535
  noscale 10000
   rcvmss:1448 rcv_space:14480 rcv_ssthresh:85160
   mss:1448 snd_wnd:65535
  $ ip netns exec h2 sysctl -qw net.ipv4.tcp_window_scaling=1
  $ ip -n h2 route add 10.0.0.1/32 dev v2 window 20000
  $ for n in 100 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo window $n; ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  window 100
   wscale:10,0 rcvmss:536 rcv_space:14480 rcv_ssthresh:18824
   mss:1448 snd_wnd:18824
  window 10000
   wscale:10,0 rcvmss:1448 rcv_space:14480 rcv_ssthresh:38824
   mss:1448 snd_wnd:37648
  $ ip -n h2 route change 10.0.0.1/32 dev v2 initrwnd 4
  $ for n in 100 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo initrwnd $n; ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  initrwnd 100
   wscale:10,10 rcvmss:536 rcv_space:5792 rcv_ssthresh:5792
   mss:1448 snd_wnd:6144
  initrwnd 10000
   wscale:10,10 rcvmss:1448 rcv_space:5792 rcv_ssthresh:25792
   mss:1448 snd_wnd:26624
