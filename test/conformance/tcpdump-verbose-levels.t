tcpdump -v, -vv and -vvv on ARP, an ICMP echo, a UDP datagram and a TCP SYN: the IP header line, checksums ("udp sum ok", "cksum ... (correct)"), and what each level adds.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ for v in -v -vv -vvv; do ip netns exec b tcpdump -n -t $v -i b0 -c 6 '(arp and src host 10.0.0.1) or icmp or udp or tcp[13] = 2' > o$v 2> e$v & done; sleep 1
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ echo hi | ip netns exec a nc -u -w 1 -p 4444 10.0.0.2 5555
  $ ip netns exec a nc -z -p 4445 10.0.0.2 5556
  [1]
  $ wait
  $ for v in -v -vv -vvv; do echo "== $v"; sed -E 's/id [0-9]+,/id N,/g; s/(seq|ack) [0-9]{6,}/\1 N/g; s/(val|ecr) [1-9][0-9]*/\1 T/g; s/cksum 0x[0-9a-f]{4} \(correct\)/cksum C (correct)/; s/-> 0x[0-9a-f]{4}\)/-> C)/' o$v; done
  == -v
  ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 84)
      10.0.0.2 > 10.0.0.1: ICMP echo reply, id N, seq 1, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.4444 > 10.0.0.2.5555: UDP, length 3
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 59)
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 5555 unreachable, length 39
  	IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.4444 > 10.0.0.2.5555: UDP, length 3
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.4445 > 10.0.0.2.5556: Flags [S], cksum 0x1431 (incorrect -> C), seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
  == -vv
  ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 84)
      10.0.0.2 > 10.0.0.1: ICMP echo reply, id N, seq 1, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.4444 > 10.0.0.2.5555: [bad udp cksum 0x141f -> 0x525d!] UDP, length 3
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 59)
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 5555 unreachable, length 39
  	IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.4444 > 10.0.0.2.5555: [bad udp cksum 0x141f -> 0x525d!] UDP, length 3
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.4445 > 10.0.0.2.5556: Flags [S], cksum 0x1431 (incorrect -> C), seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
  == -vvv
  ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 84)
      10.0.0.2 > 10.0.0.1: ICMP echo reply, id N, seq 1, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.4444 > 10.0.0.2.5555: [bad udp cksum 0x141f -> 0x525d!] UDP, length 3
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 59)
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 5555 unreachable, length 39
  	IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.4444 > 10.0.0.2.5555: [bad udp cksum 0x141f -> 0x525d!] UDP, length 3
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.4445 > 10.0.0.2.5556: Flags [S], cksum 0x1431 (incorrect -> C), seq N, win 64240, options [mss 1460,sackOK,TS val T ecr 0,nop,wscale 10], length 0
