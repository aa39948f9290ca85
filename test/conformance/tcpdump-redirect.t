tcpdump sees an ICMP redirect: a host sends through a router on its own subnet, the router forwards and redirects (-v shows the new gateway and the quoted header).
  $ ip netns add h
  $ ip netns add r
  $ ip netns add d
  $ ip netns add lan
  $ for n in h r d lan; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip -n lan link add br0 type bridge
  $ ip -n lan link set br0 up
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns lan
  $ ip link add r0 netns r address 02:00:00:00:01:21 type veth peer name p2 netns lan
  $ ip link add d0 netns d address 02:00:00:00:00:10 type veth peer name p3 netns lan
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n d link set d0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n d addr add 192.168.0.10/24 dev d0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 192.168.0.10/32 via 192.168.0.121
  $ ip -n h neigh add 192.168.0.121 lladdr 02:00:00:00:01:21 dev h0
  $ ip -n r neigh add 192.168.0.10 lladdr 02:00:00:00:00:10 dev r0
  $ ip -n r neigh add 192.168.0.31 lladdr 02:00:00:00:00:31 dev r0
  $ ip -n d neigh add 192.168.0.31 lladdr 02:00:00:00:00:31 dev d0
  $ ip netns exec h tcpdump -n -t -e -i h0 -c 3 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec h ping -c 1 192.168.0.10 > /dev/null
  $ wait
  $ cat out err
  02:00:00:00:00:31 > 02:00:00:00:01:21, ethertype IPv4 (0x0800), length 98: 192.168.0.31 > 192.168.0.10: ICMP echo request, id *, seq 1, length 64 (glob)
  02:00:00:00:01:21 > 02:00:00:00:00:31, ethertype IPv4 (0x0800), length 126: 192.168.0.121 > 192.168.0.31: ICMP redirect 192.168.0.10 to host 192.168.0.10, length 92
  02:00:00:00:01:21 > 02:00:00:00:00:10, ethertype IPv4 (0x0800), length 98: 192.168.0.31 > 192.168.0.10: ICMP echo request, id *, seq 1, length 64 (glob)
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on h0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  3 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip -n h route flush cache
  $ ip netns exec h tcpdump -n -t -v -i h0 -c 3 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec h ping -c 1 192.168.0.10 > /dev/null
  $ wait
  $ cat out err
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      192.168.0.31 > 192.168.0.10: ICMP echo request, id *, seq 1, length 64 (glob)
  IP (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 112) (glob)
      192.168.0.121 > 192.168.0.31: ICMP redirect 192.168.0.10 to host 192.168.0.10, length 92
  	IP (tos 0x0, ttl 63, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      192.168.0.31 > 192.168.0.10: ICMP echo request, id *, seq 1, length 64 (glob)
  IP (tos 0x0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 84) (glob)
      192.168.0.10 > 192.168.0.31: ICMP echo reply, id *, seq 1, length 64 (glob)
  tcpdump: listening on h0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
