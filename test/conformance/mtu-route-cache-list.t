Learnt path MTUs as ip route lists them: several exceptions on one next hop (show cache, -o, -j, a prefix selector, get with from), an exception learnt for a directly connected destination, flushing them (flush cache) and what an address change or route delete leaves.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b addr add 10.2.0.3/24 dev b0
  $ ip -n b addr add 10.2.0.4/24 dev b0
  $ ip -n r link set r1 mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a route show cache
  $ for d in 2 3 4; do ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.2.0.$d > /dev/null; done; echo $?
  1
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n a -o route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n a -j route show cache | sed -E 's/"expires":[0-9]+/"expires":N/g'
  []
  $ ip -n a route show cache 10.2.0.3 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n a route show cache 10.2.0.0/24 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n a route get 10.2.0.3 from 10.1.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.3 from 10.1.0.2 via 10.1.0.1 dev a0 uid 0 
      cache expires Nsec mtu 1400 
  $ ip -n a -j route get 10.2.0.4 | sed -E 's/"expires":[0-9]+/"expires":N/g'
  [{"dst":"10.2.0.4","gateway":"10.1.0.1","dev":"a0","prefsrc":"10.1.0.2","flags":[],"uid":0,"cache":[],"expires":N,"metrics":[{"mtu":1400}]}]
  $ ip -n a route flush cache 10.2.0.3
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n a route flush cache
  $ ip -n a route show cache
  $ ip -n r link set r0 mtu 1300
  $ ip -n a link set a0 mtu 1400
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1350 10.1.0.1 | sed -n 2p
  ping: sendmsg: No buffer space available
  $ ip -n a route get 10.1.0.1 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n r link set r0 mtu 1500
  $ ip -n a link set a0 mtu 1500
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.2.0.2 > /dev/null; ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 
      cache expires Nsec mtu 1400 
  $ ip -n a addr add 10.1.0.3/24 dev a0
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 
      cache expires Nsec mtu 1400 
  $ ip -n a route del default
  $ ip -n a route show cache
  $ ip -n a route add default via 10.1.0.1
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
