tcpdump -w writes a classic pcap file (microsecond timestamps, the link type, the snapshot length); -r reads it back with the timestamp formats (-t, -tt, -ttt) and -e, with a filter run in userland; -s cuts the capture.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:0b:01 dev a0
  $ ip netns exec a tcpdump -n -i a0 -c 4 -w f.pcap icmp 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 2 -i 0.5 10.0.0.2 > /dev/null
  $ wait
  $ cat err
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ tcpdump -n -t -r f.pcap
  reading from file f.pcap, link-type EN10MB (Ethernet), snapshot length 262144
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 2, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 2, length 64 (glob)
  $ tcpdump -n -tt -r f.pcap | sed -E 's/^[0-9]+\.[0-9]+ /T /'
  reading from file f.pcap, link-type EN10MB (Ethernet), snapshot length 262144
  T IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  T IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  T IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 2, length 64 (glob)
  T IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 2, length 64 (glob)
  $ tcpdump -n -ttt -r f.pcap | sed -E 's/^ 00:00:0[0-9]\.[0-9]+ /D /'
  reading from file f.pcap, link-type EN10MB (Ethernet), snapshot length 262144
  D IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  D IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  D IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 2, length 64 (glob)
  D IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 2, length 64 (glob)
  $ tcpdump -n -e -c 1 -r f.pcap | sed -E 's/^..:..:..\.[0-9]+ /T /'
  reading from file f.pcap, link-type EN10MB (Ethernet), snapshot length 262144
  T 02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  $ tcpdump -n -t -r f.pcap 'icmp[icmptype] = icmp-echoreply'
  reading from file f.pcap, link-type EN10MB (Ethernet), snapshot length 262144
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 2, length 64 (glob)
  $ ip netns exec a tcpdump -n -i a0 -c 1 -s 60 -w g.pcap icmp 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ wait
  $ tcpdump -n -t -v -r g.pcap
  reading from file g.pcap, link-type EN10MB (Ethernet), snapshot length 60
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  $ tcpdump -n -t -r nosuch.pcap
  tcpdump: nosuch.pcap: No such file or directory
  [1]
