ss -i splits the busy time of a sender held back by its peer's small receive window: tcpi_rwnd_limited shows as rwnd_limited:Nms(P%) after busy (tcp_chrono: the window test in tcp_write_xmit starts the rwnd-limited chronograph, a send that the window allows stops it). The receiver reads everything; its tcp_rmem of 4096 keeps the window to a segment or two. Times are jiffies (4 ms), globbed; the transfer's pace is not checked (the lab's links cost no time, and its delayed ACKs make such a tiny window slower than Linux's).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b sysctl -qw net.ipv4.tcp_rmem="4096 4096 4096"
  $ ip netns exec b sh -c 'nc -l -p 5000 > /dev/null & sleep 0.3'
  $ ip netns exec a sh -c '(head -c 3000000 /dev/zero; sleep 2) | nc -N 10.0.0.2 5000 & sleep 1.5'
  $ ip netns exec a ss -tni dst 10.0.0.2 | grep -oE ' (busy|rwnd_limited|sndbuf_limited):[0-9/]+(ms)?(\([0-9.]+%\))?'
   busy:*ms (glob)
   rwnd_limited:*ms(*.?%) (glob)
  $ ip netns exec a ss -tni dst 10.0.0.2 | grep -cE ' busy:[0-9]+ms rwnd_limited:[0-9]+ms\([0-9]+\.[0-9]%\) '
  1
  $ sleep 2
