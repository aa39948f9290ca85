Choosing the interface and TTL of multicast sends: a host with two links sends by its 224.0.0.0/4 route, by socat's ip-multicast-if=ADDR (out the device owning the address, from it), by ping -I DEV; ping -t N sets the multicast TTL, -L keeps its own copy from looping back; seen by tcpdump on each receiver.
  $ for h in a b c; do ip netns add $h; ip netns exec $h sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name c0 netns c address 02:00:00:00:0c:01
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n c link set c0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n a addr add 10.1.0.1/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0; ip -n c addr add 10.1.0.2/24 dev c0
  $ ip -n a route add 224.0.0.0/4 dev a0
  $ sleep 1
  $ ip netns exec b tcpdump -t -n -v -i b0 -c 3 'udp or icmp' > capb 2>&1 &
  $ ip netns exec c tcpdump -t -n -v -i c0 -c 3 'udp or icmp' > capc 2>&1 &
  $ sleep 0.3
  $ echo one | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000
  $ echo two | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000,ip-multicast-if=10.1.0.1
  $ echo three | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000,ip-multicast-if=10.0.0.1,ip-multicast-ttl=7
  $ ip netns exec a ping -c 1 -W 0.3 -I a1 239.1.1.1 | sed -n 1p
  PING 239.1.1.1 (239.1.1.1) from 10.1.0.1 a1: 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -W 0.3 -t 3 239.1.1.1 | sed -n 1p
  PING 239.1.1.1 (239.1.1.1) 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -W 0.3 -I a1 -t 9 -L 239.1.1.1 | sed -n 1p
  PING 239.1.1.1 (239.1.1.1) from 10.1.0.1 a1: 56(84) bytes of data.
  $ wait; sed -E 's/id [0-9]+/id N/; s/\.[0-9]+ > 239/.PORT > 239/; s/id [0-9]+, seq/id N, seq/' capb capc
  tcpdump: listening on b0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto UDP (17), length 32)
      10.0.0.1.PORT > 239.1.1.1.5000: UDP, length 4
  IP (tos 0x0, ttl 7, id N, offset 0, flags [DF], proto UDP (17), length 34)
      10.0.0.1.PORT > 239.1.1.1.5000: UDP, length 6
  IP (tos 0x0, ttl 3, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.PORT > 239.1.1.1: ICMP echo request, id N, seq 1, length 64
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
  tcpdump: listening on c0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto UDP (17), length 32)
      10.1.0.1.PORT > 239.1.1.1.5000: UDP, length 4
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.1.0.PORT > 239.1.1.1: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 9, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.1.0.PORT > 239.1.1.1: ICMP echo request, id N, seq 1, length 64
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a nstat -az IpOutRequests IpExtOutMcastPkts IcmpOutEchos UdpOutDatagrams
  #kernel
  IpOutRequests                   6                  0.0
  IcmpOutEchos                    3                  0.0
  UdpOutDatagrams                 3                  0.0
  IpExtOutMcastPkts               6                  0.0
