tcpdump -w then -r: one capture of ARP, ICMP, UDP and a TCP exchange read back with filters, -c, -e, -q, -S, -v, -x, -A and a short snaplen, and the "reading from file" line.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nc -l 5000 > got &
  $ sleep 0.5
  $ ip netns exec a tcpdump -n -i a0 -c 12 -w all.pcap 2> err &
  $ ip netns exec a tcpdump -n -i a0 -c 12 -s 60 -w short.pcap 2> err2 &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ echo hi | ip netns exec a nc -u -w 0 -p 4444 10.0.0.2 5555
  $ printf 'hello' | ip netns exec a nc -N -p 40000 10.0.0.2 5000
  $ wait
  $ cat err
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  12 packets captured
  14 packets received by filter
  0 packets dropped by kernel
  $ tcpdump -n -t -r all.pcap 'not tcp'
  reading from file all.pcap, link-type EN10MB (Ethernet), snapshot length 262144
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  IP 10.0.0.1.4444 > 10.0.0.2.5555: UDP, length 3
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 5555 unreachable, length 39
  $ tcpdump -n -t -r all.pcap -c 2 tcp 2>&1
  reading from file all.pcap, link-type EN10MB (Ethernet), snapshot length 262144
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], seq *, win 64240, options [mss 1460,sackOK,TS val * ecr 0,nop,wscale 10], length 0 (glob)
  IP 10.0.0.2.5000 > 10.0.0.1.40000: Flags [S.], seq *, ack *, win 65160, options [mss 1460,sackOK,TS val * ecr *,nop,wscale 10], length 0 (glob)
  $ tcpdump -n -t -r all.pcap 'tcp[tcpflags] & (tcp-syn|tcp-fin) != 0' 2>/dev/null | sed -E 's/(seq|ack) [0-9]{6,}/\1 N/g; s/(val|ecr) [1-9][0-9]*/\1 T/g'
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
  IP 10.0.0.2.5000 > 10.0.0.1.40000: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val T ecr T,nop,wscale 10], length 0
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [F.], seq 6, ack 1, win 63, options [nop,nop,TS val T ecr T], length 0
  $ tcpdump -n -t -S -r all.pcap 'tcp[13] = 0x18' 2>/dev/null | sed -E 's/(seq|ack) [0-9]+(:[0-9]+)?/\1 N/g; s/(val|ecr) [1-9][0-9]*/\1 T/g'
  IP 10.0.0.1.40000 > 10.0.0.2.5000: Flags [P.], seq N, ack N, win 63, options [nop,nop,TS val T ecr T], length 5
  $ tcpdump -n -t -e -r all.pcap arp 2>/dev/null
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  $ tcpdump -n -t -q -r all.pcap 'udp or icmp' 2>/dev/null
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  IP 10.0.0.1.4444 > 10.0.0.2.5555: UDP, length 3
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 5555 unreachable, length 39
  $ tcpdump -n -t -v -r all.pcap udp 2>/dev/null | sed -E 's/id [0-9]+,/id N,/'
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.4444 > 10.0.0.2.5555: UDP, length 3
  $ tcpdump -n -t -x -r all.pcap 'udp' 2>/dev/null
  IP 10.0.0.1.4444 > 10.0.0.2.5555: UDP, length 3
  	0x0000:  4500 001f * 4000 4011 * 0a00 0001 (glob)
  	0x0010:  0a00 0002 115c 15b3 000b 141f 6869 0a
  $ tcpdump -n -t -A -r all.pcap 'tcp[13] & 8 != 0' 2>/dev/null | tail -1
  *hello (glob)
  $ tcpdump -n -t -r short.pcap 2>&1 | head -3
  reading from file short.pcap, link-type EN10MB (Ethernet), snapshot length 60
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  $ tcpdump -n -t -r short.pcap 'udp' 2>/dev/null
  IP 10.0.0.1.4444 > 10.0.0.2.5555: UDP, length 3
  $ tcpdump -n -t -v -r short.pcap 'icmp' 2>/dev/null | sed -E 's/id [0-9]+,/id N,/g'
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 84)
      10.0.0.2 > 10.0.0.1: ICMP echo reply, id N, seq 1, length 64
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 59)
      10.0.0.2 > 10.0.0.1:  [|icmp]
  $ tcpdump -n -t -r all.pcap 'tcp and' 2>&1
  reading from file all.pcap, link-type EN10MB (Ethernet), snapshot length 262144
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ tcpdump -n -t -r all.pcap -c 0
  tcpdump: invalid packet count 0
  [1]
