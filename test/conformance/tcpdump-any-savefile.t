tcpdump -i any -w: a savefile of link type LINUX_SLL2 (Linux cooked v2), read back with -r, -e (interface, direction, source address) and a filter run on the cooked header.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a link set lo up
  $ ip netns exec a tcpdump -n -i any -c 6 -w any.pcap 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ ip netns exec a ping -c 1 127.0.0.1 > /dev/null
  $ wait
  $ cat err
  tcpdump: data link type LINUX_SLL2
  tcpdump: listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144 bytes
  6 packets captured
  8 packets received by filter
  0 packets dropped by kernel
  $ tcpdump -n -t -r any.pcap
  reading from file any.pcap, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144
  Warning: interface names might be incorrect
  ?     Out ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ?     In  ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  ?     Out IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  ?     In  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  lo    In  IP 127.0.0.1 > 127.0.0.1: ICMP echo request, id *, seq 1, length 64 (glob)
  lo    In  IP 127.0.0.1 > 127.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  $ tcpdump -n -t -e -r any.pcap arp
  reading from file any.pcap, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144
  Warning: interface names might be incorrect
  ?     Out ifindex 2 02:00:00:00:0a:01 ethertype ARP (0x0806), length 48: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ?     In  ifindex 2 02:00:00:00:0b:01 ethertype ARP (0x0806), length 48: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  $ tcpdump -n -t -q -r any.pcap 'icmp and host 127.0.0.1'
  reading from file any.pcap, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144
  Warning: interface names might be incorrect
  lo    In  IP 127.0.0.1 > 127.0.0.1: ICMP echo request, id *, seq 1, length 64 (glob)
  lo    In  IP 127.0.0.1 > 127.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  $ tcpdump -n -t -v -r any.pcap 'icmp[icmptype] = icmp-echo and src 10.0.0.1'
  reading from file any.pcap, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144
  Warning: interface names might be incorrect
  ?     Out IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
