Fragmentation at a router seen with tcpdump -v on both sides: the router splits a ping and a UDP datagram into 1400-byte fragments (flags [+], offsets), and with DF set it answers need to frag (mtu 1400) quoting the original header.
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
  $ ip netns exec r tcpdump -l -n -t -v -i r1 icmp or udp > r1.out 2> r1.err &
  $ ip netns exec a tcpdump -l -n -t -v -i a0 icmp > a0.out 2> a0.err &
  $ sleep 1
  $ ip netns exec a ping -c 1 -s 2000 -p ab 10.2.0.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.2.0.2 > /dev/null; echo $?
  1
  $ echo hello | ip netns exec a nc -u -w1 -q0 10.2.0.2 9999; echo $?
  0
  $ sleep 1; kill %1 %2; wait
  $ sed -E 's/id [0-9]+/id N/; s/10.1.0.2.[0-9]+ > 10.2.0.2.9999/10.1.0.2.P > 10.2.0.2.9999/' r1.out
  IP (tos 0x0, ttl 63, id N, offset 0, flags [+], proto ICMP (1), length 1396)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1376
  IP (tos 0x0, ttl 63, id N, offset 1376, flags [+], proto ICMP (1), length 124)
      10.1.0.2 > 10.2.0.2: ip-proto-1
  IP (tos 0x0, ttl 63, id N, offset 1480, flags [none], proto ICMP (1), length 548)
      10.1.0.2 > 10.2.0.2: ip-proto-1
  IP (tos 0x0, ttl 64, id N, offset 0, flags [+], proto ICMP (1), length 1396)
      10.2.0.2 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 1376
  IP (tos 0x0, ttl 64, id N, offset 1376, flags [none], proto ICMP (1), length 652)
      10.2.0.2 > 10.1.0.2: ip-proto-1
  IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto UDP (17), length 34)
      10.1.0.2.P > 10.2.0.2.9999: UDP, length 6
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 62)
      10.2.0.2 > 10.1.0.2: ICMP 10.2.0.2 udp port 9999 unreachable, length 42
  	IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto UDP (17), length 34)
      10.1.0.2.P > 10.2.0.2.9999: UDP, length 6
  $ sed -E 's/id [0-9]+/id N/; s/10.1.0.2.[0-9]+ > 10.2.0.2.9999/10.1.0.2.P > 10.2.0.2.9999/' a0.out
  IP (tos 0x0, ttl 64, id N, offset 0, flags [+], proto ICMP (1), length 1500)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1480
  IP (tos 0x0, ttl 64, id N, offset 1480, flags [none], proto ICMP (1), length 548)
      10.1.0.2 > 10.2.0.2: ip-proto-1
  IP (tos 0x0, ttl 63, id N, offset 0, flags [+], proto ICMP (1), length 1396)
      10.2.0.2 > 10.1.0.2: ICMP echo reply, id N, seq 1, length 1376
  IP (tos 0x0, ttl 63, id N, offset 1376, flags [none], proto ICMP (1), length 652)
      10.2.0.2 > 10.1.0.2: ip-proto-1
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 1478)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1458
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 576)
      10.1.0.1 > 10.1.0.2: ICMP 10.2.0.2 unreachable - need to frag (mtu 1400), length 556
  	IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 1478)
      10.1.0.2 > 10.2.0.2: ICMP echo request, id N, seq 1, length 1458
  IP (tos 0xc0, ttl 63, id N, offset 0, flags [none], proto ICMP (1), length 62)
      10.2.0.2 > 10.1.0.2: ICMP 10.2.0.2 udp port 9999 unreachable, length 42
  	IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto UDP (17), length 34)
      10.1.0.2.P > 10.2.0.2.9999: UDP, length 6
  $ ip -n r -s link show r1 | sed -n 4p
            2194       4      0       0       0       0 
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails IpForwDatagrams IcmpOutDestUnreachs
  #kernel
  IpForwDatagrams                 7                  0.0
  IpFragOKs                       1                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   2                  0.0
  IcmpOutDestUnreachs             1                  0.0
