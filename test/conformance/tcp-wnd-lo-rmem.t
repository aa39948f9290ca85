Over loopback with smaller buffers: the receiver's tcp_rmem caps the window it offers, so the sender's MSS is half of it (tcp_bound_to_half_wnd()); ss shows mss, the peer's window and the receiver's rcv_space on both ends while a 5-byte write's connection stays open.
  $ ip link set lo up
  $ sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ for r in "4096 16384 16384" "4096 32768 32768" "4096 131072 6291456"; do sysctl -qw net.ipv4.tcp_rmem="$r"; nc -l 127.0.0.1 5000 > got & sleep 0.3; (printf hello; sleep 0.6) | nc -N 127.0.0.1 5000 & sleep 0.3; echo rmem $r; ss -tin dst 127.0.0.1:5000 | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; ss -tin src 127.0.0.1:5000 | grep -oE ' (mss|rcv_space|rcv_ssthresh):[0-9]+' | tr -d '\n'; echo; wait; done
  rmem 4096 16384 16384
   mss:4096 snd_wnd:8192
   mss:4096 rcv_space:8192 rcv_ssthresh:8192
  rmem 4096 32768 32768
   mss:8192 snd_wnd:16384
   mss:8192 rcv_space:16384 rcv_ssthresh:16384
  rmem 4096 131072 6291456
   mss:32768 snd_wnd:65536
   mss:32768 rcv_space:65483 rcv_ssthresh:65483
