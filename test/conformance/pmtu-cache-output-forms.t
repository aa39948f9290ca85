PMTU exceptions in other output forms: ip -j/-d/-o route get and show cache, ip route get with a mark or tos, /proc/net/rt_cache, and ip route flush cache per prefix.
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
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.2.0.2 > /dev/null
  [1]
  $ ip -n a -j route get 10.2.0.2 | sed -E 's/"expires":[0-9]+/"expires":N/'
  [{"dst":"10.2.0.2","gateway":"10.1.0.1","dev":"a0","prefsrc":"10.1.0.2","flags":[],"uid":0,"cache":[],"expires":N,"metrics":[{"mtu":1400}]}]
  $ ip -n a -d route get 10.2.0.2
  unicast 10.2.0.2 via 10.1.0.1 dev a0 table main src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a -o route show cache
  10.2.0.2 via 10.1.0.1 dev a0 \\    cache expires *sec mtu 1400  (glob)
  $ ip -n a -j route show cache | sed -E 's/"expires":[0-9]+/"expires":N/'
  [{"dst":"10.2.0.2","gateway":"10.1.0.1","dev":"a0","flags":[],"cache":[],"expires":N,"metrics":[{"mtu":1400}]}]
  $ ip -n a -d route show cache
  unicast 10.2.0.2 via 10.1.0.1 dev a0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route get 10.2.0.2 mark 7
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 mark 7 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route get 10.2.0.2 tos 0x10
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route get 10.2.0.2 from 10.1.0.2 oif a0
  10.2.0.2 from 10.1.0.2 via 10.1.0.1 dev a0 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route get 10.2.0.9
  10.2.0.9 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip -n a route show cache 10.2.0.0/24
  $ ip -n a route show cache 10.3.0.0/24
  $ ip -n a route show table cache
  10.2.0.2 via 10.1.0.1 dev a0 
      cache expires *sec mtu 1400  (glob)
  $ ip netns exec a cat /proc/net/rt_cache
  Iface	Destination	Gateway 	Flags		RefCnt	Use	Metric	Source		MTU	Window	IRTT	TOS	HHRef	HHUptod	SpecDst                          
  $ ip -n a route flush cache 10.2.0.0/16
  $ ip -n a route show cache
  $ ip -n a -s route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache users 2 
