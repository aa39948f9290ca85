A host told by its router (ICMP redirect) that 10.9.9.9 is better reached via 192.168.0.40 installs a next-hop exception, once 192.168.0.40's link-layer address is known (no bridge: the new gateway is a static neighbour that nothing answers for).
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.9 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip netns exec h sysctl net.ipv4.conf.h0.accept_redirects net.ipv4.conf.h0.secure_redirects net.ipv4.conf.h0.shared_media
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.h0.secure_redirects = 1
  net.ipv4.conf.h0.shared_media = 1
  $ ip netns exec h ping -c 1 -W 1 10.9.9.9
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  
  --- 10.9.9.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n h route get 10.9.9.9
  10.9.9.9 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip -n h neigh show 192.168.0.40
  192.168.0.40 dev h0 INCOMPLETE 
  $ ip -n h neigh replace 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip netns exec h ping -c 1 -W 1 10.9.9.9
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  
  --- 10.9.9.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n h route get 10.9.9.9
  10.9.9.9 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route show cache
  10.9.9.9 via 192.168.0.40 dev h0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route show
  10.9.9.9 via 192.168.0.121 dev h0 
  192.168.0.0/24 dev h0 proto kernel scope link src 192.168.0.31 
  $ ip netns exec h ping -c 2 -i 0.3 -W 1 10.9.9.9
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  
  --- 10.9.9.9 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -asz IpInReceives
  #kernel
  IpInReceives                    2                  0.0
  $ ip -n h route get 10.9.9.7
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n h route flush cache
  $ ip -n h route get 10.9.9.9
  10.9.9.9 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip -n h route show cache
  10.9.9.9 via 192.168.0.121 dev h0 
      cache 
  $ ip netns exec r nstat -asz IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 2                  0.0
  IcmpOutRedirects                2                  0.0
  $ ip netns exec h nstat -asz IcmpInRedirects
  #kernel
  IcmpInRedirects                 2                  0.0
