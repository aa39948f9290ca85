A device MTU change reaches the path MTUs learnt through it (fib_sync_mtu): a learnt pmtu above the new MTU comes down to it, one equal to the old MTU follows it up, a locked one (min_pmtu) is lowered and unlocked; the cached routes show it at once.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b mtu 1400 type veth peer name b0 netns b address 02:00:00:00:0b:01 mtu 1400
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.1.1 2>/dev/null; ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -M do -s 1472 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route get 10.0.2.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1400 
  $ ip -n a link set a0 mtu 1450
  $ ip -n a route get 10.0.2.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1400 
  $ ip -n a link set a0 mtu 1300
  $ ip -n a route get 10.0.2.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1300 
  $ ip -n a link set a0 mtu 1500
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.2 via 10.0.1.1 dev a0 
      cache expires Nsec mtu 1300 
  $ ip netns exec a ping -c 1 -M do -s 1472 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.2 via 10.0.1.1 dev a0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a ping -c 1 -M do -s 1400 10.0.2.2 | sed -n 2p
  ping: local error: message too long, mtu=1400
  $ ip -n a route flush cache
  $ ip netns exec a sysctl -qw net.ipv4.route.min_pmtu=1450
  $ ip netns exec a ping -c 1 -M do -s 1472 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route get 10.0.2.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu lock 1450 
  $ ip -n a link set a0 mtu 1460
  $ ip -n a route get 10.0.2.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu lock 1450 
  $ ip -n a link set a0 mtu 1420
  $ ip -n a route get 10.0.2.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires Nsec mtu 1420 
  $ ip -n r link set ra mtu 1300
  $ ip -n r route get 10.0.1.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 dev ra src 10.0.1.1 uid 0 
      cache 
