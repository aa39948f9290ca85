Random differential scenario (seed 10): writes to IPv6 conf/all, conf/default and conf/DEV of random knobs (which all knobs reach default and the devices, what a new device copies), devices made, renamed, brought up, re-MTU'd and deleted in between; reads of all, default and every device, ip -6 netconf, link-local addresses.

  $ ip link add a0 address 02:00:00:00:00:11 type veth peer name b0 address 02:00:00:00:00:12
  $ sysctl -w net.ipv6.conf.all.drop_unsolicited_na=0
  net.ipv6.conf.all.drop_unsolicited_na = 0
  $ ip link add c0 address 02:00:00:00:00:13 type veth peer name e0 address 02:00:00:00:00:14
  $ ip -6 netconf
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 e0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 c0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl net.ipv6.conf.all.accept_ra net.ipv6.conf.default.accept_ra net.ipv6.conf.lo.accept_ra net.ipv6.conf.a0.accept_ra net.ipv6.conf.b0.accept_ra net.ipv6.conf.c0.accept_ra net.ipv6.conf.e0.accept_ra net.ipv6.conf.all.ignore_routes_with_linkdown net.ipv6.conf.default.ignore_routes_with_linkdown net.ipv6.conf.lo.ignore_routes_with_linkdown net.ipv6.conf.a0.ignore_routes_with_linkdown net.ipv6.conf.b0.ignore_routes_with_linkdown net.ipv6.conf.c0.ignore_routes_with_linkdown net.ipv6.conf.e0.ignore_routes_with_linkdown
  net.ipv6.conf.all.accept_ra = 1
  net.ipv6.conf.default.accept_ra = 1
  net.ipv6.conf.lo.accept_ra = 1
  net.ipv6.conf.a0.accept_ra = 1
  net.ipv6.conf.b0.accept_ra = 1
  net.ipv6.conf.c0.accept_ra = 1
  net.ipv6.conf.e0.accept_ra = 1
  net.ipv6.conf.all.ignore_routes_with_linkdown = 0
  net.ipv6.conf.default.ignore_routes_with_linkdown = 0
  net.ipv6.conf.lo.ignore_routes_with_linkdown = 0
  net.ipv6.conf.a0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.b0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.c0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.e0.ignore_routes_with_linkdown = 0
  $ sysctl net.ipv6.conf.all.ignore_routes_with_linkdown net.ipv6.conf.default.ignore_routes_with_linkdown net.ipv6.conf.lo.ignore_routes_with_linkdown net.ipv6.conf.a0.ignore_routes_with_linkdown net.ipv6.conf.b0.ignore_routes_with_linkdown net.ipv6.conf.c0.ignore_routes_with_linkdown net.ipv6.conf.e0.ignore_routes_with_linkdown net.ipv6.conf.all.ndisc_notify net.ipv6.conf.default.ndisc_notify net.ipv6.conf.lo.ndisc_notify net.ipv6.conf.a0.ndisc_notify net.ipv6.conf.b0.ndisc_notify net.ipv6.conf.c0.ndisc_notify net.ipv6.conf.e0.ndisc_notify
  net.ipv6.conf.all.ignore_routes_with_linkdown = 0
  net.ipv6.conf.default.ignore_routes_with_linkdown = 0
  net.ipv6.conf.lo.ignore_routes_with_linkdown = 0
  net.ipv6.conf.a0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.b0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.c0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.e0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.all.ndisc_notify = 0
  net.ipv6.conf.default.ndisc_notify = 0
  net.ipv6.conf.lo.ndisc_notify = 0
  net.ipv6.conf.a0.ndisc_notify = 0
  net.ipv6.conf.b0.ndisc_notify = 0
  net.ipv6.conf.c0.ndisc_notify = 0
  net.ipv6.conf.e0.ndisc_notify = 0
  $ sysctl -w net.ipv6.conf.lo.ndisc_notify=1
  net.ipv6.conf.lo.ndisc_notify = 1
  $ sysctl -w net.ipv6.conf.all.proxy_ndp=1
  net.ipv6.conf.all.proxy_ndp = 1
  $ echo 1 > /proc/sys/net/ipv6/conf/default/forwarding; echo $?
  0
  $ sysctl -w net.ipv6.conf.e0.ignore_routes_with_linkdown=0
  net.ipv6.conf.e0.ignore_routes_with_linkdown = 0
  $ sysctl -w net.ipv6.conf.e0.disable_ipv6=1
  net.ipv6.conf.e0.disable_ipv6 = 1
  $ sysctl -w net.ipv6.conf.lo.seg6_enabled=0
  net.ipv6.conf.lo.seg6_enabled = 0
  $ sysctl net.ipv6.conf.all.ignore_routes_with_linkdown net.ipv6.conf.default.ignore_routes_with_linkdown net.ipv6.conf.lo.ignore_routes_with_linkdown net.ipv6.conf.a0.ignore_routes_with_linkdown net.ipv6.conf.b0.ignore_routes_with_linkdown net.ipv6.conf.c0.ignore_routes_with_linkdown net.ipv6.conf.e0.ignore_routes_with_linkdown
  net.ipv6.conf.all.ignore_routes_with_linkdown = 0
  net.ipv6.conf.default.ignore_routes_with_linkdown = 0
  net.ipv6.conf.lo.ignore_routes_with_linkdown = 0
  net.ipv6.conf.a0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.b0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.c0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.e0.ignore_routes_with_linkdown = 0
  $ ip link add f0 address 02:00:00:00:00:15 type veth peer name g0 address 02:00:00:00:00:16
  $ ip link set a0 name h0
  $ sysctl net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.h0.disable_ipv6 net.ipv6.conf.b0.disable_ipv6 net.ipv6.conf.c0.disable_ipv6 net.ipv6.conf.e0.disable_ipv6 net.ipv6.conf.f0.disable_ipv6 net.ipv6.conf.g0.disable_ipv6 net.ipv6.conf.all.ndisc_notify net.ipv6.conf.default.ndisc_notify net.ipv6.conf.lo.ndisc_notify net.ipv6.conf.h0.ndisc_notify net.ipv6.conf.b0.ndisc_notify net.ipv6.conf.c0.ndisc_notify net.ipv6.conf.e0.ndisc_notify net.ipv6.conf.f0.ndisc_notify net.ipv6.conf.g0.ndisc_notify
  net.ipv6.conf.all.disable_ipv6 = 0
  net.ipv6.conf.default.disable_ipv6 = 0
  net.ipv6.conf.lo.disable_ipv6 = 0
  net.ipv6.conf.h0.disable_ipv6 = 0
  net.ipv6.conf.b0.disable_ipv6 = 0
  net.ipv6.conf.c0.disable_ipv6 = 0
  net.ipv6.conf.e0.disable_ipv6 = 1
  net.ipv6.conf.f0.disable_ipv6 = 0
  net.ipv6.conf.g0.disable_ipv6 = 0
  net.ipv6.conf.all.ndisc_notify = 0
  net.ipv6.conf.default.ndisc_notify = 0
  net.ipv6.conf.lo.ndisc_notify = 1
  net.ipv6.conf.h0.ndisc_notify = 0
  net.ipv6.conf.b0.ndisc_notify = 0
  net.ipv6.conf.c0.ndisc_notify = 0
  net.ipv6.conf.e0.ndisc_notify = 0
  net.ipv6.conf.f0.ndisc_notify = 0
  net.ipv6.conf.g0.ndisc_notify = 0
  $ ip -6 netconf
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 e0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 c0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 g0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 f0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet6 default forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv6.conf.b0.ndisc_notify=1
  net.ipv6.conf.b0.ndisc_notify = 1
  $ ip link del h0
  $ sysctl -w net.ipv6.conf.default.ignore_routes_with_linkdown=1
  net.ipv6.conf.default.ignore_routes_with_linkdown = 1
  $ sysctl -w net.ipv6.conf.g0.forwarding=1
  net.ipv6.conf.g0.forwarding = 1
  $ sysctl -w net.ipv6.conf.e0.ignore_routes_with_linkdown=1
  net.ipv6.conf.e0.ignore_routes_with_linkdown = 1
  $ sysctl -w net.ipv6.conf.g0.drop_unsolicited_na=1
  net.ipv6.conf.g0.drop_unsolicited_na = 1
  $ sysctl -w net.ipv6.conf.f0.ignore_routes_with_linkdown=0
  net.ipv6.conf.f0.ignore_routes_with_linkdown = 0
  $ ip link del g0
  $ echo 0 > /proc/sys/net/ipv6/conf/all/ignore_routes_with_linkdown; echo $?
  0
  $ sysctl -w net.ipv6.conf.all.accept_ra=0
  net.ipv6.conf.all.accept_ra = 0
  $ ip link add i0 address 02:00:00:00:00:17 type bridge
  $ sysctl net.ipv6.conf.all.accept_ra net.ipv6.conf.default.accept_ra net.ipv6.conf.lo.accept_ra net.ipv6.conf.c0.accept_ra net.ipv6.conf.e0.accept_ra net.ipv6.conf.i0.accept_ra net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.c0.disable_ipv6 net.ipv6.conf.e0.disable_ipv6 net.ipv6.conf.i0.disable_ipv6 net.ipv6.conf.all.forwarding net.ipv6.conf.default.forwarding net.ipv6.conf.lo.forwarding net.ipv6.conf.c0.forwarding net.ipv6.conf.e0.forwarding net.ipv6.conf.i0.forwarding net.ipv6.conf.all.ignore_routes_with_linkdown net.ipv6.conf.default.ignore_routes_with_linkdown net.ipv6.conf.lo.ignore_routes_with_linkdown net.ipv6.conf.c0.ignore_routes_with_linkdown net.ipv6.conf.e0.ignore_routes_with_linkdown net.ipv6.conf.i0.ignore_routes_with_linkdown net.ipv6.conf.all.max_addresses net.ipv6.conf.default.max_addresses net.ipv6.conf.lo.max_addresses net.ipv6.conf.c0.max_addresses net.ipv6.conf.e0.max_addresses net.ipv6.conf.i0.max_addresses net.ipv6.conf.all.ndisc_notify net.ipv6.conf.default.ndisc_notify net.ipv6.conf.lo.ndisc_notify net.ipv6.conf.c0.ndisc_notify net.ipv6.conf.e0.ndisc_notify net.ipv6.conf.i0.ndisc_notify
  net.ipv6.conf.all.accept_ra = 0
  net.ipv6.conf.default.accept_ra = 1
  net.ipv6.conf.lo.accept_ra = 1
  net.ipv6.conf.c0.accept_ra = 1
  net.ipv6.conf.e0.accept_ra = 1
  net.ipv6.conf.i0.accept_ra = 1
  net.ipv6.conf.all.disable_ipv6 = 0
  net.ipv6.conf.default.disable_ipv6 = 0
  net.ipv6.conf.lo.disable_ipv6 = 0
  net.ipv6.conf.c0.disable_ipv6 = 0
  net.ipv6.conf.e0.disable_ipv6 = 1
  net.ipv6.conf.i0.disable_ipv6 = 0
  net.ipv6.conf.all.forwarding = 0
  net.ipv6.conf.default.forwarding = 1
  net.ipv6.conf.lo.forwarding = 0
  net.ipv6.conf.c0.forwarding = 0
  net.ipv6.conf.e0.forwarding = 0
  net.ipv6.conf.i0.forwarding = 1
  net.ipv6.conf.all.ignore_routes_with_linkdown = 0
  net.ipv6.conf.default.ignore_routes_with_linkdown = 0
  net.ipv6.conf.lo.ignore_routes_with_linkdown = 0
  net.ipv6.conf.c0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.e0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.i0.ignore_routes_with_linkdown = 0
  net.ipv6.conf.all.max_addresses = 16
  net.ipv6.conf.default.max_addresses = 16
  net.ipv6.conf.lo.max_addresses = 16
  net.ipv6.conf.c0.max_addresses = 16
  net.ipv6.conf.e0.max_addresses = 16
  net.ipv6.conf.i0.max_addresses = 16
  net.ipv6.conf.all.ndisc_notify = 0
  net.ipv6.conf.default.ndisc_notify = 0
  net.ipv6.conf.lo.ndisc_notify = 1
  net.ipv6.conf.c0.ndisc_notify = 0
  net.ipv6.conf.e0.ndisc_notify = 0
  net.ipv6.conf.i0.ndisc_notify = 0
  $ sleep 2; ip -6 addr show | grep -v 'valid_lft'
  [1]
  $ ip -6 netconf
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 e0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 c0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 i0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet6 default forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  $ awk '{print $2, $3, $4}' /proc/net/igmp6 | sort
  c0 ff010000000000000000000000000001 1
  c0 ff020000000000000000000000000001 1
  e0 ff010000000000000000000000000001 1
  e0 ff020000000000000000000000000001 1
  i0 ff010000000000000000000000000001 1
  i0 ff020000000000000000000000000001 1
  i0 ff020000000000000000000000000002 1
  lo ff010000000000000000000000000001 1
  lo ff020000000000000000000000000001 1
  $ ip -6 maddr show | grep -v '^\s*link'
  1:	lo
  	inet6 ff02::1
  	inet6 ff01::1
  4:	e0
  	inet6 ff02::1
  	inet6 ff01::1
  5:	c0
  	inet6 ff02::1
  	inet6 ff01::1
  8:	i0
  	inet6 ff02::2
  	inet6 ff02::1
  	inet6 ff01::1
