tcpdump on a veth while ping resolves its neighbour: ARP request and reply, ICMP echo, with -e and -v; the banner and statistics on stderr; timestamps from the clock. IPv6 is disabled first (tuxnet has no IPv6).
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a tcpdump -n -i a0 -c 4 > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  ??:??:??.?????? ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28 (glob)
  ??:??:??.?????? ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28 (glob)
  ??:??:??.?????? IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  ??:??:??.?????? IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip -n a neigh flush all
  $ ip netns exec a tcpdump -n -e -v -i a0 -c 4 > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  ??:??:??.?????? 02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Ethernet (len 6), IPv4 (len 4), Request who-has 10.0.0.2 tell 10.0.0.1, length 28 (glob)
  ??:??:??.?????? 02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Ethernet (len 6), IPv4 (len 4), Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28 (glob)
  ??:??:??.?????? 02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype IPv4 (0x0800), length 98: (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  ??:??:??.?????? 02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 98: (tos 0x0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 84) (glob)
      10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec b tcpdump -n -t -e -i b0 -c 2 arp > out 2> err &
  $ sleep 0.5
  $ ip -n a neigh flush all
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on b0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
