traceroute options through a router: -g (loose source route: dropped by a router with accept_source_route 0, forwarded with 1), -t tos, -N/-z pacing, -s/-i source selection, -e and --back on the replies.
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
  $ ip netns exec a traceroute -n -q1 -w1 -m 3 -g 10.1.0.1 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 3 hops max, 72 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec r nstat -az IpInHdrErrors IpInDiscards IpForwDatagrams IpInAddrErrors
  #kernel
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpInDiscards                    0                  0.0
  $ ip netns exec r sysctl -w net.ipv4.conf.all.accept_source_route=1 net.ipv4.conf.r0.accept_source_route=1
  net.ipv4.conf.all.accept_source_route = 1
  net.ipv4.conf.r0.accept_source_route = 1
  $ ip netns exec a traceroute -n -q1 -w1 -m 3 -g 10.1.0.1 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 3 hops max, 72 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec a traceroute -n -q1 -w1 -I -m 3 -g 10.1.0.1 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 3 hops max, 72 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec r nstat -az IpInHdrErrors IpInDiscards IpForwDatagrams
  #kernel
  IpInHdrErrors                   2                  0.0
  IpForwDatagrams                 4                  0.0
  IpInDiscards                    0                  0.0
  $ ip netns exec a traceroute -n -q1 -w1 -t 16 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   1  10.1.0.1  * ms (glob)
   2  10.2.0.2  * ms (glob)
  $ ip netns exec a traceroute -n -q2 -w1 -N 1 -z 10 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   1  10.1.0.1  * ms  * ms (glob)
   2  \* 10.2.0.2  * ms (glob)
  $ ip netns exec a traceroute -n -q1 -w1 -s 10.1.0.2 -i a0 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   1  10.1.0.1  * ms (glob)
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  10.2.0.2  * ms (glob)
  $ ip netns exec a traceroute -n -q1 -w1 -s 10.9.9.9 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
  bind: Cannot assign requested address
  [1]
  $ ip netns exec a traceroute -n -q1 -w1 -i b0 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
  setsockopt SO_BINDTODEVICE: No such device
  [1]
  $ ip netns exec a traceroute -n -q1 -w1 --back 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   1  10.1.0.1  * ms (glob)
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  10.2.0.2 '-2'  * ms (glob)
  $ ip netns exec a traceroute -n -q1 -w1 -e -I 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   1  10.1.0.1  * ms (glob)
   2  10.2.0.2  * ms (glob)
