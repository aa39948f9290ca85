A vxlan's outer UDP checksum: with noudpcsum (VXLAN_F_UDP_ZERO_CSUM_TX) the encapsulating datagram leaves with checksum 0 (udp_set_csum() with nocheck: tcpdump -vv [no cksum]), with udpcsum (the default here) it carries one (offloaded on the veth: tcpdump sees it unfinished); ip -d -j link shows udp_csum; the inner datagrams are delivered either way.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a link add vx0 type vxlan id 10 remote 10.0.0.2 dstport 4789 dev a0 noudpcsum
  $ ip -n b link add vx0 type vxlan id 10 remote 10.0.0.1 dstport 4789 dev b0 udpcsum
  $ ip -n a link set vx0 address 02:00:00:00:aa:01 up
  $ ip -n b link set vx0 address 02:00:00:00:bb:01 up
  $ ip -n a addr add 192.168.9.1/24 dev vx0
  $ ip -n b addr add 192.168.9.2/24 dev vx0
  $ ip -n a -d link show vx0 | grep -o -E 'no?udpcsum'
  noudpcsum
  $ ip -n b -d link show vx0 | grep -o -E 'no?udpcsum'
  [1]
  $ ip -n a -d -j link show vx0 | grep -o -E '"udp_csum":(true|false)'
  "udp_csum":false
  $ ip -n b -d -j link show vx0 | grep -o -E '"udp_csum":(true|false)'
  "udp_csum":true
  $ ip netns exec b sh -c 'tcpdump -c 2 -l -vv -n -i b0 udp port 4789 and udp[28:2] = 0x0800 > cap.txt 2> cap.err & sleep 0.5'
  $ ip netns exec a ping -c 1 -W 2 192.168.9.2 | head -2
  PING 192.168.9.2 (192.168.9.2) 56(84) bytes of data.
  64 bytes from 192.168.9.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ sleep 0.5; ip netns exec b sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/g; s/cksum 0x[0-9a-f]+/cksum SUM/g; s/-> 0x[0-9a-f]+!/-> SUM!/; s/\.[0-9]+ > /.PORT > /; s/ > ([0-9.]+)\.[0-9]+: \[/ > \1.PORT: [/' cap.txt | grep -E 'cksum|IP \('
  IP (tos 0x0, ttl 64, id N, offset 0, flags [none], proto UDP (17), length 134)
      10.0.0.1.PORT > 10.0.0.2.PORT: [no cksum] VXLAN, flags [I] (0x08), vni 10
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
  IP (tos 0x0, ttl 64, id N, offset 0, flags [none], proto UDP (17), length 134)
      10.0.0.2.PORT > 10.0.0.1.PORT: [bad udp cksum SUM -> SUM!] VXLAN, flags [I] (0x08), vni 10
  IP (tos 0x0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 84)
