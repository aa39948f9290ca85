Over loopback (MTU 65536) Linux bounds the MSS to half the largest window the peer offered (tcp_bound_to_half_wnd() in tcp_sync_mss(), again in tcp_ack_update_window() when the window grows): the connecting side starts at half the SYN-ACK's 65483 and reaches 32768 once a scaled window of 65536 is seen; the listener's child sizes its MSS from the final ACK's window (tcp_create_openreq_child(), tcp_v4_syn_recv_sock()).
  $ ip link set lo up
  $ sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ nc -l 127.0.0.1 5000 > got &
  $ sleep 0.3
  $ (printf hello; sleep 1.5) | nc -N 127.0.0.1 5000 &
  $ sleep 0.5
  $ ss -tin dst 127.0.0.1:5000 | grep -oE ' (mss|advmss|rcvmss|pmtu|cwnd|snd_wnd|wscale):[0-9,]+'
   wscale:10,10
   mss:32768
   pmtu:65535
   rcvmss:536
   advmss:65483
   cwnd:10
   snd_wnd:65536
  $ ss -tin src 127.0.0.1:5000 | grep -oE ' (mss|advmss|rcvmss|pmtu|cwnd|snd_wnd|wscale):[0-9,]+'
   wscale:10,10
   mss:32768
   pmtu:65535
   rcvmss:536
   advmss:65483
   cwnd:10
   snd_wnd:65536
  $ wait
  $ cat got; echo
  hello
