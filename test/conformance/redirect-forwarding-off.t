A host that routes through a neighbour that does not forward gets no redirect (ip_route_input_slow: not IN_DEV_FORWARD, EHOSTUNREACH; ip_error() counts it and is silent); per-device forwarding on the incoming device is enough to forward and redirect; ip route get iif on the router shows the redirect flag.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip netns exec h ping -c 2 -i 0.3 -W 1 10.9.9.1
  PING 10.9.9.1 (10.9.9.1) 56(84) bytes of data.
  
  --- 10.9.9.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0
  RTNETLINK answers: No route to host
  [2]
  $ ip -n h route get 10.9.9.1
  10.9.9.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec r nstat -az IpInAddrErrors IpInNoRoutes IpForwDatagrams IcmpOutRedirects IcmpOutMsgs | tail -n +2
  IpInAddrErrors                  2                  0.0
  IpForwDatagrams                 0                  0.0
  IcmpOutMsgs                     0                  0.0
  IcmpOutRedirects                0                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=1
  $ ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.r0.forwarding
  net.ipv4.ip_forward = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.r0.forwarding = 1
  $ ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0
  10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 
      cache <redirect> iif r0 
  $ ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0 tos 0x10
  10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 
      cache <redirect> iif r0 
  $ ip -n r route get 192.168.0.40 from 192.168.0.31 iif r0
  192.168.0.40 from 192.168.0.31 dev r0 
      cache <redirect> iif r0 
  $ ip -n r -d route get 10.9.9.1 from 192.168.0.31 iif r0
  unicast 10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 table main 
      cache <redirect> iif r0 
  $ ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0 oif r0
  10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 
      cache <redirect> iif r0 
  $ ip -n r route get 10.9.9.1 from 192.168.0.31
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1
  PING 10.9.9.1 (10.9.9.1) 56(84) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  
  --- 10.9.9.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n h route get 10.9.9.1
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=0
  $ ip -n h route flush cache
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1 | sed -n 2p
  $ ip -n h route get 10.9.9.1
  10.9.9.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.forwarding=1
  $ ip netns exec r sysctl net.ipv4.conf.r0.forwarding net.ipv4.conf.r0.send_redirects net.ipv4.conf.default.send_redirects
  net.ipv4.conf.r0.forwarding = 1
  net.ipv4.conf.r0.send_redirects = 1
  net.ipv4.conf.default.send_redirects = 1
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=0 net.ipv4.conf.r0.send_redirects=0
  $ ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0
  10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 
      cache iif r0 
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1 | sed -n 2p
  $ ip netns exec r nstat -az IpInAddrErrors IpInNoRoutes IpForwDatagrams IcmpOutRedirects IcmpOutMsgs | tail -n +2
  IpInAddrErrors                  3                  0.0
  IpForwDatagrams                 2                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutRedirects                1                  0.0
