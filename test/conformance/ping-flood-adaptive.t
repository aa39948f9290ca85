ping -f and ping -A: a flood or adaptive ping over lo ends at its count or deadline (update_interval() follows the RTT under -A; each busy round of ping's loop costs CPU time).
  $ ip netns add a
  $ ip -n a link set lo up
  $ ip netns exec a ping -A -c 3 127.0.0.1 | tail -3
  --- 127.0.0.1 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -f -c 100 127.0.0.1 | tail -2
  100 packets transmitted, 100 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -q -f -w 1 127.0.0.1 | sed -E 's/[0-9]+ packets transmitted, [0-9]+ received/N transmitted, N received/' | tail -2
  N transmitted, N received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -q -A -w 1 127.0.0.1 | sed -E 's/[0-9]+ packets transmitted, [0-9]+ received/N transmitted, N received/' | tail -2
  N transmitted, N received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -q -f -w 1 127.0.0.1 | awk '/transmitted/ { print ($1 > 1000) }'
  1
  $ ip netns exec a ping -q -A -w 1 127.0.0.1 | awk '/transmitted/ { print ($1 > 1000) }'
  1
  $ ip netns exec a ping -q -A -c 5 -i 0.5 127.0.0.1 | awk '/transmitted/ { print $1, $4 }'
  5 5
  $ ip netns exec a ping -f -c 3 -W 1 10.9.9.9
  ping: connect: Network is unreachable
  [2]
