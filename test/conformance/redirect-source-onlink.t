When the router redirects: only a sender it reaches directly (fib_validate_source() answers 1 for a scope-host next hop), on link with the new gateway unless the medium is shared (inet_addr_onlink); rp_filter on the router does not change that; a redirect from an address that is not our gateway is not taken (__ip_do_redirect compares the old gateway with the ICMP's source).
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n h addr add 172.16.5.31/24 dev h0
  $ ip -n h addr add 10.1.1.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n r addr add 192.168.0.122/24 dev r0
  $ ip -n r addr add 10.1.1.1/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r route add 172.16.5.0/24 via 192.168.0.31
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n h route get 10.9.9.1 from 172.16.5.31
  10.9.9.1 from 172.16.5.31 via 192.168.0.121 dev h0 uid 0 
      cache 
  $ ip -n r route get 10.9.9.1 from 172.16.5.31 iif r0
  10.9.9.1 from 172.16.5.31 via 192.168.0.40 dev r0 
      cache iif r0 
  $ ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0
  10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 
      cache <redirect> iif r0 
  $ ip -n r route get 10.9.9.1 from 10.1.1.31 iif r0
  10.9.9.1 from 10.1.1.31 via 192.168.0.40 dev r0 
      cache <redirect> iif r0 
  $ ip -n r route get 10.9.9.1 from 10.5.5.5 iif r0
  10.9.9.1 from 10.5.5.5 via 192.168.0.40 dev r0 
      cache iif r0 
  $ ip netns exec h ping -c 1 -W 1 -I 172.16.5.31 10.9.9.1 | sed -n 2p
  $ ip netns exec h ping -c 1 -W 1 -I 10.1.1.31 10.9.9.2 | sed -n 2p
  From 10.1.1.1: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.2 from 10.1.1.31
  10.9.9.2 from 10.1.1.31 via 192.168.0.121 dev h0 uid 0 
      cache 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.shared_media=0 net.ipv4.conf.r0.shared_media=0
  $ ip -n r route get 10.9.9.1 from 10.1.1.31 iif r0
  10.9.9.1 from 10.1.1.31 via 192.168.0.40 dev r0 
      cache iif r0 
  $ ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0
  10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 
      cache <redirect> iif r0 
  $ ip netns exec h ping -c 1 -W 1 -I 10.1.1.31 10.9.9.3 | sed -n 2p
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0
  10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 
      cache <redirect> iif r0 
  $ ip -n r route get 10.9.9.1 from 172.16.5.31 iif r0
  10.9.9.1 from 172.16.5.31 via 192.168.0.40 dev r0 
      cache iif r0 
  $ ip -n r route get 10.9.9.1 from 10.5.5.5 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec h ping -c 1 -W 1 10.9.9.4 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.4
  10.9.9.4 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip -n r route get 10.9.9.1 from 10.5.5.5 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h route replace 10.9.9.0/24 via 192.168.0.122
  $ ip netns exec h ping -c 1 -W 1 10.9.9.5 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.5
  10.9.9.5 via 192.168.0.122 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 5                  0.0
  IcmpOutRedirects                3                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects | tail -n +2
  IcmpInRedirects                 3                  0.0
