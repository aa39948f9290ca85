The ARP knobs of conf/DEV written with 7, -3 and 2^31 (which are range-checked, which take any int), read back with sysctl, written with spaces, hex and trailing junk, and a two-number write to /proc; what ip netconf shows for the device.
  $ ip link add x0 type veth peer name y0
  $ for k in arp_announce arp_ignore arp_filter arp_accept arp_notify arp_evict_nocarrier drop_gratuitous_arp drop_unicast_in_l2_multicast proxy_arp proxy_arp_pvlan medium_id accept_local route_localnet; do sysctl -w net.ipv4.conf.x0.$k=7 2>&1; sysctl -w net.ipv4.conf.x0.$k=-3 2>&1; sysctl -w net.ipv4.conf.x0.$k=2147483648 2>&1; done
  net.ipv4.conf.x0.arp_announce = 7
  net.ipv4.conf.x0.arp_announce = -3
  sysctl: setting key "net.ipv4.conf.x0.arp_announce": Invalid argument
  net.ipv4.conf.x0.arp_ignore = 7
  net.ipv4.conf.x0.arp_ignore = -3
  sysctl: setting key "net.ipv4.conf.x0.arp_ignore": Invalid argument
  net.ipv4.conf.x0.arp_filter = 7
  net.ipv4.conf.x0.arp_filter = -3
  sysctl: setting key "net.ipv4.conf.x0.arp_filter": Invalid argument
  net.ipv4.conf.x0.arp_accept = 7
  net.ipv4.conf.x0.arp_accept = -3
  sysctl: setting key "net.ipv4.conf.x0.arp_accept": Invalid argument
  net.ipv4.conf.x0.arp_notify = 7
  net.ipv4.conf.x0.arp_notify = -3
  sysctl: setting key "net.ipv4.conf.x0.arp_notify": Invalid argument
  net.ipv4.conf.x0.arp_evict_nocarrier = 7
  net.ipv4.conf.x0.arp_evict_nocarrier = -3
  sysctl: setting key "net.ipv4.conf.x0.arp_evict_nocarrier": Invalid argument
  net.ipv4.conf.x0.drop_gratuitous_arp = 7
  net.ipv4.conf.x0.drop_gratuitous_arp = -3
  sysctl: setting key "net.ipv4.conf.x0.drop_gratuitous_arp": Invalid argument
  net.ipv4.conf.x0.drop_unicast_in_l2_multicast = 7
  net.ipv4.conf.x0.drop_unicast_in_l2_multicast = -3
  sysctl: setting key "net.ipv4.conf.x0.drop_unicast_in_l2_multicast": Invalid argument
  net.ipv4.conf.x0.proxy_arp = 7
  net.ipv4.conf.x0.proxy_arp = -3
  sysctl: setting key "net.ipv4.conf.x0.proxy_arp": Invalid argument
  net.ipv4.conf.x0.proxy_arp_pvlan = 7
  net.ipv4.conf.x0.proxy_arp_pvlan = -3
  sysctl: setting key "net.ipv4.conf.x0.proxy_arp_pvlan": Invalid argument
  net.ipv4.conf.x0.medium_id = 7
  net.ipv4.conf.x0.medium_id = -3
  sysctl: setting key "net.ipv4.conf.x0.medium_id": Invalid argument
  net.ipv4.conf.x0.accept_local = 7
  net.ipv4.conf.x0.accept_local = -3
  sysctl: setting key "net.ipv4.conf.x0.accept_local": Invalid argument
  net.ipv4.conf.x0.route_localnet = 7
  net.ipv4.conf.x0.route_localnet = -3
  sysctl: setting key "net.ipv4.conf.x0.route_localnet": Invalid argument
  [1]
  $ sysctl net.ipv4.conf.x0 | grep -E 'arp|proxy|medium|drop|local' 
  net.ipv4.conf.x0.accept_local = -3
  net.ipv4.conf.x0.arp_accept = -3
  net.ipv4.conf.x0.arp_announce = -3
  net.ipv4.conf.x0.arp_evict_nocarrier = -3
  net.ipv4.conf.x0.arp_filter = -3
  net.ipv4.conf.x0.arp_ignore = -3
  net.ipv4.conf.x0.arp_notify = -3
  net.ipv4.conf.x0.drop_gratuitous_arp = -3
  net.ipv4.conf.x0.drop_unicast_in_l2_multicast = -3
  net.ipv4.conf.x0.medium_id = -3
  net.ipv4.conf.x0.proxy_arp = -3
  net.ipv4.conf.x0.proxy_arp_pvlan = -3
  net.ipv4.conf.x0.route_localnet = -3
  $ sysctl -w net.ipv4.conf.x0.arp_accept=" 2 " net.ipv4.conf.x0.arp_ignore=0x3 net.ipv4.conf.x0.arp_announce=1abc
  net.ipv4.conf.x0.arp_accept = 2
  net.ipv4.conf.x0.arp_ignore = 0x3
  sysctl: setting key "net.ipv4.conf.x0.arp_announce": Invalid argument
  [1]
  $ echo "1 2" > /proc/sys/net/ipv4/conf/x0/arp_filter; cat /proc/sys/net/ipv4/conf/x0/arp_filter
  1
  $ ip netconf show dev x0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet6 x0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
