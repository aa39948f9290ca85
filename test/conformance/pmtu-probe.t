IP_PMTUDISC_PROBE (traceroute -F): DF set, but sized against the device MTU, not the learnt path MTU, so a probe larger than the path keeps drawing the router's fragmentation needed after the path MTU is learnt, where IP_PMTUDISC_DO (ping -M do) stops locally. iputils 20221126's ping has no -M probe.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b mtu 1400 type veth peer name b0 netns b address 02:00:00:00:0b:01 mtu 1400
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a ping -c 1 -M probe -s 1472 10.0.2.2
  ping: invalid -M argument: probe
  [2]
  $ ip netns exec a traceroute -n -F -q 1 -N 1 10.0.2.2 1500 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 1500 byte packets
   1  10.0.1.1 T ms
   2  10.0.1.1 T ms !F-1400
  $ ip -n a route get 10.0.2.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a traceroute -n -F -q 1 -N 1 10.0.2.2 1500 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 1500 byte packets
   1  10.0.1.1 T ms
   2  10.0.1.1 T ms !F-1400
  $ ip netns exec a ping -c 1 -M do -s 1472 10.0.2.2 | sed -n 2p
  ping: local error: message too long, mtu=1400
  $ ip netns exec a traceroute -n -F -q 1 -N 1 10.0.2.2 1501 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 1501 byte packets
   1  * T ms !F-1500
  $ ip netns exec a traceroute -n -F -q 1 -N 1 10.0.2.2 1400 | sed -E 's/ +[0-9]+\.[0-9]+ ms/ T ms/g'
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 1400 byte packets
   1  10.0.1.1 T ms
   2  10.0.2.2 T ms
  $ ip netns exec a nstat -asz IpFragOKs IpFragFails IpOutRequests IpOutTransmits
  #kernel
  IpOutRequests                   6                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     0                  0.0
  IpOutTransmits                  6                  0.0
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IpFragFails
  #kernel
  IpFragFails                     2                  0.0
  IcmpOutDestUnreachs             2                  0.0
