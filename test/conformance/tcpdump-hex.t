tcpdump -x, -xx, -X, -XX: the packet in hex (and ASCII), from the IP header or the Ethernet header.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:0b:01 dev a0
  $ ip netns exec a tcpdump -n -t -x -i a0 -c 2 > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 20 -p 41 10.0.0.2 > /dev/null
  $ wait
  $ sed -E '/0x0010/s/^(.{40}).*/\1/;/0x0020/d' out; cat err
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 28 (glob)
  	0x0000:  4500 0030 ???? 4000 4001 ???? 0a00 0001 (glob)
  	0x0010:  0a00 0002 0800 ???? ???? 0001  (glob)
  ARP, Request who-has 10.0.0.1 tell 10.0.0.2, length 28
  	0x0000:  0001 0800 0604 0001 0200 0000 0b01 0a00
  	0x0010:  0002 0000 0000 0000 0a00 0001
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  2 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -xx -i a0 -c 1 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 0 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 8 (glob)
  	0x0000:  0200 0000 0b01 0200 0000 0a01 0800 4500
  	0x0010:  001c ???? 4000 4001 ???? 0a00 0001 0a00 (glob)
  	0x0020:  0002 0800 ???? ???? 0001 (glob)
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  1 packet captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -X -i a0 -c 1 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 0 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 8 (glob)
  	0x0000:  4500 001c ???? 4000 4001 ???? 0a00 0001  E...??@.@.??.... (glob)
  	0x0010:  0a00 0002 0800 ???? ???? 0001            ......????.. (glob)
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  1 packet captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -XX -v -i a0 -c 1 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -s 0 -t 9 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  IP (tos 0x0, ttl 9, id *, offset 0, flags [DF], proto ICMP (1), length 28) (glob)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 8 (glob)
  	0x0000:  0200 0000 0b01 0200 0000 0a01 0800 4500  ..............E.
  	0x0010:  001c ???? 4000 0901 ???? 0a00 0001 0a00  ..??@...??...... (glob)
  	0x0020:  0002 0800 ???? ???? 0001                 ....????.. (glob)
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  1 packet captured
  2 packets received by filter
  0 packets dropped by kernel
