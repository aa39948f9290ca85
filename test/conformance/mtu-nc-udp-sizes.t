nc -u sends what each read of its input gives, at most 16 KiB (BUFSIZE), as one datagram: a 40000-byte file is three datagrams, fragmented by the sender and again by a router with a narrower link, reassembled for the listener; to a port nobody listens on, the ICMP refusal of the first datagram makes the next poll() drop the socket, so only one leaves.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ head -c 40000 /dev/zero > f40k; head -c 70000 /dev/zero > f70k
  $ ip netns exec b sh -c 'nc -u -l 9000 > got & sleep 2; kill $!' &
  $ sleep 0.5; ip netns exec a sh -c 'nc -u -w 1 10.2.0.2 9000 < f40k'; echo $?
  0
  $ wait; wc -c < got
  40000
  $ ip netns exec a nstat -az UdpOutDatagrams IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       3                  0.0
  IpFragCreates                   29                 0.0
  UdpOutDatagrams                 3                  0.0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpForwDatagrams | tail -n +2
  IpForwDatagrams                 29                 0.0
  IpFragOKs                       26                 0.0
  IpFragCreates                   52                 0.0
  $ ip netns exec b nstat -az UdpInDatagrams IpReasmReqds IpReasmOKs | tail -n +2
  IpReasmReqds                    55                 0.0
  IpReasmOKs                      3                  0.0
  UdpInDatagrams                  3                  0.0
  $ ip netns exec a sh -c 'nc -u -w 1 10.2.0.2 9001 < f70k'; echo $?
  0
  $ ip netns exec a nstat -az UdpOutDatagrams IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              1                  0.0
  UdpOutDatagrams                 4                  0.0
  $ ip netns exec b nstat -az UdpNoPorts IcmpOutDestUnreachs | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  UdpNoPorts                      1                  0.0
  $ ip netns exec a sh -c 'nc -u -w 1 127.0.0.1 9002 < f70k'; echo $?
  0
  $ ip netns exec a nstat -az UdpOutDatagrams UdpNoPorts | tail -n +2
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 5                  0.0
  $ ip netns exec b sh -c 'nc -u -l 9003 > got2 & sleep 2; kill $!' &
  $ sleep 0.5; ip netns exec a sh -c 'head -c 3000 /dev/zero | nc -u -w 1 10.2.0.2 9003'; echo $?
  0
  $ wait; wc -c < got2
  3000
  $ ip netns exec b nstat -az UdpInDatagrams IpReasmOKs | tail -n +2
  IpReasmOKs                      5                  0.0
  UdpInDatagrams                  4                  0.0
