A learnt path MTU in the forms of ip that show it: route get with -d, fibmatch, -j (JSON) and -o, route show cache with table all / -d / match, flush cache by prefix, and a locked route's exception; then the router's own view of a forwarded destination.
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
  $ ip -n r2 link set r2b mtu 1400; ip -n b link set b0 mtu 1400
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.0.3.2 | sed -n 2p
  From 10.0.2.2 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a -d route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  unicast 10.0.3.2 via 10.0.1.1 dev a0 table main src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1400 
  $ ip -n a route get fibmatch 10.0.3.2
  default via 10.0.1.1 dev a0 
  $ ip -n a -j route get 10.0.3.2 | sed -E 's/"expires":[0-9]+/"expires":N/'
  [{"dst":"10.0.3.2","gateway":"10.0.1.1","dev":"a0","prefsrc":"10.0.1.2","flags":[],"uid":0,"cache":[],"expires":N,"metrics":[{"mtu":1400}]}]
  $ ip -n a -o route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 \    cache expires Nsec mtu 1400 
  $ ip -n a route show cache table all | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 
      cache expires Nsec mtu 1400 
  $ ip -n a -d route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  unicast 10.0.3.2 via 10.0.1.1 dev a0 
      cache expires Nsec mtu 1400 
  $ ip -n a route show cache 10.0.3.0/24 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n a route show cache match 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 
      cache expires Nsec mtu 1400 
  $ ip -n a -j route show cache | sed -E 's/"expires":[0-9]+/"expires":N/'
  [{"dst":"10.0.3.2","gateway":"10.0.1.1","dev":"a0","flags":[],"cache":[],"expires":N,"metrics":[{"mtu":1400}]}]
  $ ip -n a route flush cache 10.0.2.0/24
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n a route flush cache 10.0.3.0/24
  $ ip -n a route show cache
  $ ip -n a route add 10.0.3.0/24 via 10.0.1.1 mtu lock 1300
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1300 10.0.3.2 | sed -n 2p
  ping: local error: message too long, mtu=1300
  $ ip netns exec a ping -c 1 -W 1 -s 1350 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'
  1358 bytes from 10.0.3.2: icmp_seq=1 ttl=62 
  $ ip -n a route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache mtu lock 1300 
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n r1 route get 10.0.3.2 from 10.0.1.2 iif r1a | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 from 10.0.1.2 via 10.0.2.2 dev r1b 
      cache iif r1a 
  $ ip -n r1 route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip netns exec r1 ping -c 1 -W 1 -M do -s 1450 10.0.3.2 | sed -n 2p
  From 10.0.2.2 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n r1 route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n r1 route get 10.0.3.2 from 10.0.1.2 iif r1a | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 from 10.0.1.2 via 10.0.2.2 dev r1b 
      cache expires Nsec mtu 1400 iif r1a 
  $ ip -n r1 route get 10.0.3.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.3.2 via 10.0.2.2 dev r1b src 10.0.2.1 uid 0 
      cache expires Nsec mtu 1400 
