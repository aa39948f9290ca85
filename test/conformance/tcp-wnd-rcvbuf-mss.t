A listener's SO_RCVBUF (socat rcvbuf=, doubled by the kernel) sets the window it offers; the connecting side's MSS is half the largest window seen (tcp_bound_to_half_wnd()), at most the path's 1448, and ss -i shows it with the window (snd_wnd).
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ for b in 65536; do ip netns exec h2 socat -u TCP-LISTEN:5000,reuseaddr,rcvbuf=$b OPEN:/dev/null & sleep 0.3; (printf hello; sleep 0.5) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.3; echo rcvbuf $b; ip netns exec h1 ss -tin dst 10.0.0.2 | grep -oE ' (mss|rcvmss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  rcvbuf 65536
   mss:1448 rcvmss:536 snd_wnd:65156
  $ for b in 8192; do ip netns exec h2 socat -u TCP-LISTEN:5000,reuseaddr,rcvbuf=$b OPEN:/dev/null & sleep 0.3; (printf hello; sleep 0.5) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.3; echo rcvbuf $b; ip netns exec h1 ss -tin dst 10.0.0.2 | grep -oE ' (mss|rcvmss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  rcvbuf 8192
   mss:1448 rcvmss:536 snd_wnd:7235
  $ for b in 4096; do ip netns exec h2 socat -u TCP-LISTEN:5000,reuseaddr,rcvbuf=$b OPEN:/dev/null & sleep 0.3; (printf hello; sleep 0.5) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.3; echo rcvbuf $b; ip netns exec h1 ss -tin dst 10.0.0.2 | grep -oE ' (mss|rcvmss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  rcvbuf 4096
   mss:1448 rcvmss:536 snd_wnd:2896
  $ for b in 2048; do ip netns exec h2 socat -u TCP-LISTEN:5000,reuseaddr,rcvbuf=$b OPEN:/dev/null & sleep 0.3; (printf hello; sleep 0.5) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.3; echo rcvbuf $b; ip netns exec h1 ss -tin dst 10.0.0.2 | grep -oE ' (mss|rcvmss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  rcvbuf 2048
   mss:724 rcvmss:536 snd_wnd:1448
  $ for b in 1024; do ip netns exec h2 socat -u TCP-LISTEN:5000,reuseaddr,rcvbuf=$b OPEN:/dev/null & sleep 0.3; (printf hello; sleep 0.5) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.3; echo rcvbuf $b; ip netns exec h1 ss -tin dst 10.0.0.2 | grep -oE ' (mss|rcvmss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  rcvbuf 1024
   mss:576 rcvmss:536 snd_wnd:1147
