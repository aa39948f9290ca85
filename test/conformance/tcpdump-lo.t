tcpdump on lo: ping to the host's own address; the outgoing copy of each looped packet is skipped (libpcap), -e shows the zero addresses.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip link set lo up
  $ tcpdump -n -t -i lo -c 2 > out 2> err &
  $ sleep 0.5
  $ ping -c 1 127.0.0.1 > /dev/null
  $ wait
  $ cat out err
  IP 127.0.0.1 > 127.0.0.1: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 127.0.0.1 > 127.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ tcpdump -n -t -e -v -i lo -c 2 > out 2> err &
  $ sleep 0.5
  $ ping -c 1 -s 8 127.0.0.1 > /dev/null
  $ wait
  $ cat out err
  00:00:00:00:00:00 > 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 50: (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 36) (glob)
      127.0.0.1 > 127.0.0.1: ICMP echo request, id *, seq 1, length 16 (glob)
  00:00:00:00:00:00 > 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 50: (tos 0x0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 36) (glob)
      127.0.0.1 > 127.0.0.1: ICMP echo reply, id *, seq 1, length 16 (glob)
  tcpdump: listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  4 packets received by filter
  0 packets dropped by kernel
