Random differential scenario (seed 108): writes to IPv6 conf/all, conf/default and conf/DEV of random knobs (which all knobs reach default and the devices, what a new device copies), devices made, renamed, brought up, re-MTU'd and deleted in between; reads of all, default and every device, ip -6 netconf, link-local addresses. (with ip -6 monitor address route netconf throughout, DAD off)

  $ ip link add a0 address 02:00:00:00:00:11 type veth peer name b0 address 02:00:00:00:00:12
  $ sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.a0.accept_dad=0 net.ipv6.conf.b0.accept_dad=0
  $ ip -6 monitor address route netconf > mon 2>&1 & sleep 0.3
  $ ip link set a0 mtu 1280; echo $?
  0
  $ ip -6 netconf
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv6.conf.default.use_tempaddr=0
  net.ipv6.conf.default.use_tempaddr = 0
  $ sysctl -w net.ipv6.conf.lo.addr_gen_mode=3
  net.ipv6.conf.lo.addr_gen_mode = 3
  $ ip -6 netconf
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv6.conf.a0.proxy_ndp=0
  net.ipv6.conf.a0.proxy_ndp = 0
  $ ip link add c0 address 02:00:00:00:00:13 type bridge
  $ sysctl -w net.ipv6.conf.a0.disable_policy=0
  net.ipv6.conf.a0.disable_policy = 0
  $ ip -6 netconf
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 c0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ echo 0 > /proc/sys/net/ipv6/conf/all/max_addresses; echo $?
  0
  $ sysctl -w net.ipv6.conf.a0.forwarding=0
  net.ipv6.conf.a0.forwarding = 0
  $ sysctl net.ipv6.conf.all.autoconf net.ipv6.conf.default.autoconf net.ipv6.conf.lo.autoconf net.ipv6.conf.a0.autoconf net.ipv6.conf.b0.autoconf net.ipv6.conf.c0.autoconf
  net.ipv6.conf.all.autoconf = 1
  net.ipv6.conf.default.autoconf = 1
  net.ipv6.conf.lo.autoconf = 1
  net.ipv6.conf.a0.autoconf = 1
  net.ipv6.conf.b0.autoconf = 1
  net.ipv6.conf.c0.autoconf = 1
  $ ip link del c0
  $ sysctl -w net.ipv6.conf.lo.use_tempaddr=0
  net.ipv6.conf.lo.use_tempaddr = 0
  $ ip link add f0 address 02:00:00:00:00:14 type veth peer name g0 address 02:00:00:00:00:15
  $ sysctl net.ipv6.conf.all.ignore_routes_with_linkdown net.ipv6.conf.default.ignore_routes_with_linkdown net.ipv6.conf.lo.ignore_routes_with_linkdown net.ipv6.conf.a0.ignore_routes_with_linkdown net.ipv6.conf.b0.ignore_routes_with_linkdown net.ipv6.conf.f0.ignore_routes_with_linkdown net.ipv6.conf.g0.ignore_routes_with_linkdown
  net.ipv6.conf.all.ignore_routes_with_linkdown = 0
  net.ipv6.conf.default.ignore_routes_with_linkdown = 0
  net.ipv6.conf.lo.ignore_routes_with_linkdown = 0
  net.ipv6.conf.a0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.b0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.f0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.g0.ignore_routes_with_linkdown = 0
  $ sysctl -w net.ipv6.conf.lo.use_tempaddr=2
  net.ipv6.conf.lo.use_tempaddr = 2
  $ echo 1 > /proc/sys/net/ipv6/conf/all/forwarding; echo $?
  0
  $ sysctl net.ipv6.conf.all.accept_redirects net.ipv6.conf.default.accept_redirects net.ipv6.conf.lo.accept_redirects net.ipv6.conf.a0.accept_redirects net.ipv6.conf.b0.accept_redirects net.ipv6.conf.f0.accept_redirects net.ipv6.conf.g0.accept_redirects net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.a0.disable_ipv6 net.ipv6.conf.b0.disable_ipv6 net.ipv6.conf.f0.disable_ipv6 net.ipv6.conf.g0.disable_ipv6
  net.ipv6.conf.all.accept_redirects = 1
  net.ipv6.conf.default.accept_redirects = 1
  net.ipv6.conf.lo.accept_redirects = 1
  net.ipv6.conf.a0.accept_redirects = 1
  net.ipv6.conf.b0.accept_redirects = 1
  net.ipv6.conf.f0.accept_redirects = 1
  net.ipv6.conf.g0.accept_redirects = 1
  net.ipv6.conf.all.disable_ipv6 = 0
  net.ipv6.conf.default.disable_ipv6 = 0
  net.ipv6.conf.lo.disable_ipv6 = 0
  net.ipv6.conf.a0.disable_ipv6 = 0
  net.ipv6.conf.b0.disable_ipv6 = 0
  net.ipv6.conf.f0.disable_ipv6 = 0
  net.ipv6.conf.g0.disable_ipv6 = 0
  $ ip link add h0 address 02:00:00:00:00:16 type veth peer name i0 address 02:00:00:00:00:17
  $ ip link del b0
  $ ip link add j0 address 02:00:00:00:00:18 type bridge
  $ ip link del i0
  $ sysctl net.ipv6.conf.all.accept_redirects net.ipv6.conf.default.accept_redirects net.ipv6.conf.lo.accept_redirects net.ipv6.conf.f0.accept_redirects net.ipv6.conf.g0.accept_redirects net.ipv6.conf.j0.accept_redirects net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.f0.disable_ipv6 net.ipv6.conf.g0.disable_ipv6 net.ipv6.conf.j0.disable_ipv6
  net.ipv6.conf.all.accept_redirects = 1
  net.ipv6.conf.default.accept_redirects = 1
  net.ipv6.conf.lo.accept_redirects = 1
  net.ipv6.conf.f0.accept_redirects = 1
  net.ipv6.conf.g0.accept_redirects = 1
  net.ipv6.conf.j0.accept_redirects = 1
  net.ipv6.conf.all.disable_ipv6 = 0
  net.ipv6.conf.default.disable_ipv6 = 0
  net.ipv6.conf.lo.disable_ipv6 = 0
  net.ipv6.conf.f0.disable_ipv6 = 0
  net.ipv6.conf.g0.disable_ipv6 = 0
  net.ipv6.conf.j0.disable_ipv6 = 0
  $ sysctl net.ipv6.conf.all.accept_redirects net.ipv6.conf.default.accept_redirects net.ipv6.conf.lo.accept_redirects net.ipv6.conf.f0.accept_redirects net.ipv6.conf.g0.accept_redirects net.ipv6.conf.j0.accept_redirects net.ipv6.conf.all.autoconf net.ipv6.conf.default.autoconf net.ipv6.conf.lo.autoconf net.ipv6.conf.f0.autoconf net.ipv6.conf.g0.autoconf net.ipv6.conf.j0.autoconf net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.f0.disable_ipv6 net.ipv6.conf.g0.disable_ipv6 net.ipv6.conf.j0.disable_ipv6 net.ipv6.conf.all.forwarding net.ipv6.conf.default.forwarding net.ipv6.conf.lo.forwarding net.ipv6.conf.f0.forwarding net.ipv6.conf.g0.forwarding net.ipv6.conf.j0.forwarding net.ipv6.conf.all.ignore_routes_with_linkdown net.ipv6.conf.default.ignore_routes_with_linkdown net.ipv6.conf.lo.ignore_routes_with_linkdown net.ipv6.conf.f0.ignore_routes_with_linkdown net.ipv6.conf.g0.ignore_routes_with_linkdown net.ipv6.conf.j0.ignore_routes_with_linkdown net.ipv6.conf.all.seg6_enabled net.ipv6.conf.default.seg6_enabled net.ipv6.conf.lo.seg6_enabled net.ipv6.conf.f0.seg6_enabled net.ipv6.conf.g0.seg6_enabled net.ipv6.conf.j0.seg6_enabled net.ipv6.conf.all.use_tempaddr net.ipv6.conf.default.use_tempaddr net.ipv6.conf.lo.use_tempaddr net.ipv6.conf.f0.use_tempaddr net.ipv6.conf.g0.use_tempaddr net.ipv6.conf.j0.use_tempaddr
  net.ipv6.conf.all.accept_redirects = 1
  net.ipv6.conf.default.accept_redirects = 1
  net.ipv6.conf.lo.accept_redirects = 1
  net.ipv6.conf.f0.accept_redirects = 1
  net.ipv6.conf.g0.accept_redirects = 1
  net.ipv6.conf.j0.accept_redirects = 1
  net.ipv6.conf.all.autoconf = 1
  net.ipv6.conf.default.autoconf = 1
  net.ipv6.conf.lo.autoconf = 1
  net.ipv6.conf.f0.autoconf = 1
  net.ipv6.conf.g0.autoconf = 1
  net.ipv6.conf.j0.autoconf = 1
  net.ipv6.conf.all.disable_ipv6 = 0
  net.ipv6.conf.default.disable_ipv6 = 0
  net.ipv6.conf.lo.disable_ipv6 = 0
  net.ipv6.conf.f0.disable_ipv6 = 0
  net.ipv6.conf.g0.disable_ipv6 = 0
  net.ipv6.conf.j0.disable_ipv6 = 0
  net.ipv6.conf.all.forwarding = 1
  net.ipv6.conf.default.forwarding = 1
  net.ipv6.conf.lo.forwarding = 1
  net.ipv6.conf.f0.forwarding = 1
  net.ipv6.conf.g0.forwarding = 1
  net.ipv6.conf.j0.forwarding = 1
  net.ipv6.conf.all.ignore_routes_with_linkdown = 0
  net.ipv6.conf.default.ignore_routes_with_linkdown = 0
  net.ipv6.conf.lo.ignore_routes_with_linkdown = 0
  net.ipv6.conf.f0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.g0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.j0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.all.seg6_enabled = 0
  net.ipv6.conf.default.seg6_enabled = 0
  net.ipv6.conf.lo.seg6_enabled = 0
  net.ipv6.conf.f0.seg6_enabled = 0
  net.ipv6.conf.g0.seg6_enabled = 0
  net.ipv6.conf.j0.seg6_enabled = 0
  net.ipv6.conf.all.use_tempaddr = 0
  net.ipv6.conf.default.use_tempaddr = 0
  net.ipv6.conf.lo.use_tempaddr = 2
  net.ipv6.conf.f0.use_tempaddr = 0
  net.ipv6.conf.g0.use_tempaddr = 0
  net.ipv6.conf.j0.use_tempaddr = 0
  $ sleep 0.5; kill %1; sleep 0.2; grep -v 'valid_lft' mon
  1: lo    inet6 ::1/128 scope host 
  local ::1 dev lo table local proto kernel metric 0 pref medium
  inet6 c0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  Deleted inet6 c0 
  inet6 g0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 f0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding on 
  inet6 lo forwarding on 
  inet6 b0 forwarding on 
  inet6 a0 forwarding on 
  inet6 g0 forwarding on 
  inet6 f0 forwarding on 
  inet6 all forwarding on 
  inet6 i0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  Deleted inet6 b0 
  Deleted inet6 a0 
  inet6 j0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  Deleted inet6 i0 
  Deleted inet6 h0 
  $ sleep 2; ip -6 addr show | grep -v 'valid_lft'
  1: lo: <LOOPBACK> mtu 65536 state DOWN qlen 1000
      inet6 ::1/128 scope host 
  $ ip -6 netconf
  inet6 lo forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 g0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 f0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 j0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  $ awk '{print $2, $3, $4}' /proc/net/igmp6 | sort
  f0 ff010000000000000000000000000001 1
  f0 ff010000000000000000000000000002 1
  f0 ff020000000000000000000000000001 1
  f0 ff020000000000000000000000000002 1
  f0 ff050000000000000000000000000002 1
  g0 ff010000000000000000000000000001 1
  g0 ff010000000000000000000000000002 1
  g0 ff020000000000000000000000000001 1
  g0 ff020000000000000000000000000002 1
  g0 ff050000000000000000000000000002 1
  j0 ff010000000000000000000000000001 1
  j0 ff020000000000000000000000000001 1
  j0 ff020000000000000000000000000002 1
  lo ff010000000000000000000000000001 1
  lo ff020000000000000000000000000001 1
  $ ip -6 maddr show | grep -v '^\s*link'
  1:	lo
  	inet6 ff02::1
  	inet6 ff01::1
  5:	g0
  	inet6 ff05::2
  	inet6 ff01::2
  	inet6 ff02::2
  	inet6 ff02::1
  	inet6 ff01::1
  6:	f0
  	inet6 ff05::2
  	inet6 ff01::2
  	inet6 ff02::2
  	inet6 ff02::1
  	inet6 ff01::1
  9:	j0
  	inet6 ff02::2
  	inet6 ff02::1
  	inet6 ff01::1
