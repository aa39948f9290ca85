Redirect acceptance on a medium that is not shared (shared_media=0): the new gateway must be on link with the old one and, with secure_redirects, already a gateway of one of our routes on that device; a new gateway whose address is not resolved is not taken.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n r addr add 172.16.0.1/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r route add 10.9.9.5 via 172.16.0.9
  $ ip -n r route add 10.9.9.6 via 192.168.0.77
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n r neigh add 192.168.0.77 lladdr 02:00:00:00:00:77 dev r0 nud permanent
  $ ip -n r neigh add 172.16.0.9 lladdr 02:00:00:00:00:09 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.shared_media=0
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.shared_media=0
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.1
  10.9.9.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip -n h route add 10.8.0.0/16 via 192.168.0.40
  $ ip netns exec h ping -c 1 -W 1 10.9.9.2 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.2
  10.9.9.2 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route del 10.8.0.0/16
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.secure_redirects=0
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.secure_redirects=0
  $ ip netns exec h ping -c 1 -W 1 10.9.9.3 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.3
  10.9.9.3 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h ping -c 1 -W 1 10.9.9.5 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 172.16.0.9)
  $ ip -n h route get 10.9.9.5
  10.9.9.5 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h ping -c 1 -W 1 10.9.9.6 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.77)
  $ ip -n h route get 10.9.9.6
  10.9.9.6 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip -n h neigh show 192.168.0.77
  192.168.0.77 dev h0 INCOMPLETE 
  $ ip -o -n h route show cache | sort
  10.9.9.2 via 192.168.0.40 dev h0 \\    cache <redirected> expires *sec  (glob)
  10.9.9.3 via 192.168.0.40 dev h0 \\    cache <redirected> expires *sec  (glob)
  $ ip netns exec h nstat -asz IcmpInRedirects
  #kernel
  IcmpInRedirects                 5                  0.0
