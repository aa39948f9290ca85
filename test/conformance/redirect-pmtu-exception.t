A redirect (accepted only once the new gateway's neighbour entry is valid: h pings it first) and a path MTU on the same exception (fib_nh_exception holds both): a host redirected to the other gateway learns the far link's MTU from that gateway; ip route get/show cache show both, flush drops both, and when the MTU expires the exception goes with its redirect; the router's redirects back off (ip_rt_send_redirect: 20 ms << n_redirects).
  $ for n in h r g b s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add br0 address 02:00:00:00:00:fe type bridge
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name ph netns s
  $ ip link add r0 netns r address 02:00:00:00:00:02 type veth peer name pr netns s
  $ ip link add g0 netns g address 02:00:00:00:00:03 type veth peer name pg netns s
  $ ip link add g1 netns g address 02:00:00:00:00:13 type veth peer name b0 netns b address 02:00:00:00:00:14
  $ for p in ph pr pg; do ip -n s link set $p master br0; ip -n s link set $p up; done
  $ ip -n s link set br0 up; ip -n h link set h0 up; ip -n r link set r0 up; ip -n g link set g0 up; ip -n g link set g1 up mtu 1400; ip -n b link set b0 up mtu 1400
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n r addr add 10.0.0.2/24 dev r0; ip -n g addr add 10.0.0.3/24 dev g0; ip -n g addr add 10.9.0.254/24 dev g1; ip -n b addr add 10.9.0.1/24 dev b0
  $ ip -n h route add 10.9.0.0/24 via 10.0.0.2
  $ ip -n r route add 10.9.0.0/24 via 10.0.0.3
  $ ip -n b route add default via 10.9.0.254
  $ for n in r g; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec h sysctl -qw net.ipv4.route.mtu_expires=3
  $ ip netns exec h ping -c 1 -W 1 10.0.0.3 | sed -n 2p
  64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec h ping -c 1 -W 1 10.9.0.1 | sed -n 2p
  From 10.0.0.2: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)
  $ ip -n h route get 10.9.0.1
  10.9.0.1 via 10.0.0.3 dev h0 src 10.0.0.1 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h ping -c 1 -W 1 -M do -s 1450 10.9.0.1 | sed -n 2p
  From 10.0.0.3 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n h route get 10.9.0.1
  10.9.0.1 via 10.0.0.3 dev h0 src 10.0.0.1 uid 0 
      cache <redirected> expires *sec mtu 1400  (glob)
  $ ip -n h route show cache
  10.9.0.1 via 10.0.0.3 dev h0 
      cache <redirected> expires *sec mtu 1400  (glob)
  $ ip netns exec g nstat -az IcmpOutDestUnreachs IpFragFails
  #kernel
  IpFragFails                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip netns exec h ping -c 1 -W 1 -M do -s 1450 10.9.0.1 | sed -n 2p
  ping: local error: message too long, mtu=1400
  $ sleep 4
  $ ip -n h route get 10.9.0.1
  10.9.0.1 via 10.0.0.2 dev h0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec h ping -c 1 -W 1 -M do -s 1450 10.9.0.1 | sed -n 2p
  From 10.0.0.3 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n h route flush cache
  $ ip -n h route get 10.9.0.1
  10.9.0.1 via 10.0.0.2 dev h0 src 10.0.0.1 uid 0 
      cache 
  $ sleep 1
  $ ip netns exec h ping -c 1 -W 1 10.9.0.1 | sed -n 2p
  From 10.0.0.2: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)
  $ ip -n h route get 10.9.0.1
  10.9.0.1 via 10.0.0.3 dev h0 src 10.0.0.1 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 3                  0.0
  IcmpOutRedirects                3                  0.0
