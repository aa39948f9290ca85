tcpdump's icmp6 and `[ip6] proto N` filters (gen_proto(): the IPv6 next header, or behind one fragment header, no other extension header walked): a link's DAD and router solicitation are icmp6, its MLD reports behind their hop-by-hop header are `ip6 proto 0`, and `proto N` alone takes IPv4 or IPv6.
  $ ip link add va address 02:00:00:00:00:01 type veth peer name vb address 02:00:00:00:00:02
  $ ip link set vb up
  $ timeout 5 tcpdump -t -nn -i vb icmp6 > f1 2>/dev/null &
  $ timeout 5 tcpdump -t -nn -i vb ip6 proto 58 > f2 2>/dev/null &
  $ timeout 5 tcpdump -t -nn -i vb ip6 proto 0 > f3 2>/dev/null &
  $ timeout 5 tcpdump -t -nn -i vb proto 0 > f4 2>/dev/null &
  $ timeout 5 tcpdump -t -nn -i vb 'icmp6 or arp' > f5 2>/dev/null &
  $ sleep 1
  $ ip link set va up
  $ sleep 6
  $ wait
  $ sort f1
  
  IP6 :: > ff02::1:ff00:1: ICMP6, neighbor solicitation, who has fe80::ff:fe00:1, length 32
  IP6 :: > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fe80::ff:fe00:2, length 32
  IP6 fe80::ff:fe00:1 > ff02::2: ICMP6, router solicitation, length 16
  IP6 fe80::ff:fe00:2 > ff02::2: ICMP6, router solicitation, length 16
  $ sort f2
  
  IP6 :: > ff02::1:ff00:1: ICMP6, neighbor solicitation, who has fe80::ff:fe00:1, length 32
  IP6 :: > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fe80::ff:fe00:2, length 32
  IP6 fe80::ff:fe00:1 > ff02::2: ICMP6, router solicitation, length 16
  IP6 fe80::ff:fe00:2 > ff02::2: ICMP6, router solicitation, length 16
  $ sort f3
  
  IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 fe80::ff:fe00:1 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 fe80::ff:fe00:1 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 fe80::ff:fe00:2 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 fe80::ff:fe00:2 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  $ sort f4
  
  IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 fe80::ff:fe00:1 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 fe80::ff:fe00:1 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 fe80::ff:fe00:2 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  IP6 fe80::ff:fe00:2 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28
  $ sort f5
  
  IP6 :: > ff02::1:ff00:1: ICMP6, neighbor solicitation, who has fe80::ff:fe00:1, length 32
  IP6 :: > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fe80::ff:fe00:2, length 32
  IP6 fe80::ff:fe00:1 > ff02::2: ICMP6, router solicitation, length 16
  IP6 fe80::ff:fe00:2 > ff02::2: ICMP6, router solicitation, length 16
  $ timeout 1 tcpdump -i vb 'ip proto 58' -nn 2>&1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on vb, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  [124]
  $ timeout 1 tcpdump -nn -i vb 'icmp6[0] = 135' 2>&1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on vb, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  [124]
  $ timeout 1 tcpdump -nn -i vb 'icmp6[icmp6type] = icmp6-neighborsolicit or icmp6[icmp6code] != 0' 2>&1 | tail -1
  0 packets dropped by kernel
  $ timeout 1 tcpdump -nn -i vb 'icmp6[0:2] = icmp6-echo' 2>&1 | tail -1
  0 packets dropped by kernel
