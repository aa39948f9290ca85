UDP datagrams above the path MTU sent with nc -u to a port nobody listens on: the sender fragments for its own link, a router refragments for a smaller next hop (DF clear: nc leaves IP_PMTUDISC_WANT and the datagram does not fit), the receiver reassembles and answers port unreachable; a datagram that fits the first link but not the second carries DF and learns the path MTU.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1200
  $ ip -n b link set b0 mtu 1200
  $ ip netns exec a sh -c 'head -c 4000 /dev/zero | nc -u -w 1 10.2.0.2 9000'
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates UdpOutDatagrams IpOutRequests
  #kernel
  IpOutRequests                   1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  UdpOutDatagrams                 1                  0.0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails IpForwDatagrams IpOutTransmits
  #kernel
  IpForwDatagrams                 4                  0.0
  IpFragOKs                       2                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   4                  0.0
  IpOutTransmits                  6                  0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IpReasmReqds                    5                  0.0
  IpReasmOKs                      1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      1                  0.0
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec a sh -c 'head -c 1400 /dev/zero | nc -u -w 1 10.2.0.2 9000; head -c 1400 /dev/zero | nc -u -w 1 10.2.0.2 9000'
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates UdpOutDatagrams
  #kernel
  IpFragOKs                       2                  0.0
  IpFragCreates                   5                  0.0
  UdpOutDatagrams                 3                  0.0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails
  #kernel
  IpFragOKs                       2                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   4                  0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IpReasmReqds                    7                  0.0
  IpReasmOKs                      2                  0.0
  IcmpOutDestUnreachs             2                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      2                  0.0
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1200  (glob)
