ping -M want / dont / do after a frag needed with a locked route MTU at the sender: the locked metric is not lowered by the router ICMP, -M want then fragments at the source without DF.
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
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1 mtu lock 1450
  $ ip netns exec a ping -c 1 -W 1 -M want -s 1420 10.2.0.2 | sed -n 2p
  1428 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache mtu lock 1450 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1420 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1430 10.2.0.2 | sed -n 2p
  ping: local error: message too long, mtu=1450
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 1420 10.2.0.2 | sed -n 2p
  1428 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M want -s 1500 10.2.0.2 | sed -n 2p
  1508 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IcmpInDestUnreachs
  #kernel
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  IcmpInDestUnreachs              1                  0.0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs
  #kernel
  IpFragOKs                       3                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   6                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip -n a route change 10.2.0.0/24 via 10.1.0.1 mtu 1450
  $ ip netns exec a ping -c 1 -W 1 -M want -s 1420 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip netns exec a ping -c 1 -W 1 -M want -s 1420 10.2.0.2 | sed -n 2p
  1428 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IcmpInDestUnreachs
  #kernel
  IpFragOKs                       2                  0.0
  IpFragCreates                   4                  0.0
  IcmpInDestUnreachs              2                  0.0
