A path MTU learnt through a multipath route is cached on every next hop (Linux 6.14 __ip_rt_update_pmtu: a later flow hashed to the other path needs no new "fragmentation needed"); a source address picks its path (nh_saddr); a route with one path keeps the exception on that path only.
  $ for n in s g1 g2 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add s0 netns s address 02:00:00:00:0a:01 type veth peer name e0 netns g1 address 02:00:00:00:01:01
  $ ip link add s1 netns s address 02:00:00:00:0a:02 type veth peer name e0 netns g2 address 02:00:00:00:02:01
  $ ip link add e1 netns g1 address 02:00:00:00:01:02 mtu 1400 type veth peer name b0 netns b address 02:00:00:00:0b:01 mtu 1400
  $ ip link add e1 netns g2 address 02:00:00:00:02:02 mtu 1400 type veth peer name b1 netns b address 02:00:00:00:0b:02 mtu 1400
  $ for n in s g1 g2 b; do ip -n $n link set lo up; done
  $ ip -n s link set s0 up; ip -n s link set s1 up; ip -n b link set b0 up; ip -n b link set b1 up
  $ for n in g1 g2; do ip -n $n link set e0 up; ip -n $n link set e1 up; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n s addr add 10.1.0.1/24 dev s0
  $ ip -n s addr add 10.2.0.1/24 dev s1
  $ ip -n g1 addr add 10.1.0.2/24 dev e0
  $ ip -n g2 addr add 10.2.0.2/24 dev e0
  $ ip -n g1 addr add 10.3.0.1/24 dev e1
  $ ip -n g2 addr add 10.4.0.1/24 dev e1
  $ ip -n b addr add 10.3.0.2/24 dev b0
  $ ip -n b addr add 10.4.0.2/24 dev b1
  $ ip -n b addr add 10.9.0.1/32 dev lo
  $ ip -n g1 route add 10.9.0.1 via 10.3.0.2
  $ ip -n g2 route add 10.9.0.1 via 10.4.0.2
  $ ip -n b route add 10.1.0.0/24 via 10.3.0.1
  $ ip -n b route add 10.2.0.0/24 via 10.4.0.1
  $ ip -n s route add 10.9.0.0/24 nexthop via 10.1.0.2 dev s0 nexthop via 10.2.0.2 dev s1
  $ ip netns exec s ping -c 1 -I 10.1.0.1 10.9.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=63 
  $ ip netns exec s ping -c 1 -I 10.2.0.1 10.9.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=63 
  $ ip -n s route show cache
  $ ip netns exec s ping -c 1 -W 1 -M do -s 1450 -I 10.1.0.1 10.9.0.1 | sed -n 2p
  From 10.1.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n s route get 10.9.0.1 from 10.1.0.1
  10.9.0.1 from 10.1.0.1 via 10.1.0.2 dev s0 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n s route get 10.9.0.1 from 10.2.0.1
  10.9.0.1 from 10.2.0.1 via 10.2.0.2 dev s1 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n s route show cache
  10.9.0.1 via 10.1.0.2 dev s0 
      cache expires *sec mtu 1400  (glob)
  10.9.0.1 via 10.2.0.2 dev s1 
      cache expires *sec mtu 1400  (glob)
  $ ip netns exec s ping -c 1 -W 1 -M do -s 1450 -I 10.2.0.1 10.9.0.1 | sed -n 2p
  ping: local error: message too long, mtu=1400
  $ ip netns exec s ping -c 1 -W 1 -M do -s 1372 -I 10.2.0.1 10.9.0.1 | sed -n 2p | sed -E 's/time=.*//'
  1380 bytes from 10.9.0.1: icmp_seq=1 ttl=63 
  $ ip netns exec s ping -c 1 -W 1 -M do -s 1450 10.9.0.1 | sed -n 2p
  ping: local error: message too long, mtu=1400
  $ ip netns exec g2 nstat -az IcmpOutDestUnreachs | tail -n +2
  IcmpOutDestUnreachs             0                  0.0
  $ ip netns exec g1 nstat -az IcmpOutDestUnreachs | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  $ ip -n s route flush cache
  $ ip -n s route show cache
  $ ip -n s route get 10.9.0.1 from 10.2.0.1
  10.9.0.1 from 10.2.0.1 via 10.2.0.2 dev s1 uid 0 
      cache 
  $ ip netns exec s ping -c 1 -W 1 -M do -s 1450 -I 10.2.0.1 10.9.0.1 | sed -n 2p
  From 10.2.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n s route show cache
  10.9.0.1 via 10.1.0.2 dev s0 
      cache expires *sec mtu 1400  (glob)
  10.9.0.1 via 10.2.0.2 dev s1 
      cache expires *sec mtu 1400  (glob)
  $ ip -n s route flush cache
  $ ip -n s route add 10.9.0.1/32 via 10.1.0.2 dev s0
  $ ip netns exec s ping -c 1 -W 1 -M do -s 1450 10.9.0.1 | sed -n 2p
  From 10.1.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n s route show cache
  $ ip -n s route get 10.9.0.1 from 10.2.0.1
  10.9.0.1 from 10.2.0.1 via 10.1.0.2 dev s0 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n s route get 10.9.0.1 from 10.2.0.1 oif s1
  10.9.0.1 from 10.2.0.1 via 10.2.0.2 dev s1 uid 0 
      cache 
  $ ip netns exec s nstat -az IcmpInDestUnreachs IpOutRequests | tail -n +2
  IpOutRequests                   6                  0.0
  IcmpInDestUnreachs              3                  0.0
