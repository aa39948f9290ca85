tcpdump on fragments and path-MTU errors: a sender's fragments (plain, -v flags/offsets, -q), fragment filters on ip[6:2], a router's "need to frag (mtu N)" and "net unreachable", and the fragments a router makes.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ for n in a r b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1200
  $ ip -n b link set b0 mtu 1200
  $ ip netns exec a ping -c 1 10.2.0.2 > /dev/null
  $ ip netns exec a tcpdump -n -t -i a0 -c 3 'icmp and ip[6:2] & 0x3fff != 0' > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 3000 -M dont 10.1.0.1 > /dev/null
  $ wait
  $ cat out
  IP 10.1.0.2 > 10.1.0.1: ICMP echo request, id *, seq 1, length 1480 (glob)
  IP 10.1.0.2 > 10.1.0.1: ip-proto-1
  IP 10.1.0.2 > 10.1.0.1: ip-proto-1
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 3 'ip[6:2] & 0x1fff != 0 or ip[6] & 0x20 != 0' > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 3000 -M dont 10.1.0.1 > /dev/null
  $ wait
  $ cat out | sed -E 's/id [0-9]+,/id N,/'
  IP (tos 0x0, ttl 64, id N, offset 0, flags [+], proto ICMP (1), length 1500)
      10.1.0.2 > 10.1.0.1: ICMP echo request, id N, seq 1, length 1480
  IP (tos 0x0, ttl 64, id N, offset 1480, flags [+], proto ICMP (1), length 1500)
      10.1.0.2 > 10.1.0.1: ip-proto-1
  IP (tos 0x0, ttl 64, id N, offset 2960, flags [none], proto ICMP (1), length 68)
      10.1.0.2 > 10.1.0.1: ip-proto-1
  $ ip netns exec a tcpdump -n -t -q -i a0 -c 2 'dst 10.1.0.1 and ip[6:2] & 0x1fff > 100' > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 3000 -M dont 10.1.0.1 > /dev/null
  $ wait
  $ cat out
  IP 10.1.0.2 > 10.1.0.1: ip-proto-1
  IP 10.1.0.2 > 10.1.0.1: ip-proto-1
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 1300 -M do -W 1 10.2.0.2 > /dev/null
  [1]
  $ wait
  $ cat out | sed -E 's/id [0-9]+,/id N,/g'
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 1328)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1308
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 576)
      10.1.0.1 > 10.1.0.2: ICMP 10.2.0.2 unreachable - need to frag (mtu 1200), length 556
  	IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 1328)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1308
  $ ip -n a route flush cache
  $ ip netns exec b tcpdump -n -t -i b0 -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 1300 -M dont 10.2.0.2 > /dev/null
  $ wait
  $ cat out | sed -E 's/id [0-9]+,/id N,/'
  IP 10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1176
  IP 10.1.0.2 > 10.2.0.2: ip-proto-1
  $ ip netns exec b tcpdump -n -t -v -i b0 -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 1300 -M dont 10.2.0.2 > /dev/null
  $ wait
  $ cat out | sed -E 's/id [0-9]+,/id N,/g'
  IP (tos 0x0, ttl 63, id N, offset 0, flags [+], proto ICMP (1), length 1196)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1176
  IP (tos 0x0, ttl 63, id N, offset 1176, flags [none], proto ICMP (1), length 152)
      10.1.0.2 > 10.2.0.2: ip-proto-1
  $ ip netns exec a tcpdump -n -t -i a0 -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -W 1 10.9.0.1 > /dev/null
  [1]
  $ wait
  $ cat out | sed -E 's/id [0-9]+,/id N,/'
  IP 10.1.0.2 > 10.9.0.1: ICMP echo request, id N, seq 1, length 64
  IP 10.1.0.1 > 10.1.0.2: ICMP net 10.9.0.1 unreachable, length 92
  $ tail -3 err
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
