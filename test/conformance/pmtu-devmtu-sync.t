A device MTU change on the sender updates its learnt path MTUs (fib_sync_mtu/nh_update_mtu): lowering below the PMTU lowers it, raising it back restores the PMTU that equalled the old MTU, a larger PMTU is left alone.
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
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip -n a link set a0 mtu 1300
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ ip -n a link set a0 mtu 1500
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1500  (glob)
  $ ip -n a link set a0 mtu 1450
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1450  (glob)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.2.0.2 | sed -n 2p
  1380 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n a link set a0 mtu 1000
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.2.0.2 | sed -n 2p
  ping: local error: message too long, mtu=1000
  $ ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev a0 
      cache expires *sec mtu 1000  (glob)
  $ ip -n a link set a0 mtu 1500
  $ ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev a0 
      cache expires *sec mtu 1000  (glob)
  $ ip -n r link set r1 mtu 1300
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ ip -n r link set r1 mtu 1500
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.2.0.2 | sed -n 2p
  ping: local error: message too long, mtu=1300
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1300  (glob)
