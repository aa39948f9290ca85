tcpdump -i any: the cooked v2 link type (LINUX_SLL2), the direction and interface of each packet, with and without -e and -v; lo's outgoing copies are not shown twice.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a link set lo up
  $ ip netns exec a tcpdump -n -t -i any -c 4 > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  a0    Out ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  a0    In  ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  a0    Out IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  a0    In  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  tcpdump: data link type LINUX_SLL2
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144 bytes
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip -n a neigh flush all
  $ ip netns exec a tcpdump -n -t -e -i any -c 4 > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  a0    Out ifindex 2 02:00:00:00:0a:01 ethertype ARP (0x0806), length 48: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  a0    In  ifindex 2 02:00:00:00:0b:01 ethertype ARP (0x0806), length 48: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  a0    Out ifindex 2 02:00:00:00:0a:01 ethertype IPv4 (0x0800), length 104: 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  a0    In  ifindex 2 02:00:00:00:0b:01 ethertype IPv4 (0x0800), length 104: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  tcpdump: data link type LINUX_SLL2
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144 bytes
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a tcpdump -n -t -v -e -i any -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 127.0.0.1 > /dev/null
  $ wait
  $ cat out err
  lo    In  ifindex 1 00:00:00:00:00:00 ethertype IPv4 (0x0800), length 104: (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      127.0.0.1 > 127.0.0.1: ICMP echo request, id *, seq 1, length 64 (glob)
  lo    In  ifindex 1 00:00:00:00:00:00 ethertype IPv4 (0x0800), length 104: (tos 0x0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 84) (glob)
      127.0.0.1 > 127.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  tcpdump: data link type LINUX_SLL2
  tcpdump: listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144 bytes
  2 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec b tcpdump -n -t -i any -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ wait
  $ cat out err
  b0    In  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  b0    Out IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  tcpdump: data link type LINUX_SLL2
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144 bytes
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
