tcpdump link-level and protocol filters: ether host/src/dst, broadcast, multicast, ether proto, ip proto, icmp[icmptype] comparisons, less/greater, with -e; and the filter syntax errors.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 brd + dev a0
  $ ip -n b addr add 10.0.0.2/24 brd + dev b0
  $ f() { ip netns exec a tcpdump -n -t -e -i a0 -c $1 "${@:2}" > out 2> err & sleep 0.5; ip -n a neigh flush all; ip netns exec a ping -c 1 10.0.0.2 > /dev/null; ip netns exec a ping -b -c 1 -W 1 10.0.0.255 > /dev/null 2>&1; echo x | ip netns exec a nc -u -w 0 -p 4444 10.0.0.2 5555; wait; cat out; tail -3 err | head -1; }
  $ f 2 broadcast
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.255: ICMP echo request, id *, seq 1, length 64 (glob)
  2 packets captured
  $ f 1 'ether broadcast and not arp'
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.255: ICMP echo request, id *, seq 1, length 64 (glob)
  1 packet captured
  $ f 3 'ether src 02:00:00:00:0b:01'
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 98: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 98: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  3 packets captured
  $ f 1 'ether dst 02:00:00:00:0b:01 and icmp'
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  1 packet captured
  $ f 1 'ether host 02:00:00:00:0b:01 and arp'
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  1 packet captured
  $ f 1 multicast
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  1 packet captured
  $ f 2 'ether proto 0x0806'
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  2 packets captured
  $ f 1 'ip proto 17'
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype IPv4 (0x0800), length 44: 10.0.0.1.4444 > 10.0.0.2.5555: UDP, length 2
  1 packet captured
  $ f 2 'ip proto \icmp and icmp[icmptype] != icmp-echo'
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 98: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 98: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  2 packets captured
  $ f 1 'icmp[icmptype] == icmp-echo and dst 10.0.0.255'
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.255: ICMP echo request, id *, seq 1, length 64 (glob)
  1 packet captured
  $ f 2 'udp or (icmp and greater 90)'
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 98: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  2 packets captured
  $ f 2 'ether[12:2] = 0x0800 and ip[9] = 1'
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype IPv4 (0x0800), length 98: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  2 packets captured
  $ ip netns exec a tcpdump -n -i a0 -c 1 'ether host 02:00:00:00'
  tcpdump: bogus ethernet address 02:00:00:
  [1]
  $ ip netns exec a tcpdump -n -i a0 -c 1 'ether proto nosuch'
  tcpdump: unknown ether proto 'nosuch'
  [1]
  $ ip netns exec a tcpdump -n -i a0 -c 1 'icmp[icmptype] = nosuch'
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ ip netns exec a tcpdump -n -i a0 -c 1 'portrange 10-'
  tcpdump: can't parse filter expression: syntax error
  [1]
  $ ip netns exec a tcpdump -n -i a0 -c 1 'net 10.0.0.1/24'
  tcpdump: non-network bits set in "10.0.0.1/24"
  [1]
