A host that is itself a router: turning forwarding on set all.accept_redirects to 0 (inet_forward_change), so it takes redirects only once that is 1 again (AND with the device): the router redirects only the host's own packets, not those it forwards for a client behind it (the client's address is not on link at the router); the exception the host learns serves its forwarded traffic too (the input route binds it: cache <redirected> iif).
  $ for n in h r c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ ip link add h1 netns h address 02:00:00:00:00:32 type veth peer name c0 netns c address 02:00:00:00:00:02
  $ for n in h r c; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up; ip -n h link set h1 up; ip -n r link set r0 up; ip -n c link set c0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n h addr add 172.16.0.1/24 dev h1
  $ ip -n c addr add 172.16.0.2/24 dev c0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n c route add default via 172.16.0.1
  $ for n in h r; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r route add 172.16.0.0/24 via 192.168.0.31
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip netns exec c ping -c 2 -i 0.3 -W 1 10.9.9.1 | sed -E 's/time=.*//'
  PING 10.9.9.1 (10.9.9.1) 56(84) bytes of data.
  
  --- 10.9.9.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h route get 10.9.9.1 from 172.16.0.2 iif h1
  10.9.9.1 from 172.16.0.2 via 192.168.0.121 dev h0 
      cache iif h1 
  $ ip -n r route get 10.9.9.1 from 172.16.0.2 iif r0
  10.9.9.1 from 172.16.0.2 via 192.168.0.40 dev r0 
      cache iif r0 
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 2                  0.0
  IcmpOutRedirects                0                  0.0
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.1
  10.9.9.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.h0.accept_redirects net.ipv4.conf.default.accept_redirects
  net.ipv4.conf.all.accept_redirects = 0
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.default.accept_redirects = 1
  $ ip netns exec h sysctl -w net.ipv4.conf.all.accept_redirects=1
  net.ipv4.conf.all.accept_redirects = 1
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.1
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route get 10.9.9.1 from 172.16.0.2 iif h1
  10.9.9.1 from 172.16.0.2 via 192.168.0.40 dev h0 
      cache <redirected> expires *sec iif h1  (glob)
  $ ip -n h route show cache
  10.9.9.1 via 192.168.0.40 dev h0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec c ping -c 2 -i 0.3 -W 1 10.9.9.1 | sed -E 's/time=.*//'
  PING 10.9.9.1 (10.9.9.1) 56(84) bytes of data.
  
  --- 10.9.9.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h route show cache
  10.9.9.1 via 192.168.0.40 dev h0 
      cache <redirected> expires *sec  (glob)
  $ ip -o -n h route show cache 10.9.9.1 | wc -l
  1
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 4                  0.0
  IcmpOutRedirects                2                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects IpForwDatagrams IcmpOutRedirects | tail -n +2
  IpForwDatagrams                 4                  0.0
  IcmpInRedirects                 2                  0.0
  IcmpOutRedirects                0                  0.0
  $ ip netns exec h sysctl -w net.ipv4.ip_forward=0
  net.ipv4.ip_forward = 0
  $ ip netns exec h sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.h0.forwarding
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.h0.forwarding = 0
  $ ip -n h route flush cache
  $ ip netns exec h sysctl -w net.ipv4.ip_forward=1
  net.ipv4.ip_forward = 1
  $ ip netns exec h sysctl net.ipv4.conf.all.accept_redirects
  net.ipv4.conf.all.accept_redirects = 0
  $ ip -n h route get 10.9.9.1 from 172.16.0.2 iif h1
  10.9.9.1 from 172.16.0.2 via 192.168.0.121 dev h0 
      cache iif h1 
  $ ip -n h route show cache
  10.9.9.1 via 192.168.0.121 dev h0 
      cache 
