The redirected next-hop exceptions in the route cache: ip route show cache with selectors, -s, -j, -o; ip route get fibmatch; a PMTU exception beside a redirect; what flushes them (ip route flush cache, sysctl route.flush, replacing or deleting the route, the link going down).
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n h route add 10.8.8.0/24 via 192.168.0.121 mtu 1400
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r route add 10.8.8.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ for i in 1 2 3; do ip netns exec h ping -c 1 -W 1 10.9.9.$i | sed -n 2p; done
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip netns exec h ping -c 1 -W 1 10.8.8.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route show cache
  $ ip -n h route show cache 10.9.9.2
  $ ip -n h route show cache 10.9.9.0/24
  $ ip -n h route show cache root 10.9.9.0/24
  $ ip -n h route show cache via 192.168.0.40
  $ ip -n h route show cache 10.7.7.7
  $ ip -n h -s route show cache 10.9.9.1
  $ ip -n h -j route show cache 10.9.9.1 | sed -E 's/"expires":[0-9]+/"expires":N/'
  []
  $ ip -n h -o route get 10.9.9.1
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 \\    cache <redirected> expires *sec  (glob)
  $ ip -n h route get fibmatch 10.9.9.1
  10.9.9.0/24 via 192.168.0.121 dev h0 
  $ ip -n h route get 10.8.8.1
  10.8.8.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec mtu 1400  (glob)
  $ ip -n h route show table all cache | wc -l
  4
  $ ip netns exec h sysctl net.ipv4.route.flush
  $ ip netns exec h sysctl -w net.ipv4.route.flush=1
  net.ipv4.route.flush = 1
  $ ip -n h route show cache
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip netns exec h ping -c 1 -W 1 10.8.8.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route show cache
  10.8.8.1 via 192.168.0.40 dev h0 
      cache <redirected> expires *sec mtu 1400  (glob)
  10.9.9.1 via 192.168.0.40 dev h0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route replace 10.8.8.0/24 via 192.168.0.121 mtu 1300
  $ ip -n h route show cache
  10.9.9.1 via 192.168.0.40 dev h0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h ping -c 1 -W 1 10.8.8.2 | sed -n 2p
  $ ip -n h route del 10.9.9.0/24
  $ ip -n h route show cache
  $ ip -n h route get 10.9.9.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n h link set h0 down
  $ ip -n h route show cache
  $ ip -n h link set h0 up
  $ ip -n h route add 10.8.8.0/24 via 192.168.0.121
  $ ip -n h route get 10.8.8.2
  10.8.8.2 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h nstat -az IcmpInRedirects | tail -n +2
  IcmpInRedirects                 6                  0.0
