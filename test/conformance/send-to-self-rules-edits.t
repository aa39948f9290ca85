The send-to-self recipe's rule edits and their errors: the local rule deleted twice, re-added without and with pref 0 (duplicates), rule flush, duplicate rules and routes refused, rule listings filtered by pref, iif, to and table, route get with and without iif lo, and the knobs in sysctl -a and ip netconf.
  $ ip netns add h
  $ ip link add eth1 netns h address 02:00:00:00:0a:01 type veth peer name eth2 netns h address 02:00:00:00:0a:02
  $ ip -n h link set eth1 up
  $ ip -n h link set eth2 up
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip -n h rule del pref 0
  $ ip -n h rule del pref 0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n h rule del lookup local
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n h route get 192.168.2.2
  192.168.2.2 dev eth2 src 192.168.2.2 uid 0 
      cache 
  $ ip netns exec h ping -c 1 -W 1 192.168.2.2
  PING 192.168.2.2 (192.168.2.2) 56(84) bytes of data.
  
  --- 192.168.2.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n h rule add lookup local
  $ ip -n h rule
  32766:	from all lookup main
  32766:	from all lookup local
  32767:	from all lookup default
  $ ip -n h rule add pref 0 lookup local
  $ ip -n h rule add pref 0 lookup local
  RTNETLINK answers: File exists
  [2]
  $ ip -n h rule
  0:	from all lookup local
  32766:	from all lookup main
  32766:	from all lookup local
  32767:	from all lookup default
  $ ip -n h rule flush
  $ ip -n h rule
  0:	from all lookup local
  $ ip -n h rule add pref 100 iif lo to 192.168.2.2 lookup 100
  $ ip -n h rule add pref 100 iif lo to 192.168.2.2 lookup 100
  RTNETLINK answers: File exists
  [2]
  $ ip -n h rule add pref 100 iif lo to 192.168.2.2 lookup 101
  $ ip -n h -j rule show pref 100
  [{"priority":100,"src":"all","dst":"192.168.2.2","iif":"lo","table":"100"},{"priority":100,"src":"all","dst":"192.168.2.2","iif":"lo","table":"101"}]
  $ ip -n h rule show iif lo
  100:	from all to 192.168.2.2 iif lo lookup 100
  100:	from all to 192.168.2.2 iif lo lookup 101
  $ ip -n h rule show to 192.168.2.2
  100:	from all to 192.168.2.2 iif lo lookup 100
  100:	from all to 192.168.2.2 iif lo lookup 101
  $ ip -n h rule show table 100
  100:	from all to 192.168.2.2 iif lo lookup 100
  $ ip -n h rule del pref 100 lookup 101
  $ ip -n h rule show
  0:	from all lookup local
  100:	from all to 192.168.2.2 iif lo lookup 100
  $ ip -n h route add 192.168.2.2 dev eth1 table 100
  $ ip -n h route add 192.168.2.2 dev eth1 table 100
  RTNETLINK answers: File exists
  [2]
  $ ip -n h route show table 100
  192.168.2.2 dev eth1 scope link 
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  local 192.168.2.2 from 192.168.1.1 dev lo table local uid 0 
      cache <local> 
  $ ip -n h route get 192.168.2.2 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth2
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec h sysctl -a 2>/dev/null | grep -E "accept_local|route_localnet" | sort
  net.ipv4.conf.all.accept_local = 0
  net.ipv4.conf.all.route_localnet = 0
  net.ipv4.conf.default.accept_local = 0
  net.ipv4.conf.default.route_localnet = 0
  net.ipv4.conf.eth1.accept_local = 0
  net.ipv4.conf.eth1.route_localnet = 0
  net.ipv4.conf.eth2.accept_local = 0
  net.ipv4.conf.eth2.route_localnet = 0
  net.ipv4.conf.lo.accept_local = 0
  net.ipv4.conf.lo.route_localnet = 0
  $ ip -n h netconf show dev eth1
  inet eth1 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 eth1 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec h sysctl -w net.ipv4.conf.eth1.accept_local=1 net.ipv4.conf.eth2.rp_filter=2
  net.ipv4.conf.eth1.accept_local = 1
  net.ipv4.conf.eth2.rp_filter = 2
  $ ip -n h netconf show dev eth2
  inet eth2 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 eth2 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n h netconf show
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet eth2 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet eth1 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 eth2 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 eth1 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
