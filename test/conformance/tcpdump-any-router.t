tcpdump -i any on a router: the cooked (SLL2) header shows each packet In on r0 and Out on r1 with the interface name and MAC, for a forwarded ping, its fragments and a TTL-exceeded error; ip -o link for the ifindexes.
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
  $ ip -n r -o link show | awk '{ print $1, $2 }'
  1: lo:
  2: r0@if2:
  3: r1@if2:
  $ ip netns exec r tcpdump -l -n -t -e -i any icmp > any.out 2> any.err &
  $ sleep 1
  $ ip netns exec a ping -c 1 -s 1500 10.2.0.2 > /dev/null
  $ ip netns exec a ping -c 1 -W 1 -t 1 10.2.0.2 > /dev/null
  [1]
  $ sleep 0.5; kill %1; wait
  $ sed -E 's/id [0-9]+/id N/g' any.out
  r0    In  ifindex 2 02:00:00:00:0a:01 ethertype IPv4 (0x0800), length 1520: 10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1480
  r1    Out ifindex 3 02:00:00:00:01:02 ethertype IPv4 (0x0800), length 1416: 10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1376
  r1    Out ifindex 3 02:00:00:00:01:02 ethertype IPv4 (0x0800), length 144: 10.1.0.2 > 10.2.0.2: ip-proto-1
  r0    In  ifindex 2 02:00:00:00:0a:01 ethertype IPv4 (0x0800), length 68: 10.1.0.2 > 10.2.0.2: ip-proto-1
  r1    Out ifindex 3 02:00:00:00:01:02 ethertype IPv4 (0x0800), length 68: 10.1.0.2 > 10.2.0.2: ip-proto-1
  r1    In  ifindex 3 02:00:00:00:0b:01 ethertype IPv4 (0x0800), length 1416: 10.2.0.2 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 1376
  r0    Out ifindex 2 02:00:00:00:01:01 ethertype IPv4 (0x0800), length 1416: 10.2.0.2 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 1376
  r1    In  ifindex 3 02:00:00:00:0b:01 ethertype IPv4 (0x0800), length 172: 10.2.0.2 > 10.1.0.2: ip-proto-1
  r0    Out ifindex 2 02:00:00:00:01:01 ethertype IPv4 (0x0800), length 172: 10.2.0.2 > 10.1.0.2: ip-proto-1
  r0    In  ifindex 2 02:00:00:00:0a:01 ethertype IPv4 (0x0800), length 104: 10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 64
  r0    Out ifindex 2 02:00:00:00:01:01 ethertype IPv4 (0x0800), length 132: 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 92
  $ cat any.err
  tcpdump: data link type LINUX_SLL2
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144 bytes
  11 packets captured
  11 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec r tcpdump -l -n -t -i any -v icmp > anyv.out 2> /dev/null &
  $ sleep 1
  $ ip netns exec a ping -c 1 10.2.0.2 > /dev/null
  $ sleep 0.5; kill %1; wait
  $ sed -E 's/id [0-9]+/id N/g' anyv.out
  r0    In  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 64
  r1    Out IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 64
  r1    In  IP (tos 0x0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 84)
      10.2.0.2 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 64
  r0    Out IP (tos 0x0, ttl 63, id N, offset 0, flags [none], proto ICMP (1), length 84)
      10.2.0.2 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 64
