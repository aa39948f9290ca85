rp_filter values as sysctl, ip netconf and ip monitor netconf see them: a value other than 0-2 is taken (3, -1, 256) and what the lookup then does, all and default, a new device's inheritance, netconf's RTM_NEWNETCONF for all/default/device changes, fibmatch and the -j/-d/-o forms of a refused route get.
  $ ip netns add a; ip netns add r
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for d in a0 a1 lo; do ip -n a link set $d up; done; for d in r0 r1 lo; do ip -n r link set $d up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n a addr add 10.2.0.2/24 dev a1; ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r addr add 10.1.0.1/24 dev r0; ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n r route add 172.16.0.0/24 via 10.1.0.2
  $ ip netns exec r sysctl -w net.ipv4.conf.r1.rp_filter=1
  net.ipv4.conf.r1.rp_filter = 1
  $ ip -n r route get 10.2.0.1 from 172.16.0.1 iif r1 fibmatch
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -j route get 10.2.0.1 from 172.16.0.1 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r -j route get 10.2.0.1 from 172.16.0.1 iif r0
  [{"type":"local","dst":"10.2.0.1","from":"172.16.0.1","dev":"lo","flags":[],"cache":["local"],"iif":"r0"}]
  $ ip -n r -d route get 10.2.0.1 from 172.16.0.1 iif r0
  local 10.2.0.1 from 172.16.0.1 dev lo table main 
      cache <local> iif r0 
  $ ip -n r -o route get 10.2.0.1 from 172.16.0.1 iif r0
  local 10.2.0.1 from 172.16.0.1 dev lo \    cache <local> iif r0 
  $ ip -n r route get 10.2.0.1 from 172.16.0.1 iif r0 fibmatch
  local 10.2.0.1 dev r1 proto kernel scope host src 10.2.0.1 
  $ ip -n r route get 172.16.0.1 from 10.2.0.9 iif r1
  RTNETLINK answers: No route to host
  [2]
  $ ip -n r route get 172.16.0.1 from 10.2.0.9 iif r1 fibmatch
  RTNETLINK answers: No route to host
  [2]
  $ ip -n r netconf show dev r1
  inet r1 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 r1 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n r netconf show dev r0
  inet r0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 r0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec r sysctl -w net.ipv4.conf.r1.rp_filter=3
  net.ipv4.conf.r1.rp_filter = 3
  $ ip netns exec r sysctl net.ipv4.conf.r1.rp_filter
  net.ipv4.conf.r1.rp_filter = 3
  $ ip -n r netconf show dev r1
  inet r1 forwarding off rp_filter 3 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 r1 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n r route get 10.2.0.1 from 172.16.0.1 iif r1
  local 10.2.0.1 from 172.16.0.1 dev lo 
      cache <local> iif r1 
  $ ip netns exec r sysctl -w net.ipv4.conf.r1.rp_filter=-1
  net.ipv4.conf.r1.rp_filter = -1
  $ ip -n r netconf show dev r1
  inet r1 forwarding off rp_filter 4294967295 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 r1 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n r route get 10.2.0.1 from 172.16.0.1 iif r1
  local 10.2.0.1 from 172.16.0.1 dev lo 
      cache <local> iif r1 
  $ ip netns exec r sysctl -w net.ipv4.conf.r1.rp_filter=256
  net.ipv4.conf.r1.rp_filter = 256
  $ ip -n r route get 10.2.0.1 from 172.16.0.1 iif r1
  local 10.2.0.1 from 172.16.0.1 dev lo 
      cache <local> iif r1 
  $ ip netns exec r sysctl -w net.ipv4.conf.r1.rp_filter=0
  net.ipv4.conf.r1.rp_filter = 0
  $ ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.default.rp_filter=1
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.default.rp_filter = 1
  $ ip -n r -4 netconf
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet r0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet r1 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec r sysctl -a -r 'rp_filter' 2>/dev/null
  net.ipv4.conf.all.arp_filter = 0
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.default.arp_filter = 0
  net.ipv4.conf.default.rp_filter = 1
  net.ipv4.conf.lo.arp_filter = 0
  net.ipv4.conf.lo.rp_filter = 0
  net.ipv4.conf.r0.arp_filter = 0
  net.ipv4.conf.r0.rp_filter = 0
  net.ipv4.conf.r1.arp_filter = 0
  net.ipv4.conf.r1.rp_filter = 0
  $ ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=2
  net.ipv4.conf.all.rp_filter = 2
  $ ip -n r link add d9 type veth peer name d9p
  $ ip netns exec r sysctl net.ipv4.conf.d9.rp_filter net.ipv4.conf.d9p.rp_filter
  net.ipv4.conf.d9.rp_filter = 1
  net.ipv4.conf.d9p.rp_filter = 1
  $ ip -n r netconf show dev d9
  inet d9 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 d9 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n r monitor netconf > mon.txt 2>&1 & sleep 0.3; ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=1; ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=0; ip netns exec r sysctl -qw net.ipv4.conf.default.rp_filter=2; ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=1; sleep 0.3; kill %1; cat mon.txt
  inet r0 rp_filter strict 
  inet all rp_filter off 
  inet default rp_filter loose 
