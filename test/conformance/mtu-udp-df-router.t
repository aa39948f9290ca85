UDP through a router with a smaller MTU: DF on datagrams that fit (IP_PMTUDISC_WANT), fragments without DF for larger ones, need to frag lowers the path MTU for later sends, and what ss/nstat say.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b nc -u -l 10.2.0.2 9000 > got &
  $ sleep 0.5
  $ ip netns exec r tcpdump -l -n -t -v -i r0 udp or icmp > r0.out 2> r0.err &
  $ sleep 1
  $ head -c 1450 /dev/zero | ip netns exec a nc -u -w1 -q1 -p 5555 10.2.0.2 9000
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ head -c 1450 /dev/zero | ip netns exec a nc -u -w1 -q1 -p 5555 10.2.0.2 9000
  $ head -c 3000 /dev/zero | ip netns exec a nc -u -w1 -q1 -p 5555 10.2.0.2 9000
  $ sleep 0.5; kill %2; wait %2
  $ sed -E 's/id [0-9]+/id N/g' r0.out
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 1478)
      10.1.0.2.5555 > 10.2.0.2.9000: UDP, length 1450
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 576)
      10.1.0.1 > 10.1.0.2: ICMP 10.2.0.2 unreachable - need to frag (mtu 1400), length 556
  	IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 1478)
      10.1.0.2.5555 > 10.2.0.2.9000: UDP, length 1450
  IP (tos 0x0, ttl 64, id N, offset 0, flags [+], proto UDP (17), length 1396)
      10.1.0.2.5555 > 10.2.0.2.9000: UDP, length 1450
  IP (tos 0x0, ttl 64, id N, offset 1376, flags [none], proto UDP (17), length 102)
      10.1.0.2 > 10.2.0.2: ip-proto-17
  IP (tos 0x0, ttl 64, id N, offset 0, flags [+], proto UDP (17), length 1396)
      10.1.0.2.5555 > 10.2.0.2.9000: UDP, length 3000
  IP (tos 0x0, ttl 64, id N, offset 1376, flags [+], proto UDP (17), length 1396)
      10.1.0.2 > 10.2.0.2: ip-proto-17
  IP (tos 0x0, ttl 64, id N, offset 2752, flags [none], proto UDP (17), length 276)
      10.1.0.2 > 10.2.0.2: ip-proto-17
  $ kill %1; wait
  $ wc -c < got
  4450
  $ ip netns exec a nstat -az UdpOutDatagrams IpFragCreates IpFragOKs IcmpInDestUnreachs UdpInErrors
  #kernel
  IpFragOKs                       2                  0.0
  IpFragCreates                   5                  0.0
  IcmpInDestUnreachs              1                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 3                  0.0
  $ ip netns exec r nstat -az IpFragFails IpFragOKs IpFragCreates IcmpOutDestUnreachs
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   0                  0.0
  IcmpOutDestUnreachs             1                  0.0
