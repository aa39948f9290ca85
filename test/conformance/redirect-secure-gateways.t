secure_redirects on a medium that is not shared: the new gateway must already be the gateway of some route's next hop on that device (ip_fib_check_default walks the fib_info next hops of the device): a route in another table counts, one next hop of a multipath route counts, one on another device does not; a redirect naming our own address is refused.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ ip -n h link add h1 address 02:00:00:00:00:32 type veth peer name h2 address 02:00:00:00:00:33
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n h link set h1 up
  $ ip -n h link set h2 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n h addr add 192.168.1.31/24 dev h1
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.9.0.0/16 via 192.168.0.40
  $ ip -n r route add 10.9.7.0/24 via 192.168.0.31
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip -n h route add 10.9.0.0/16 via 192.168.0.121
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.shared_media=0 net.ipv4.conf.h0.shared_media=0
  $ ip netns exec h sysctl net.ipv4.conf.all.secure_redirects net.ipv4.conf.h0.secure_redirects
  net.ipv4.conf.all.secure_redirects = 1
  net.ipv4.conf.h0.secure_redirects = 1
  $ ip -n h route add 10.1.0.0/16 via 192.168.0.40 table 100
  $ ip netns exec h ping -c 1 -W 1 10.9.1.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.1.1 | head -1
  10.9.1.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
  $ ip -n h route flush table 100
  $ ip -n h route add 10.1.0.0/16 via 192.168.0.40 dev h1 onlink
  $ ip -n h route show 10.1.0.0/16
  10.1.0.0/16 via 192.168.0.40 dev h1 onlink 
  $ ip netns exec h ping -c 1 -W 1 10.9.2.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.2.1 | head -1
  10.9.2.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ ip -n h route del 10.1.0.0/16
  $ ip -n h route add 10.2.0.0/16 nexthop via 192.168.0.121 nexthop via 192.168.0.40
  $ ip netns exec h ping -c 1 -W 1 10.9.4.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.4.1 | head -1
  10.9.4.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
  $ ip -n h route del 10.2.0.0/16
  $ ip -n h route add 10.3.0.0/16 via 192.168.0.40 metric 5
  $ ip netns exec h ping -c 1 -W 1 10.9.5.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.5.1 | head -1
  10.9.5.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec h ping -c 1 -W 1 10.9.7.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.31)
  $ ip -n h route get 10.9.7.1 | head -1
  10.9.7.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec h nstat -az IcmpInRedirects IpInAddrErrors | tail -n +2
  IpInAddrErrors                  1                  0.0
  IcmpInRedirects                 5                  0.0
  $ ip -n h route show cache | grep -c redirected
  3
