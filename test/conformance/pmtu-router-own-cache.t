The router own path MTU cache: a frag needed from a second router updates the forwarding router exception only for its own traffic; ip_forward_use_pmtu decides whether forwarded packets obey it.
  $ for n in a r s b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add r1 netns r address 02:00:00:00:01:02 type veth peer name s0 netns s address 02:00:00:00:02:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name s1 netns s address 02:00:00:00:02:02
  $ for n in a r s b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n s link set s0 up; ip -n s link set s1 up mtu 1300; ip -n b link set b0 up mtu 1300
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0; ip -n r addr add 10.2.0.1/24 dev r1; ip -n s addr add 10.2.0.2/24 dev s0; ip -n s addr add 10.3.0.1/24 dev s1; ip -n b addr add 10.3.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1; ip -n r route add 10.3.0.0/24 via 10.2.0.2; ip -n s route add default via 10.2.0.1; ip -n b route add default via 10.3.0.1
  $ for n in r s; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec r ping -c 1 -W 1 -M do -s 1400 10.3.0.2 | sed -n 2p
  From 10.2.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip -n r route get 10.3.0.2
  10.3.0.2 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ ip -n r route get 10.3.0.2 from 10.1.0.2 iif r0
  10.3.0.2 from 10.1.0.2 via 10.2.0.2 dev r1 
      cache expires *sec mtu 1300 iif r0  (glob)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1400 10.3.0.2 | sed -n 2p
  From 10.2.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 1400 10.3.0.2 | sed -n 2p
  1408 bytes from 10.3.0.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip netns exec s nstat -az IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   0                  0.0
  IcmpOutDestUnreachs             2                  0.0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs IcmpInDestUnreachs
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   0                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpOutDestUnreachs             0                  0.0
  $ ip netns exec r sysctl -w net.ipv4.ip_forward_use_pmtu=1
  net.ipv4.ip_forward_use_pmtu = 1
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1400 10.3.0.2 | sed -n 2p
  ping: local error: message too long, mtu=1300
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 1400 10.3.0.2 | sed -n 2p
  1408 bytes from 10.3.0.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip netns exec s nstat -az IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   0                  0.0
  IcmpOutDestUnreachs             2                  0.0
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs IcmpInDestUnreachs
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   0                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpOutDestUnreachs             0                  0.0
  $ ip -n a route show cache
  10.3.0.2 via 10.1.0.1 dev a0 
      cache expires *sec mtu 1300  (glob)
  $ ip -n r route show cache
  10.3.0.2 via 10.2.0.2 dev r1 
      cache expires *sec mtu 1300  (glob)
