ping with no interval (-f, -i 0, -A on a sub-millisecond path) and a -w deadline through a router: the loop paces at the round trip, every request is answered, the deadline ends it with status 0; an unanswered flood waits in recvmsg() for SO_RCVTIMEO (10 ms, whole jiffies) per request, tens in a second (how many depends on the host's load), and ends with status 1.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -f -w 1 -q 10.2.0.2 > out; echo $?
  0
  $ awk '/transmitted/ { print ($1 == $4 && $1 > 1000) ? "all answered" : "lost", $6, $7, $8 }' out
  all answered 0% packet loss,
  $ ip netns exec a ping -i 0 -w 1 -q 10.2.0.2 > out; echo $?
  0
  $ awk '/transmitted/ { print ($1 == $4 && $1 > 1000) ? "all answered" : "lost", $6, $7, $8 }' out
  all answered 0% packet loss,
  $ ip netns exec a ping -A -w 1 -q 10.2.0.2 > out; echo $?
  0
  $ awk '/transmitted/ { print ($1 == $4 && $1 > 1000) ? "all answered" : "lost", $6, $7, $8 }' out
  all answered 0% packet loss,
  $ grep -c ipg/ewma out
  1
  $ ip netns exec a ping -f -w 1 10.2.0.2 | head -1
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  $ ip netns exec r iptables -A FORWARD -d 10.2.0.2 -j DROP
  $ ip netns exec a ping -f -w 1 -q 10.2.0.2 > out; echo $?
  1
  $ awk '/transmitted/ { print ($1 >= 40 && $1 <= 100) ? "tens" : $1, $4, $6, $7, $8 }' out
  tens 0 100% packet loss,
  $ ip netns exec a ping -f -c 5 -W 1 -q 10.2.0.2 | grep transmitted
  5 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r iptables -vnL FORWARD | awk 'NR == 3 { print ($1 >= 45 && $1 <= 105) ? "tens" : $1, $3 }'
  tens DROP
