tcpdump -v on both legs of a masquerading router for a fragmented ping: the sender's fragments (offsets, [+] flags, lengths), the router's refragmentation after conntrack reassembly with the translated source, the reply's fragments; -c counts and the summary lines.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add h2
  $ for n in h1 r h2; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add p0 netns h2 address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in h1 r h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n h2 link set p0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n h2 addr add 203.0.113.2/24 dev p0
  $ ip -n h1 route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip -n r link set r1 mtu 1000
  $ ip -n h2 link set p0 mtu 1000
  $ ip netns exec r tcpdump -l -n -v -i r0 -c 4 icmp > r0.txt 2>&1 &
  $ ip netns exec r tcpdump -l -n -v -i r1 -c 6 icmp > r1.txt 2>&1 &
  $ sleep 0.5; ip netns exec h1 ping -c 1 -s 2000 -W 1 203.0.113.2 | sed -n 2p
  2008 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ sleep 0.5; sed -E 's/^[0-9:.]+ //; s/id [0-9]+,/id ID,/; s/, id [0-9]+, seq/, id ID, seq/' r0.txt
  tcpdump: listening on r0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [+], proto ICMP (1), length 1500)
      192.168.1.2 > 203.0.113.2: ICMP echo request, id ID, seq 1, length 1480
  IP (tos 0x0, ttl 64, id ID, offset 1480, flags [none], proto ICMP (1), length 548)
      192.168.1.2 > 203.0.113.2: ip-proto-1
  IP (tos 0x0, ttl 63, id ID, offset 0, flags [+], proto ICMP (1), length 996)
      203.0.113.2 > 192.168.1.2: ICMP echo reply, id ID, seq 1, length 976
  IP (tos 0x0, ttl 63, id ID, offset 976, flags [+], proto ICMP (1), length 996)
      203.0.113.2 > 192.168.1.2: ip-proto-1
  packets captured
  packets received by filter
  packets dropped by kernel
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+,/id ID,/; s/, id [0-9]+, seq/, id ID, seq/' r1.txt
  tcpdump: listening on r1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0x0, ttl 63, id ID, offset 0, flags [+], proto ICMP (1), length 996)
      203.0.113.1 > 203.0.113.2: ICMP echo request, id ID, seq 1, length 976
  IP (tos 0x0, ttl 63, id ID, offset 976, flags [+], proto ICMP (1), length 996)
      203.0.113.1 > 203.0.113.2: ip-proto-1
  IP (tos 0x0, ttl 63, id ID, offset 1952, flags [none], proto ICMP (1), length 76)
      203.0.113.1 > 203.0.113.2: ip-proto-1
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [+], proto ICMP (1), length 996)
      203.0.113.2 > 203.0.113.1: ICMP echo reply, id ID, seq 1, length 976
  IP (tos 0x0, ttl 64, id ID, offset 976, flags [+], proto ICMP (1), length 996)
      203.0.113.2 > 203.0.113.1: ip-proto-1
  IP (tos 0x0, ttl 64, id ID, offset 1952, flags [none], proto ICMP (1), length 76)
      203.0.113.2 > 203.0.113.1: ip-proto-1
  packets captured
  packets received by filter
  packets dropped by kernel
