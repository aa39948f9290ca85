tcpdump -vv and -vvv of the ICMP errors a router and a host send (need to frag quoting a truncated UDP datagram and an echo, time exceeded quoting traceroute probes, port unreachable), with checksums; -x of a fragment.
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
  $ ip netns exec a tcpdump -l -n -t -vv -i a0 icmp > vv.out 2> vv.err &
  $ ip netns exec a tcpdump -l -n -t -vvv -i a0 icmp and 'icmp[0] == 3' > vvv.out 2> vvv.err &
  $ ip netns exec r tcpdump -l -n -t -x -i r1 'ip[6:2] & 0x1fff != 0' > x.out 2> x.err &
  $ sleep 1
  $ head -c 1450 /dev/zero | ip netns exec a nc -u -w1 -q1 -p 5555 10.2.0.2 9000
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 -p 5a 10.2.0.2 > /dev/null
  ping: local error: message too long, mtu=1400
  [1]
  $ ip netns exec a traceroute -n -q1 -w1 -m 1 -p 40000 10.2.0.2 > /dev/null
  $ ip netns exec a traceroute -n -q1 -w1 -I -m 1 10.2.0.2 > /dev/null
  $ echo x | ip netns exec a nc -u -w1 -q0 -p 5556 10.2.0.2 7
  $ ip netns exec a ping -c 1 -s 1500 -p 5a 10.2.0.2 > /dev/null
  $ sleep 0.5; kill %1 %2 %3; wait
  $ sed -E 's/id [0-9]+/id N/g; s/cksum 0x[0-9a-f]{4}/cksum 0xCCCC/g; s/10.1.0.2.[0-9]+ > 10.2.0.2.40000: \[bad udp cksum 0xCCCC -> 0x[0-9a-f]{4}!\]/10.1.0.2.P > 10.2.0.2.40000: [bad udp cksum 0xCCCC -> 0xCCCC!]/' vv.out
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 576)
      10.1.0.1 > 10.1.0.2: ICMP 10.2.0.2 unreachable - need to frag (mtu 1400), length 556
  	IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 1478)
      10.1.0.2.5555 > 10.2.0.2.9000: UDP, length 1450
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 88)
      10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 68
  	IP (tos 0x0, ttl 1, id N, offset 0, flags [none], proto UDP (17), length 60)
      10.1.0.2.P > 10.2.0.2.40000: [bad udp cksum 0xCCCC -> 0xCCCC!] UDP, length 32
  IP (tos 0x0, ttl 1, id N, offset 0, flags [none], proto ICMP (1), length 60)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 40
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 88)
      10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 68
  	IP (tos 0x0, ttl 1, id N, offset 0, flags [none], proto ICMP (1), length 60)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 40
  IP (tos 0xc0, ttl 63, id N, offset 0, flags [none], proto ICMP (1), length 58)
      10.2.0.2 > 10.1.0.2: ICMP 10.2.0.2 udp port 7 unreachable, length 38
  	IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.1.0.2.5556 > 10.2.0.2.7: [bad udp cksum 0xCCCC -> 0x5e0e!] UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [+], proto ICMP (1), length 1396)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1376
  IP (tos 0x0, ttl 64, id N, offset 1376, flags [none], proto ICMP (1), length 152)
      10.1.0.2 > 10.2.0.2: ip-proto-1
  IP (tos 0x0, ttl 63, id N, offset 0, flags [+], proto ICMP (1), length 1396)
      10.2.0.2 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 1376
  IP (tos 0x0, ttl 63, id N, offset 1376, flags [none], proto ICMP (1), length 152)
      10.2.0.2 > 10.1.0.2: ip-proto-1
  $ sed -E 's/id [0-9]+/id N/g; s/cksum 0x[0-9a-f]{4}/cksum 0xCCCC/g' vvv.out
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 576)
      10.1.0.1 > 10.1.0.2: ICMP 10.2.0.2 unreachable - need to frag (mtu 1400), length 556
  	IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 1478)
      10.1.0.2.5555 > 10.2.0.2.9000: UDP, length 1450
  IP (tos 0xc0, ttl 63, id N, offset 0, flags [none], proto ICMP (1), length 58)
      10.2.0.2 > 10.1.0.2: ICMP 10.2.0.2 udp port 7 unreachable, length 38
  	IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.1.0.2.5556 > 10.2.0.2.7: [bad udp cksum 0xCCCC -> 0x5e0e!] UDP, length 2
  $ sed -E 's/^(\t0x0000: +[0-9a-f]{4} [0-9a-f]{4}) [0-9a-f]{4} ([0-9a-f]{4} [0-9a-f]{4}) [0-9a-f]{4}/\1 IDID \2 CKSM/' x.out | head -4
  IP 10.1.0.2 > 10.2.0.2: ip-proto-1
  	0x0000:  4500 0098 IDID 00ac 3f01 CKSM 0a01 0002
  	0x0010:  0a02 0002 5a5a 5a5a 5a5a 5a5a 5a5a 5a5a
  	0x0020:  5a5a 5a5a 5a5a 5a5a 5a5a 5a5a 5a5a 5a5a
