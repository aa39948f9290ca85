Multicast UDP delivery: without a route to 224.0.0.0/4 sendto fails (ENETUNREACH), with one the datagram leaves; every socket bound to the port on a device in the group hears it (IP_MULTICAST_ALL), a group the host did not join is dropped before UDP; counters InMcastPkts/OutMcastPkts, UdpInDatagrams, link mcast.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ echo hi | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/'
  socat E sendto(5, 0xP, 3, 0, AF=2 239.1.1.1:5000, 16): Network is unreachable
  $ ip netns exec a nstat -az IpOutNoRoutes IpExtOutMcastPkts
  #kernel
  IpOutNoRoutes                   1                  0.0
  IpExtOutMcastPkts               0                  0.0
  $ ip -n a route add 224.0.0.0/4 dev a0
  $ ip -n a route get 239.1.1.1
  multicast 239.1.1.1 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> 
  $ ip netns exec b sh -c 'timeout 1 socat -u UDP4-RECV:5000,reuseaddr,ip-add-membership=239.1.1.1:b0 CREATE:got1 & timeout 1 socat -u UDP4-RECV:5000,reuseaddr CREATE:got2 & timeout 1 socat -u UDP4-RECV:5001 CREATE:got3 & sleep 1.2' &
  $ sleep 0.5
  $ ip netns exec b ss -Huan | sed -E 's/ +/ /g' | sort
  UNCONN 0 0 0.0.0.0:5000 0.0.0.0:*
  UNCONN 0 0 0.0.0.0:5000 0.0.0.0:*
  UNCONN 0 0 0.0.0.0:5001 0.0.0.0:*
  $ echo hello | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000
  $ echo other | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.2:5000
  $ echo nobody | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5002
  $ wait; ip netns exec b sh -c 'cat got1 got2 got3'
  hello
  hello
  $ ip netns exec b nstat -az IpInReceives IpExtInMcastPkts IpInDiscards IpInAddrErrors UdpInDatagrams UdpNoPorts UdpIgnoredMulti IpExtInMcastOctets
  #kernel
  IpInReceives                    3                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDiscards                    0                  0.0
  UdpInDatagrams                  2                  0.0
  UdpNoPorts                      0                  0.0
  UdpIgnoredMulti                 1                  0.0
  IpExtInMcastPkts                2                  0.0
  IpExtInMcastOctets              69                 0.0
  $ ip netns exec a nstat -az IpOutRequests IpExtOutMcastPkts IpExtOutMcastOctets
  #kernel
  IpOutRequests                   3                  0.0
  IpExtOutMcastPkts               3                  0.0
  IpExtOutMcastOctets             103                0.0
  $ ip -n b -s link show b0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             145       3      0       0       0       0 
  $ ip -n a -s link show a0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             145       3      0       0       0       0 
  $ echo late | ip netns exec a socat -u - UDP4-SENDTO:239.1.1.1:5000
  $ ip netns exec b nstat -az IpExtInMcastPkts UdpIgnoredMulti
  #kernel
  UdpIgnoredMulti                 1                  0.0
  IpExtInMcastPkts                2                  0.0
