After N bytes over loopback (nc writes what it reads, 16 KiB at a time), the receiver's window state as ss -i shows it while the connection stays open: the first data skb of a new size teaches the receiver its skb payload/truesize ratio (tcp_measure_rcv_mss() scaling_ratio), which sets the window clamp and how far rcv_ssthresh grows (tcp_grow_window()); rcvmss follows the largest skb seen, the sender's snd_wnd the last window offered.
  $ ip link set lo up
  $ sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ for n in 100 127 128 1000 5000 10000 16384; do head -c $n /dev/zero > f; nc -l 127.0.0.1 5000 > got & sleep 0.3; (cat f; sleep 0.8) | nc -N 127.0.0.1 5000 & sleep 0.5; echo $n $(wc -c < got); ss -tin src 127.0.0.1:5000 | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ss -tin dst 127.0.0.1:5000 | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  100 100
   wscale:10,10 rcvmss:536 rcv_space:65483 rcv_ssthresh:65483
   mss:32768 snd_wnd:65536
  127 127
   wscale:10,10 rcvmss:536 rcv_space:65483 rcv_ssthresh:65483
   mss:32768 snd_wnd:65536
  128 128
   wscale:10,10 rcvmss:536 rcv_space:65483 rcv_ssthresh:65483
   mss:32768 snd_wnd:65536
  1000 1000
   wscale:10,10 rcvmss:1000 rcv_space:65483 rcv_ssthresh:70173
   mss:35328 snd_wnd:70656
  5000 5000
   wscale:10,10 rcvmss:5000 rcv_space:65483 rcv_ssthresh:107138
   mss:53760 snd_wnd:107520
  10000 10000
   wscale:10,10 rcvmss:10000 rcv_space:65483 rcv_ssthresh:110846
   mss:55808 snd_wnd:111616
  16384 16384
   wscale:10,10 rcvmss:16384 rcv_space:65483 rcv_ssthresh:108074
   mss:54272 snd_wnd:108544
