A host that sends to a group it joined gets its own copy back (ip_mc_output loopback; not seen by tcpdump), unless ip-multicast-loop=0; a multicast route's TTL: 1 by default, ip-multicast-ttl=N, TTL 0 stays on the host; counters of the sender.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add 224.0.0.0/4 dev a0
  $ ip -n b route add 224.0.0.0/4 dev b0
  $ ip netns exec a tcpdump -t -n -v -i a0 -c 3 udp > cap 2>&1 &
  $ ip netns exec b sh -c 'timeout 2 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:b0 CREATE:gotb & sleep 2.2' &
  $ ip netns exec a sh -c 'timeout 2 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:a0 CREATE:gota & sleep 2.2' &
  $ sleep 0.5
  $ echo one | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000
  $ echo two | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000,ip-multicast-loop=0
  $ echo three | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000,ip-multicast-ttl=5
  $ echo four | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000,ip-multicast-ttl=0
  $ wait; sleep 1.5; cat cap | sed -E 's/id [0-9]+/id N/; s/10.0.0.1.[0-9]+ >/10.0.0.1.PORT >/'
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto UDP (17), length 32)
      10.0.0.1.PORT > 239.1.1.1.5000: UDP, length 4
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto UDP (17), length 32)
      10.0.0.1.PORT > 239.1.1.1.5000: UDP, length 4
  IP (tos 0x0, ttl 5, id N, offset 0, flags [DF], proto UDP (17), length 34)
      10.0.0.1.PORT > 239.1.1.1.5000: UDP, length 6
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec a cat gota
  one
  three
  four
  $ ip netns exec b cat gotb
  one
  two
  three
  $ ip netns exec a nstat -az IpInReceives IpExtInMcastPkts IpOutRequests IpExtOutMcastPkts UdpInDatagrams UdpOutDatagrams
  #kernel
  IpInReceives                    7                  0.0
  IpOutRequests                   8                  0.0
  UdpInDatagrams                  3                  0.0
  UdpOutDatagrams                 4                  0.0
  IpExtInMcastPkts                3                  0.0
  IpExtOutMcastPkts               7                  0.0
  $ ip -n a -s link show a0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             216       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             356       7      0       0       0       0 
  $ ip netns exec b nstat -az IpInReceives IpExtInMcastPkts UdpInDatagrams
  #kernel
  IpInReceives                    7                  0.0
  UdpInDatagrams                  3                  0.0
  IpExtInMcastPkts                3                  0.0
