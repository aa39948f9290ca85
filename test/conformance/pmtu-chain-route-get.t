ip route get and ip route show cache after path MTU learning along a chain of two narrowing links (1400 then 1300): the exception of each step, one per destination, 'mtu lock' from min_pmtu, expires counting from mtu_expires, the forms of route get (from, iif, mark, oif, connected), and flush.
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
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n r1 link set r1b mtu 1400; ip -n r2 link set r2a mtu 1400
  $ ip -n r2 link set r2b mtu 1300; ip -n b link set b0 mtu 1300
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.0.3.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.0.3.2 | sed -n 2p
  From 10.0.2.2 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1300 
  $ ip -n a route get 10.0.3.1 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.1 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.0.3.1 | sed -n 2p
  1380 bytes from 10.0.3.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.0.2.2 | sed -n 2p
  1380 bytes from 10.0.2.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 
      cache expires Nsec mtu 1300 
  $ ip -n a route get 10.0.3.2 from 10.0.1.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 from 10.0.1.2 via 10.0.1.1 dev a0 uid 0 
      cache expires Nsec mtu 1300 
  $ ip -n a route get 10.0.3.2 oif a0 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1300 
  $ ip -n a route get 10.0.3.2 mark 5 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 mark 5 uid 0 
      cache expires Nsec mtu 1300 
  $ ip -n a route get 10.0.3.2 tos 0x10 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1300 
  $ ip -n a route get 10.0.3.2 connected | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1300 
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1300 
  $ ip -n r1 route get 10.0.3.2 from 10.0.1.2 iif r1a
  10.0.3.2 from 10.0.1.2 via 10.0.2.2 dev r1b 
      cache iif r1a 
  $ ip -n r1 route get 10.0.3.2
  10.0.3.2 via 10.0.2.2 dev r1b src 10.0.2.1 uid 0 
      cache 
  $ ip netns exec a sysctl -qw net.ipv4.route.min_pmtu=1350
  $ ip -n a route flush cache
  $ ip netns exec a ping -c 1 -W 1 -s 1372 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'
  From 10.0.2.2 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'
  ping: local error: message too long, mtu=1350
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu lock 1350 
  $ ip netns exec a ping -c 1 -W 1 -s 1400 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'
  1408 bytes from 10.0.3.2: icmp_seq=1 ttl=62 
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu lock 1350 
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IcmpInDestUnreachs | tail -n +2
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  IcmpInDestUnreachs              3                  0.0
  $ ip netns exec r2 nstat -az IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs | tail -n +2
  IpFragOKs                       1                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   2                  0.0
  IcmpOutDestUnreachs             2                  0.0
  $ ip -o -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 \    cache expires Nsec mtu lock 1350 
  $ ip -n a route flush cache 10.0.3.2
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip netns exec a sysctl -qw net.ipv4.route.mtu_expires=2 net.ipv4.route.min_pmtu=552
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.0.3.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route get 10.0.3.2
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ sleep 3
  $ ip -n a route get 10.0.3.2
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache 
  $ ip -n a route show cache
