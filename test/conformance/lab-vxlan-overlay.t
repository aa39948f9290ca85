An overlay lab: two hypervisor namespaces joined by a routed underlay (a router between them), each with a bridge holding a vxlan (VNI 42, unicast remote) and a guest on a veth; the guests share 192.168.100.0/24 across the router; checked with bridge fdb, ip -d link, the underlay's UDP 4789 counters, tcpdump -nn -e on the underlay, the overlay MTU (1450) and a too-big ping. The bridges' IGMPv3 reports cross the tunnel at random times, so the counters they touch are matched as ranges.
  $ for n in hv1 hv2 r g1 g2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add up0 netns hv1 address 02:00:00:00:01:01 type veth peer name r1 netns r address 02:00:00:00:0f:01
  $ ip link add up0 netns hv2 address 02:00:00:00:02:01 type veth peer name r2 netns r address 02:00:00:00:0f:02
  $ ip -n r link set r1 up; ip -n r link set r2 up; ip -n r addr add 172.30.1.1/24 dev r1; ip -n r addr add 172.30.2.1/24 dev r2
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n hv1 link set up0 up; ip -n hv1 addr add 172.30.1.10/24 dev up0; ip -n hv1 route add default via 172.30.1.1
  $ ip -n hv2 link set up0 up; ip -n hv2 addr add 172.30.2.10/24 dev up0; ip -n hv2 route add default via 172.30.2.1
  $ ip -n hv1 link add vx42 address 02:00:00:00:42:01 type vxlan id 42 remote 172.30.2.10 local 172.30.1.10 dstport 4789
  $ ip -n hv2 link add vx42 address 02:00:00:00:42:02 type vxlan id 42 remote 172.30.1.10 local 172.30.2.10 dstport 4789
  $ ip -n hv1 -d link show vx42 | sed -n 1,3p | sed -E 's/ (minmtu|numtxqueues).*//'
  3: vx42: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:42:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0
      vxlan id 42 remote 172.30.2.10 local 172.30.1.10 srcport 0 0 dstport 4789 ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx addrgenmode eui64
  $ for h in hv1 hv2; do ip -n $h link add br0 address 02:00:00:00:00:0$(echo $h | cut -c3) type bridge; ip -n $h link set vx42 master br0 up; ip -n $h link set br0 up; done
  $ ip link add eth0 netns g1 address 02:00:00:00:aa:01 type veth peer name tap1 netns hv1
  $ ip link add eth0 netns g2 address 02:00:00:00:aa:02 type veth peer name tap2 netns hv2
  $ ip -n hv1 link set tap1 master br0 up; ip -n hv2 link set tap2 master br0 up
  $ ip -n g1 link set eth0 up mtu 1450; ip -n g1 addr add 192.168.100.1/24 dev eth0
  $ ip -n g2 link set eth0 up mtu 1450; ip -n g2 addr add 192.168.100.2/24 dev eth0
  $ ip -n hv1 link show br0 | head -1
  4: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ bridge -n hv1 fdb show dev vx42
  02:00:00:00:00:02 master br0 
  02:00:00:00:42:01 master br0 permanent
  02:00:00:00:00:02 dst 172.30.2.10 self 
  00:00:00:00:00:00 dst 172.30.2.10 self permanent
  $ ip netns exec g1 ping -c 1 -W 1 192.168.100.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.100.2: icmp_seq=1 ttl=64 
  $ ip netns exec r tcpdump -nn -e -i r2 -c 2 udp port 4789 > d1 2>/dev/null &
  $ sleep 1; ip netns exec g1 ping -c 1 -W 1 192.168.100.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.100.2: icmp_seq=1 ttl=64 
  $ sleep 0.5; kill $! 2>/dev/null; wait $!; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/; s/\.[0-9]+ > 172/.P > 172/' d1 | sort
  02:00:00:00:02:01 > 02:00:00:00:0f:02, ethertype IPv4 (0x0800), length 104: 172.30.2.10.P > 172.30.1.10.4789: VXLAN, flags [I] (0x08), vni 42
  02:00:00:00:0f:02 > 02:00:00:00:02:01, ethertype IPv4 (0x0800), length 104: 172.30.1.10.P > 172.30.2.10.4789: VXLAN, flags [I] (0x08), vni 42
  > 01:00:5e:00:00:16, ethertype IPv4 (0x0800), length 54: 0.0.0.0 > 224.0.0.22: igmp v3 report, 1 group record(s)
  > 01:00:5e:00:00:16, ethertype IPv4 (0x0800), length 54: 0.0.0.0 > 224.0.0.22: igmp v3 report, 1 group record(s)
  $ bridge -n hv1 fdb show dev vx42 | sort
  00:00:00:00:00:00 dst 172.30.2.10 self permanent
  02:00:00:00:00:02 dst 172.30.2.10 self 
  02:00:00:00:00:02 master br0 
  02:00:00:00:42:01 master br0 permanent
  02:00:00:00:aa:02 dst 172.30.2.10 self 
  02:00:00:00:aa:02 master br0 
  $ bridge -n hv1 fdb show br br0 | grep -v permanent | sort
  02:00:00:00:00:02 dev vx42 dst 172.30.2.10 self 
  02:00:00:00:00:02 dev vx42 master br0 
  02:00:00:00:aa:01 dev tap1 master br0 
  02:00:00:00:aa:02 dev vx42 dst 172.30.2.10 self 
  02:00:00:00:aa:02 dev vx42 master br0 
  $ ip -n g1 neigh show | sort
  192.168.100.2 dev eth0 lladdr 02:00:00:00:aa:02 REACHABLE 
  $ ip netns exec g1 ping -c 1 -W 1 -s 1422 -M do 192.168.100.2 | sed -n 2p | sed -E 's/time=.*//'
  1430 bytes from 192.168.100.2: icmp_seq=1 ttl=64 
  $ ip netns exec g1 ping -c 1 -W 1 -s 1423 -M do 192.168.100.2 2>&1 | sed -n 2p
  ping: local error: message too long, mtu=1450
  $ ip netns exec hv1 nstat -az UdpOutDatagrams UdpInDatagrams IpOutRequests | sed 1d
  IpOutRequests                   8                  0.0
  UdpInDatagrams                  6                  0.0
  UdpOutDatagrams                 0                  0.0
  $ ip netns exec r nstat -az IpForwDatagrams | sed 1d
  IpForwDatagrams                 1[23]                 0.0 (re)
  $ ip -n hv1 -s link show vx42 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            1726       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1726       6      0       0       0       0 
  $ ip -n hv2 link set vx42 down
  $ ip netns exec g1 ping -c 1 -W 1 192.168.100.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec hv2 nstat -az UdpNoPorts IcmpOutDestUnreachs | sed 1d
  IcmpOutDestUnreachs             [12]                  0.0 (re)
  UdpNoPorts                      [12]                  0.0 (re)
  $ ip netns exec hv1 nstat -az IcmpInDestUnreachs | sed 1d
  IcmpInDestUnreachs              [12]                  0.0 (re)
