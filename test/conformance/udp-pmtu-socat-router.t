UDP datagrams that fit the sender's link but not the router's next one: with the default IP_PMTUDISC_WANT they carry DF, the router answers fragmentation needed; a connected socket takes it as a hard error (__udp4_lib_err: ICMP_FRAG_NEEDED with pmtudisc not DONT is EMSGSIZE) so socat's next read fails "Message too long", an unconnected one only learns the path MTU (ip-recverr makes it an error too); an unconnected socket's next datagram of that size leaves fragmented for the learnt 1400, while ip-mtu-discover=2 (DO) makes it a hard error again; ip-mtu-discover=0 never sets DF and the router fragments; counters and the route cache.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up mtu 1400
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b sh -c 'socat -u UDP-RECV:6000 - > got.txt & sleep 0.3'
  $ head -c 1472 /dev/zero | tr '\\0' x > big
  $ ip netns exec a sh -c '(cat big; sleep 0.3; cat big) | socat -b 2000 - UDP:10.2.0.2:6000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E read(5, BUF, 2000): Message too long
  $ ip -n a route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a nstat -asz IcmpInDestUnreachs UdpOutDatagrams IpFragCreates IpFragOKs
  #kernel
  IpFragOKs                       0                  0.0
  IpFragCreates                   0                  0.0
  IcmpInDestUnreachs              1                  0.0
  UdpOutDatagrams                 1                  0.0
  $ ip netns exec r nstat -asz IpFragFails IcmpOutDestUnreachs IpForwDatagrams
  #kernel
  IpForwDatagrams                 1                  0.0
  IpFragFails                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip -n a route flush cache
  $ ip netns exec a sh -c '(cat big; sleep 0.3; cat big) | socat -b 2000 - UDP-SENDTO:10.2.0.2:6000' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip netns exec a nstat -asz IcmpInDestUnreachs UdpOutDatagrams IpFragCreates IpFragOKs
  #kernel
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  IcmpInDestUnreachs              2                  0.0
  UdpOutDatagrams                 3                  0.0
  $ ip -n a route flush cache
  $ ip netns exec a sh -c '(cat big; sleep 0.3; cat big) | socat -b 2000 - UDP-SENDTO:10.2.0.2:6000,ip-recverr' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip netns exec a sh -c '(cat big; sleep 0.3; cat big) | socat -d -b 2000 - UDP-SENDTO:10.2.0.2:6000,ip-recverr' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip -n a route flush cache
  $ ip netns exec a sh -c '(cat big; sleep 0.3; cat big) | socat -b 2000 - UDP:10.2.0.2:6000,ip-mtu-discover=0' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip -n a route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec a sh -c '(cat big; sleep 0.3; cat big) | socat -b 2000 - UDP:10.2.0.2:6000,ip-mtu-discover=2' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat E read(5, BUF, 2000): Message too long
  $ ip netns exec a nstat -asz IcmpInDestUnreachs UdpOutDatagrams IpFragCreates IpFragOKs
  #kernel
  IpFragOKs                       4                  0.0
  IpFragCreates                   8                  0.0
  IcmpInDestUnreachs              4                  0.0
  UdpOutDatagrams                 10                 0.0
  $ ip netns exec r nstat -asz IpFragFails IpFragOKs IpFragCreates IcmpOutDestUnreachs IpForwDatagrams
  #kernel
  IpForwDatagrams                 14                 0.0
  IpFragOKs                       2                  0.0
  IpFragFails                     4                  0.0
  IpFragCreates                   4                  0.0
  IcmpOutDestUnreachs             4                  0.0
  $ sleep 0.3; ip netns exec b wc -c got.txt
  8832 got.txt
  $ ip netns exec b nstat -asz UdpInDatagrams IpReasmOKs
  #kernel
  IpReasmOKs                      6                  0.0
  UdpInDatagrams                  6                  0.0
