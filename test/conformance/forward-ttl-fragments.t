Time exceeded for fragments at a router: a fragmented ping with ttl 1 gets one error (fragment 0 only), every fragment counts as a header error; traceroute with large packets; ttl exceeded while reassembling.
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
  $ ip netns exec a ping -c 1 -W 1 -t 1 -s 3000 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r nstat -az IcmpOutTimeExcds IpInHdrErrors IpInReceives IpReasmReqds
  #kernel
  IpInReceives                    3                  0.0
  IpInHdrErrors                   3                  0.0
  IpReasmReqds                    0                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip netns exec a ping -c 1 -W 1 -t 2 -s 3000 10.2.0.2 | sed -n 2p
  3008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a traceroute -n -q1 -w1 10.2.0.2 3000
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 3000 byte packets
   1  10.1.0.1  * ms (glob)
   2  10.2.0.2  * ms (glob)
  $ ip netns exec a traceroute -n -q1 -w1 -I 10.2.0.2 3000
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 3000 byte packets
   1  10.1.0.1  * ms (glob)
   2  10.2.0.2  * ms (glob)
  $ ip netns exec a traceroute -n -q1 -w1 -F 10.2.0.2 1450
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 1450 byte packets
   1  10.1.0.1  * ms (glob)
   2  10.1.0.1  * ms !F-1400 (glob)
  $ ip netns exec r nstat -az IcmpOutTimeExcds IpInHdrErrors IpFragOKs IpFragCreates IpFragFails
  #kernel
  IpInHdrErrors                   10                 0.0
  IpFragOKs                       64                 0.0
  IpFragFails                     15                 0.0
  IpFragCreates                   128                0.0
  IcmpOutTimeExcds                4                  0.0
  $ ip netns exec a nstat -az IcmpInTimeExcds IcmpInDestUnreachs IpFragCreates
  #kernel
  IpFragCreates                   105                0.0
  IcmpInDestUnreachs              21                 0.0
  IcmpInTimeExcds                 4                  0.0
