ip route get forms on a host that has learnt a path MTU: fibmatch shows the FIB route, not the exception; mtu/ipproto/sport/dport/connected keys; list and flush of the cache by forms iproute2 accepts or rejects.
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
  $ ip -n a route get fibmatch 10.2.0.2
  default via 10.1.0.1 dev a0 
  $ ip -n a route get 10.2.0.2 ipproto udp sport 1000 dport 2000
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route get 10.2.0.2 connected
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route get 10.2.0.2 from 10.1.0.2
  10.2.0.2 from 10.1.0.2 via 10.1.0.1 dev a0 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route get 10.2.0.2 from 10.1.0.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get to 10.2.0.2 dev a0
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route get 10.2.0.2 oif lo
  10.2.0.2 dev lo src 10.1.0.2 uid 0 
      cache <local> 
  $ ip -n a -4 route list cache
  10.2.0.2 via 10.1.0.1 dev a0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route list cached
  10.2.0.2 via 10.1.0.1 dev a0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route show cache table main
  10.2.0.2 via 10.1.0.1 dev a0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route show cache dev a0
  10.2.0.2 via 10.1.0.1 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route show cache dev lo
  $ ip -n a route show cache via 10.1.0.1
  10.2.0.2 dev a0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a route flush cache dev a0
  $ ip -n a route show cache
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip -n r route get 10.2.0.2 from 10.1.0.2 iif r0
  10.2.0.2 from 10.1.0.2 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.2 from 10.1.0.2 iif r0 fibmatch
  10.2.0.0/24 dev r1 proto kernel scope link src 10.2.0.1 
  $ ip -n r -d route get 10.2.0.2 from 10.1.0.2 iif r0
  unicast 10.2.0.2 from 10.1.0.2 dev r1 table main 
      cache iif r0 
