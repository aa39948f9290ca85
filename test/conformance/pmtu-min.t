A "fragmentation needed" below net.ipv4.route.min_pmtu (552) is clamped to it and locks the path MTU: DF is no longer set (IP_PMTUDISC_WANT), the sender fragments at 552 and the router again at its 500.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 500
  $ ip -n b link set b0 up mtu 500
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 -s 1000 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 500)
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu lock 552  (glob)
  $ ip netns exec a ping -c 1 -W 1 -s 1000 10.2.0.2 | sed -n 2p
  1008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 600 10.2.0.2 | sed -n 2p
  ping: local error: message too long, mtu=552
  $ ip netns exec a ping -c 1 -W 1 -M do -s 500 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 500)
  $ ip netns exec a nstat -asz IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  $ ip netns exec r nstat -asz IpFragOKs IpFragCreates IpFragFails
  #kernel
  IpFragOKs                       1                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   2                  0.0
  $ ip -n a route flush cache
  $ ip netns exec a sysctl -qw net.ipv4.route.min_pmtu=400
  $ ip netns exec a ping -c 1 -W 1 -s 1000 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 500)
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 500  (glob)
  $ ip netns exec a ping -c 1 -W 1 -s 1000 10.2.0.2 | sed -n 2p
  1008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a sysctl -w net.ipv4.route.min_pmtu=60
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  [1]
  $ ip netns exec a sysctl net.ipv4.route.min_pmtu
  net.ipv4.route.min_pmtu = 400
