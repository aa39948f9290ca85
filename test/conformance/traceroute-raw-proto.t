traceroute -P (raw IP probes of a given protocol) through a router: TTL exceeded from the router, protocol unreachable (!P) from a destination that has no handler for the protocol; counters on the destination.
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
  $ ip netns exec a traceroute -n -q1 -w1 -P 47 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   1  10.1.0.1  * ms (glob)
   2  10.2.0.2  * ms !P (glob)
  $ ip netns exec a traceroute -n -q1 -w1 -P 132 10.2.0.2 100
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 100 byte packets
   1  10.1.0.1  * ms (glob)
   2  10.2.0.2  * ms !P (glob)
  $ ip netns exec b nstat -az IpInUnknownProtos IcmpOutDestUnreachs IcmpMsgOutType3 IpInDelivers
  #kernel
  IpInUnknownProtos               2                  0.0
  IpInDelivers                    0                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpMsgOutType3                 2                  0.0
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IpOutRequests
  #kernel
  IpOutRequests                   4                  0.0
  IcmpInDestUnreachs              2                  0.0
  IcmpInTimeExcds                 2                  0.0
  $ ip netns exec a traceroute -n -q2 -w1 -P 47 -f 2 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets
   2  10.2.0.2  * ms !P  * ms !P (glob)
  $ ip netns exec a traceroute -n -q1 -w1 -P 47 -m 1 10.2.0.2
  traceroute to 10.2.0.2 (10.2.0.2), 1 hops max, 60 byte packets
   1  10.1.0.1  * ms (glob)
  $ ip netns exec r nstat -az IcmpOutTimeExcds IpForwDatagrams IpInHdrErrors
  #kernel
  IpInHdrErrors                   3                  0.0
  IpForwDatagrams                 8                  0.0
  IcmpOutTimeExcds                3                  0.0
