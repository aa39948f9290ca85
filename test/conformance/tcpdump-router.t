tcpdump on a router's two sides: TTL decremented by forwarding, time exceeded and port unreachable (with the quoted header, -v) from traceroute, net unreachable from an unreachable route.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ for n in a r b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r tcpdump -n -t -i r1 -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.2.0.2 > /dev/null
  $ wait
  $ cat out err
  IP 10.1.0.2 > 10.2.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 10.2.0.2 > 10.1.0.2: ICMP echo reply, id *, seq 1, length 64 (glob)
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on r1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 4 'udp or icmp' > out 2> err &
  $ sleep 0.5
  $ ip netns exec a traceroute -n -q 1 -N 1 -m 3 10.2.0.2 > /dev/null
  $ wait
  $ cat out err
  IP (tos 0x0, ttl 1, id *, offset 0, flags [none], proto UDP (17), length 60) (glob)
      10.1.0.2.* > 10.2.0.2.33434: UDP, length 32 (glob)
  IP (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 88) (glob)
      10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 68
  	IP (tos 0x0, ttl 1, id *, offset 0, flags [none], proto UDP (17), length 60) (glob)
      10.1.0.2.* > 10.2.0.2.33434: UDP, length 32 (glob)
  IP (tos 0x0, ttl 2, id *, offset 0, flags [none], proto UDP (17), length 60) (glob)
      10.1.0.2.* > 10.2.0.2.33435: UDP, length 32 (glob)
  IP (tos 0xc0, ttl 63, id *, offset 0, flags [none], proto ICMP (1), length 88) (glob)
      10.2.0.2 > 10.1.0.2: ICMP 10.2.0.2 udp port 33435 unreachable, length 68
  	IP (tos 0x0, ttl 1, id *, offset 0, flags [none], proto UDP (17), length 60) (glob)
      10.1.0.2.* > 10.2.0.2.33435: UDP, length 32 (glob)
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip -n r route add unreachable 10.9.0.0/16
  $ ip netns exec a tcpdump -n -t -i a0 -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.9.0.1 > /dev/null
  [1]
  $ wait
  $ cat out err
  IP 10.1.0.2 > 10.9.0.1: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 10.1.0.1 > 10.1.0.2: ICMP host 10.9.0.1 unreachable, length 92
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -t 1 10.2.0.2 > /dev/null
  [1]
  $ wait
  $ cat out err
  IP (tos 0x0, ttl 1, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  IP (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 112) (glob)
      10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 92
  	IP (tos 0x0, ttl 1, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
