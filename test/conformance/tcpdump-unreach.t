tcpdump sees the ICMP errors of a host: port unreachable for a UDP probe, host unreachable after ARP fails (-v: the quoted datagram), with -e.
The last capture starts 1 s before the ping (not 0.5 s): b's DELAY entry for 10.0.0.1 re-probes 5.0-5.256 s after the traceroute (delay_first_probe_time on a level-2 bucket of the timer wheel), which raced that ping's request.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a link set lo up
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 2 'udp or icmp' > out 2> err &
  $ sleep 0.5
  $ ip netns exec a traceroute -n -q 1 -N 1 -m 1 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  IP (tos 0x0, ttl 1, id *, offset 0, flags [none], proto UDP (17), length 60) (glob)
      10.0.0.1.* > 10.0.0.2.33434: UDP, length 32 (glob)
  IP (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 88) (glob)
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 33434 unreachable, length 68
  	IP (tos 0x0, ttl 1, id *, offset 0, flags [none], proto UDP (17), length 60) (glob)
      10.0.0.1.* > 10.0.0.2.33434: UDP, length 32 (glob)
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -v -e -i lo -c 1 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -W 5 10.0.0.9 > /dev/null
  [1]
  $ wait
  $ cat out err
  00:00:00:00:00:00 > 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 126: (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 112) (glob)
      10.0.0.1 > 10.0.0.1: ICMP host 10.0.0.9 unreachable, length 92
  	(tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      10.0.0.1 > 10.0.0.9: ICMP echo request, id *, seq 1, length 64 (glob)
  tcpdump: listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  1 packet captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -e -i a0 -c 3 arp > out 2> err &
  $ sleep 1
  $ ip netns exec a ping -c 1 -W 5 10.0.0.8 > /dev/null
  [1]
  $ wait
  $ cat out err
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.2, length 28
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:0a:01, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.8 tell 10.0.0.1, length 28
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
