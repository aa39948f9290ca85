tcpdump filter expressions: protocols, host, src/dst, net, port, and/or/not and parentheses, on ARP, ICMP and UDP (traceroute) traffic.
f() flushes the neighbours before tcpdump starts (the entry of 10.0.0.9 left by the previous run went on probing into the next capture) and waits 0.1 s before traceroute (the second probe for 10.0.0.9 comes 1.004-1.032 s after the ping, on the timer wheel, and raced its UDP probe).
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ f() { ip -n a neigh flush all; ip netns exec a tcpdump -n -t -i a0 -c $1 "${@:2}" > out 2> err & sleep 0.5; ip -n a neigh flush all; ip netns exec a ping -c 1 10.0.0.2 > /dev/null; ip netns exec a ping -c 1 -W 1 10.0.0.9 > /dev/null; sleep 0.1; ip netns exec a traceroute -n -q 1 -m 1 10.0.0.2 > /dev/null; wait; cat out; tail -3 err; }
  $ f 3 icmp
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 33434 unreachable, length 68
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
  $ f 5 arp
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  5 packets captured
  5 packets received by filter
  0 packets dropped by kernel
  $ f 1 udp
  IP 10.0.0.1.* > 10.0.0.2.33434: UDP, length 32 (glob)
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ f 3 'arp and host 10.0.0.9'
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
  $ f 2 src host 10.0.0.2 and icmp
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 33434 unreachable, length 68
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ f 2 dst 10.0.0.1 and not arp
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 33434 unreachable, length 68
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ f 1 'udp and (port 33434 or port 53)'
  IP 10.0.0.1.* > 10.0.0.2.33434: UDP, length 32 (glob)
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ f 2 'net 10.0.0.0/24 and (icmp[0] = 0 or udp dst port 33434)'
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  IP 10.0.0.1.* > 10.0.0.2.33434: UDP, length 32 (glob)
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ f 1 'icmp[icmptype] = icmp-unreach'
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 33434 unreachable, length 68
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ f 1 ip proto 17 or ether src 02:00:00:00:0b:01 and udp
  IP 10.0.0.1.* > 10.0.0.2.33434: UDP, length 32 (glob)
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ f 4 'arp and ether broadcast'
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ f 6 'not icmp'
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  IP 10.0.0.1.* > 10.0.0.2.33434: UDP, length 32 (glob)
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  6 packets captured
  6 packets received by filter
  0 packets dropped by kernel
  $ f 2 'ether host 02:00:00:00:0b:01 and (arp or icmp[icmptype] != icmp-unreach)'
  ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  2 packets captured
  3 packets received by filter
  0 packets dropped by kernel
  $ f 1 'ip[8] = 1 and udp'
  IP 10.0.0.1.* > 10.0.0.2.33434: UDP, length 32 (glob)
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ f 2 'icmp and ip[2:2] > 80'
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
