conf/all against conf/DEV for the knobs whose effective value mixes both (rp_filter and arp_ignore take the max, proxy_arp and route_localnet OR): each file keeps its own value, ip netconf shows the device's own, and writes to all never copy into devices (only forwarding does).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.proxy_arp=1 net.ipv4.conf.all.route_localnet=1
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.all.arp_ignore = 1
  net.ipv4.conf.all.proxy_arp = 1
  net.ipv4.conf.all.route_localnet = 1
  $ sysctl net.ipv4.conf.a0.rp_filter net.ipv4.conf.a0.arp_ignore net.ipv4.conf.a0.proxy_arp net.ipv4.conf.a0.route_localnet
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.a0.arp_ignore = 0
  net.ipv4.conf.a0.proxy_arp = 0
  net.ipv4.conf.a0.route_localnet = 0
  $ ip -4 netconf show dev a0
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 netconf show dev all
  Device "all" does not exist.
  [1]
  $ ip -4 netconf show dev default
  Device "default" does not exist.
  [1]
  $ sysctl -w net.ipv4.conf.a0.rp_filter=1
  net.ipv4.conf.a0.rp_filter = 1
  $ ip -4 netconf show dev a0
  inet a0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -w net.ipv4.conf.all.forwarding=1
  net.ipv4.conf.all.forwarding = 1
  $ sysctl net.ipv4.conf.a0.forwarding net.ipv4.conf.b0.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.default.forwarding net.ipv4.ip_forward
  net.ipv4.conf.a0.forwarding = 1
  net.ipv4.conf.b0.forwarding = 1
  net.ipv4.conf.lo.forwarding = 1
  net.ipv4.conf.default.forwarding = 1
  net.ipv4.ip_forward = 1
  $ sysctl -w net.ipv4.conf.a0.forwarding=0
  net.ipv4.conf.a0.forwarding = 0
  $ sysctl net.ipv4.conf.all.forwarding net.ipv4.ip_forward
  net.ipv4.conf.all.forwarding = 1
  net.ipv4.ip_forward = 1
  $ sysctl -w net.ipv4.ip_forward=0
  net.ipv4.ip_forward = 0
  $ sysctl net.ipv4.conf.a0.forwarding net.ipv4.conf.b0.forwarding net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.b0.forwarding = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 0
  $ sysctl -w net.ipv4.conf.default.forwarding=1
  net.ipv4.conf.default.forwarding = 1
  $ ip link add c0 type veth peer name d0
  $ sysctl net.ipv4.conf.c0.forwarding net.ipv4.conf.a0.forwarding net.ipv4.conf.c0.rp_filter
  net.ipv4.conf.c0.forwarding = 1
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.c0.rp_filter = 0
  $ ip -4 netconf
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet d0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet c0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter loose mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet default forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -a -r 'conf\.(all|a0|c0)\.(rp_filter|forwarding|proxy_arp)$'
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.a0.proxy_arp = 0
  net.ipv4.conf.a0.rp_filter = 1
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.all.proxy_arp = 1
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.c0.forwarding = 1
  net.ipv4.conf.c0.proxy_arp = 0
  net.ipv4.conf.c0.rp_filter = 0
  net.ipv6.conf.a0.forwarding = 0
  net.ipv6.conf.all.forwarding = 0
  net.ipv6.conf.c0.forwarding = 0
