A 100000-byte write over loopback from a sender whose tcp_wmem is small: sendmsg waits for room (sk_stream_wait_memory()) with the send head pushed, so the skbs follow the send buffer, each at most the MSS of half the peer's window; the receiver gets it all.
  $ ip link set lo up
  $ sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ head -c 100000 /dev/zero > f
  $ for w in "4096 65536 65536"; do sysctl -qw net.ipv4.tcp_wmem="$w"; nc -l 127.0.0.1 5000 > got & sleep 0.3; tcpdump -l -n -t -i lo 'tcp and dst port 5000' > out 2> err & sleep 1; socat -b 100000 -u - TCP:127.0.0.1:5000 < f; sleep 1; kill $!; wait; echo wmem $w $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //'); done
  wmem 4096 65536 65536 100000: 32741 32741 34518
  $ for w in "4096 16384 16384"; do sysctl -qw net.ipv4.tcp_wmem="$w"; nc -l 127.0.0.1 5000 > got & sleep 0.3; tcpdump -l -n -t -i lo 'tcp and dst port 5000' > out 2> err & sleep 1; socat -b 100000 -u - TCP:127.0.0.1:5000 < f; sleep 1; kill $!; wait; echo wmem $w $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //'); done
  wmem 4096 16384 16384 100000: 32741 47616 19643
  $ for w in "4096 4096 4096"; do sysctl -qw net.ipv4.tcp_wmem="$w"; nc -l 127.0.0.1 5000 > got & sleep 0.3; tcpdump -l -n -t -i lo 'tcp and dst port 5000' > out 2> err & sleep 1; socat -b 100000 -u - TCP:127.0.0.1:5000 < f; sleep 1; kill $!; wait; echo wmem $w $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //'); done
  wmem 4096 4096 4096 100000: 32741 47616 19643
