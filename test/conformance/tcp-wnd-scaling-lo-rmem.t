Over loopback with other receive buffers (tcp_rmem[1], or SO_RCVBUF on the listener: socat rcvbuf=, doubled and locked), then data: the first skb's payload/truesize ratio sets the clamp to that share of the buffer and rcv_ssthresh grows to what the free space holds (tcp_grow_window()); the scale follows the largest buffer the socket could have, within the clamp an SO_RCVBUF sets.
  $ ip link set lo up
  $ sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ for r in "4096 32768 6291456"; do sysctl -qw net.ipv4.tcp_rmem="$r"; for n in 100 1000; do head -c $n /dev/zero > f; nc -l 127.0.0.1 5000 > got & sleep 0.3; (cat f; sleep 0.8) | nc -N 127.0.0.1 5000 & sleep 0.5; echo rmem $r $n $(wc -c < got); ss -tin src 127.0.0.1:5000 | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ss -tin dst 127.0.0.1:5000 | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done; done
  rmem 4096 32768 6291456 100 100
   wscale:7,7 rcvmss:536 rcv_space:16384 rcv_ssthresh:16384
   mss:8192 snd_wnd:16384
  rmem 4096 32768 6291456 1000 1000
   wscale:7,7 rcvmss:1000 rcv_space:16384 rcv_ssthresh:16797
   mss:8448 snd_wnd:16896
  $ for r in "4096 32768 6291456"; do sysctl -qw net.ipv4.tcp_rmem="$r"; for n in 10000; do head -c $n /dev/zero > f; nc -l 127.0.0.1 5000 > got & sleep 0.3; (cat f; sleep 0.8) | nc -N 127.0.0.1 5000 & sleep 0.5; echo rmem $r $n $(wc -c < got); ss -tin src 127.0.0.1:5000 | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ss -tin dst 127.0.0.1:5000 | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done; done
  rmem 4096 32768 6291456 10000 10000
   wscale:7,7 rcvmss:8192 rcv_space:16384 rcv_ssthresh:21518
   mss:10816 snd_wnd:21632
  $ for r in "4096 262144 6291456"; do sysctl -qw net.ipv4.tcp_rmem="$r"; for n in 100 1000 10000; do head -c $n /dev/zero > f; nc -l 127.0.0.1 5000 > got & sleep 0.3; (cat f; sleep 0.8) | nc -N 127.0.0.1 5000 & sleep 0.5; echo rmem $r $n $(wc -c < got); ss -tin src 127.0.0.1:5000 | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ss -tin dst 127.0.0.1:5000 | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done; done
  rmem 4096 262144 6291456 100 100
   wscale:7,7 rcvmss:536 rcv_space:130966 rcv_ssthresh:130966
   mss:65472 snd_wnd:130944
  rmem 4096 262144 6291456 1000 1000
   wscale:7,7 rcvmss:1000 rcv_space:130966 rcv_ssthresh:141341
   mss:65483 snd_wnd:141440
  rmem 4096 262144 6291456 10000 10000
   wscale:7,7 rcvmss:10000 rcv_space:130966 rcv_ssthresh:231678
   mss:65483 snd_wnd:231680
  $ sysctl -qw net.ipv4.tcp_rmem="4096 131072 33554432"
  $ for b in 8192 65536 1048576; do for n in 100 1000 10000; do head -c $n /dev/zero > f; socat -u TCP-LISTEN:5000,reuseaddr,rcvbuf=$b OPEN:/dev/null & sleep 0.3; (cat f; sleep 0.8) | nc -N 127.0.0.1 5000 & sleep 0.5; echo rcvbuf $b $n; ss -tin src 127.0.0.1:5000 | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ss -tin dst 127.0.0.1:5000 | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done; done
  rcvbuf 8192 100
   wscale:10,0 rcvmss:536 rcv_space:8192 rcv_ssthresh:8192
   mss:4096 snd_wnd:8092
  rcvbuf 8192 1000
   wscale:10,0 rcvmss:1000 rcv_space:8192 rcv_ssthresh:8192
   mss:4096 snd_wnd:7192
  rcvbuf 8192 10000
   wscale:10,0 rcvmss:4096 rcv_space:8192 rcv_ssthresh:9487
   mss:4096 snd_wnd:8192
  rcvbuf 65536 100
   wscale:10,1 rcvmss:536 rcv_space:65483 rcv_ssthresh:65483
   mss:32741 snd_wnd:65384
  rcvbuf 65536 1000
   wscale:10,1 rcvmss:1000 rcv_space:65483 rcv_ssthresh:70173
   mss:35087 snd_wnd:70174
  rcvbuf 65536 10000
   wscale:10,1 rcvmss:10000 rcv_space:65483 rcv_ssthresh:110846
   mss:55423 snd_wnd:110846
  rcvbuf 1048576 100
   wscale:10,5 rcvmss:536 rcv_space:654830 rcv_ssthresh:983093
   mss:65483 snd_wnd:1047648
  rcvbuf 1048576 1000
   wscale:10,5 rcvmss:1000 rcv_space:654830 rcv_ssthresh:1137693
   mss:65483 snd_wnd:1137696
  rcvbuf 1048576 10000
   wscale:10,5 rcvmss:10000 rcv_space:654830 rcv_ssthresh:1178694
   mss:65483 snd_wnd:1178720
