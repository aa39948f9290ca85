Fragment arithmetic through a router whose far link is narrower (1400, then 576 and 1006): datagram sizes around the fragment boundaries sent with -M dont (the sender fragments at 1500, the router again at its MTU), and the counters each step leaves: the sender's FragCreates, the router's FragOKs/FragCreates, the receiver's ReasmReqds/ReasmOKs, and the reply's own fragments back.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up; ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0; ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a; ip -n r2 addr add 10.0.3.1/24 dev r2b; ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1; ip -n r1 route add 10.0.3.0/24 via 10.0.2.2; ip -n r2 route add default via 10.0.2.1; ip -n b route add default via 10.0.3.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; done
  $ ip -n r2 link set r2b mtu 1400; ip -n b link set b0 mtu 1400
  $ for s in 1372 1373 1380 1472 1473 2752 2753 2952 2953 4000; do echo "$s: $(ip netns exec a ping -c 1 -W 1 -M dont -s $s 10.0.3.2 | sed -n 2p | sed -E 's/ time=.*//')"; done
  1372: 1380 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  1373: 1381 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  1380: 1388 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  1472: 1480 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  1473: 1481 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  2752: 2760 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  2753: 2761 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  2952: 2960 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  2953: 2961 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  4000: 4008 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpReasmReqds IpReasmOKs | tail -n +2
  IpReasmReqds                    23                 0.0
  IpReasmOKs                      9                  0.0
  IpFragOKs                       6                  0.0
  IpFragCreates                   14                 0.0
  $ ip netns exec r2 nstat -az IpFragOKs IpFragCreates IpFragFails IpForwDatagrams | tail -n +2
  IpForwDatagrams                 42                 0.0
  IpFragOKs                       12                 0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   24                 0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates | tail -n +2
  IpReasmReqds                    29                 0.0
  IpReasmOKs                      9                  0.0
  IpFragOKs                       9                  0.0
  IpFragCreates                   23                 0.0
  $ ip -n r2 link set r2b mtu 576; ip -n b link set b0 mtu 576
  $ for s in 548 549 552 1000 1472 1473 3000; do echo "$s: $(ip netns exec a ping -c 1 -W 1 -M dont -s $s 10.0.3.2 | sed -n 2p | sed -E 's/ time=.*//')"; done
  548: 556 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  549: 557 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  552: 560 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  1000: 1008 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  1472: 1480 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  1473: 1481 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  3000: 3008 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpReasmReqds IpReasmOKs | tail -n +2
  IpReasmReqds                    41                 0.0
  IpReasmOKs                      15                 0.0
  IpFragOKs                       8                  0.0
  IpFragCreates                   19                 0.0
  $ ip netns exec r2 nstat -az IpFragOKs IpFragCreates IpFragFails IpForwDatagrams | tail -n +2
  IpForwDatagrams                 71                 0.0
  IpFragOKs                       19                 0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   42                 0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates | tail -n +2
  IpReasmReqds                    49                 0.0
  IpReasmOKs                      15                 0.0
  IpFragOKs                       15                 0.0
  IpFragCreates                   41                 0.0
  $ ip -n r2 link set r2b mtu 1006; ip -n b link set b0 mtu 1006
  $ for s in 978 979 985 986 1958 1959 2000; do echo "$s: $(ip netns exec a ping -c 1 -W 1 -M dont -s $s 10.0.3.2 | sed -n 2p | sed -E 's/ time=.*//')"; done
  978: 986 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  979: 987 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  985: 993 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  986: 994 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  1958: 1966 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  1959: 1967 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  2000: 2008 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  $ ip netns exec r2 nstat -az IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       25                 0.0
  IpFragCreates                   54                 0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates | tail -n +2
  IpReasmReqds                    64                 0.0
  IpReasmOKs                      21                 0.0
  IpFragOKs                       21                 0.0
  IpFragCreates                   54                 0.0
  $ ip netns exec a ping -c 1 -W 1 -M want -s 2000 10.0.3.2 | sed -n 2p | sed -E 's/ time=.*//'
  2008 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 -M want -s 2000 10.0.3.2 | sed -n 2p | sed -E 's/ time=.*//'
  2008 bytes from 10.0.3.2: icmp_seq=1 ttl=62
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IcmpInDestUnreachs | tail -n +2
  IpFragOKs                       13                 0.0
  IpFragCreates                   29                 0.0
  IcmpInDestUnreachs              0                  0.0
