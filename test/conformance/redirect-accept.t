Which redirects a host takes: accept_redirects is the OR of all and the device on a host, the AND on a router (a forwarding device).
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=0
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.accept_redirects=0
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.1
  10.9.9.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.accept_redirects=1
  $ ip netns exec h ping -c 1 -W 1 10.9.9.2 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.2
  10.9.9.2 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec h ping -c 1 -W 1 10.9.9.3 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.3
  10.9.9.3 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=1
  $ ip netns exec h ping -c 1 -W 1 10.9.9.4 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.4
  10.9.9.4 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -o -n h route show cache | sort
  10.9.9.2 via 192.168.0.40 dev h0 \\    cache <redirected> expires *sec  (glob)
  10.9.9.4 via 192.168.0.40 dev h0 \\    cache <redirected> expires *sec  (glob)
  $ ip netns exec h nstat -asz IcmpInRedirects
  #kernel
  IcmpInRedirects                 4                  0.0
  $ ip netns exec r nstat -asz IcmpOutRedirects
  #kernel
  IcmpOutRedirects                4                  0.0
