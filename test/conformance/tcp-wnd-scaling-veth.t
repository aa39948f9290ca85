Over a veth pair (MTU 1500, TSO: the sender's skbs arrive whole, gso_size 1448), the receiver learns its window scaling from the first skb of a new size, len/truesize of the whole GSO skb while rcvmss is its gso_size (tcp_measure_rcv_mss()); ss -i on both ends after one write of N bytes while the connection stays open.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ for n in 100 1000 1448 1449 3000 5000 10000 14480; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  100 100
   wscale:10,10 rcvmss:536 rcv_space:14480 rcv_ssthresh:64088
   mss:1448 snd_wnd:65536
  1000 1000
   wscale:10,10 rcvmss:1000 rcv_space:14480 rcv_ssthresh:68056
   mss:1448 snd_wnd:68608
  1448 1448
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:68056
   mss:1448 snd_wnd:68608
  1449 1449
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:68058
   mss:1448 snd_wnd:68608
  3000 3000
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:71160
   mss:1448 snd_wnd:71680
  5000 5000
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:75160
   mss:1448 snd_wnd:75776
  10000 10000
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:85160
   mss:1448 snd_wnd:86016
  14480 14480
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:94120
   mss:1448 snd_wnd:94208
  $ ip netns exec h2 sysctl -w net.ipv4.tcp_adv_win_scale=-2
  net.ipv4.tcp_adv_win_scale = -2
  $ for n in 1000 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  1000 1000
   wscale:10,10 rcvmss:1000 rcv_space:14480 rcv_ssthresh:68056
   mss:1448 snd_wnd:68608
  10000 10000
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:85160
   mss:1448 snd_wnd:86016
  $ ip netns exec h2 sysctl -w net.ipv4.tcp_adv_win_scale=4
  net.ipv4.tcp_adv_win_scale = 4
  $ for n in 1000 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  1000 1000
   wscale:10,10 rcvmss:1000 rcv_space:14480 rcv_ssthresh:68056
   mss:1448 snd_wnd:68608
  10000 10000
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:85160
   mss:1448 snd_wnd:86016
  $ ip netns exec h2 sysctl -w net.ipv4.tcp_adv_win_scale=32
  sysctl: setting key "net.ipv4.tcp_adv_win_scale": Invalid argument
  [1]
  $ ip netns exec h2 sysctl net.ipv4.tcp_adv_win_scale
  net.ipv4.tcp_adv_win_scale = 4
  $ ip netns exec h2 sysctl -w net.ipv4.tcp_app_win=0
  net.ipv4.tcp_app_win = 0
  $ for n in 100 1000 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  100 100
   wscale:10,10 rcvmss:536 rcv_space:14480 rcv_ssthresh:65160
   mss:1448 snd_wnd:65536
  1000 1000
   wscale:10,10 rcvmss:1000 rcv_space:14480 rcv_ssthresh:68056
   mss:1448 snd_wnd:68608
  10000 10000
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:85160
   mss:1448 snd_wnd:86016
  $ ip netns exec h2 sysctl -w net.ipv4.tcp_app_win=2
  net.ipv4.tcp_app_win = 2
  $ for n in 100 1000 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  100 100
   wscale:10,10 rcvmss:536 rcv_space:14480 rcv_ssthresh:49152
   mss:1448 snd_wnd:65536
  1000 1000
   wscale:10,10 rcvmss:1000 rcv_space:14480 rcv_ssthresh:68056
   mss:1448 snd_wnd:68608
  10000 10000
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:85160
   mss:1448 snd_wnd:86016
