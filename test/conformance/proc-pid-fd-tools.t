Every socket-opening tool holds its sockets in its fd table: /proc/PID/fd of tracepath, arping (its packet socket; the signalfd and timerfds after it are cut off), iperf (TCP and UDP servers), nc -u and socat UDP while they run in the background (socat's own fds 3 and 4, a socketpair, are cut off: its UDP socket is fd 5). 10.0.0.2 drops every IP packet and 10.0.0.9 is absent, so the probing tools wait. Dates, inodes and pids vary: sed replaces them.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n a link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b link set b0 up
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -j DROP
  $ fds() { ls -l /proc/$1/fd | sed -E 's/^(\S+) .* ([0-9]+ -> )/\1 \2/; s/\[[0-9]+\]/[INO]/'; }
  $ ip netns exec a tracepath -n -m 2 10.0.0.2 > /dev/null 2>&1 &
  $ sleep 0.5; fds $!; kill $!; wait
  total 0
  lr-x------ 0 -> /dev/null
  l-wx------ 1 -> /dev/null
  l-wx------ 2 -> /dev/null
  lrwx------ 3 -> socket:[INO]
  $ ip netns exec a arping -c 2 -I a0 10.0.0.9 > /dev/null 2>&1 &
  $ sleep 0.5; fds $! | head -5; wait
  total 0
  lr-x------ 0 -> /dev/null
  l-wx------ 1 -> /dev/null
  l-wx------ 2 -> /dev/null
  lrwx------ 3 -> socket:[INO]
  $ ip netns exec a iperf -s -p 5001 > /dev/null 2>&1 &
  $ sleep 0.5; fds $!; kill $!; wait
  total 0
  lr-x------ 0 -> /dev/null
  l-wx------ 1 -> /dev/null
  l-wx------ 2 -> /dev/null
  lrwx------ 3 -> socket:[INO]
  $ ip netns exec a iperf -s -u -p 5001 > /dev/null 2>&1 &
  $ sleep 0.5; fds $!; kill $!; wait
  total 0
  lr-x------ 0 -> /dev/null
  l-wx------ 1 -> /dev/null
  l-wx------ 2 -> /dev/null
  lrwx------ 3 -> socket:[INO]
  $ ip netns exec a nc -u -l -p 6001 > /dev/null 2>&1 &
  $ sleep 0.5; fds $!; kill $!; wait
  total 0
  lr-x------ 0 -> /dev/null
  l-wx------ 1 -> /dev/null
  l-wx------ 2 -> /dev/null
  lrwx------ 3 -> socket:[INO]
  $ ip netns exec a socat -u UDP-RECVFROM:6002 - > /dev/null 2>&1 &
  $ sleep 0.5; fds $! | tail -1; kill $!; wait
  lrwx------ 5 -> socket:[INO]
  $ ip netns exec a socat - UDP:10.0.0.2:6003 < /dev/null > /dev/null 2>&1 &
  $ sleep 0.2; ip netns exec a ss -Hunp dport = :6003 | sed -E 's/pid=[0-9]+/pid=N/; s/:[0-9]{5} /:EPORT /; s/ +$//'; wait
  0      0      10.0.0.1:EPORT 10.0.0.2:6003 users:(("socat",pid=N,fd=5))
