A device's alternative name reaches ip netconf (the index is looked up by name, altnames too) but not the sysctl tree, which knows the device by its name only; ip netconf of a device index that has gone.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link property add dev a0 altname uplink-alt
  $ sysctl -qw net.ipv4.conf.a0.rp_filter=1 net.ipv4.conf.a0.proxy_arp=1
  $ ip -4 netconf show dev uplink-alt
  inet a0 forwarding off rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  $ ip netconf show dev uplink-alt
  inet a0 forwarding off rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -j -4 netconf show dev uplink-alt
  inet a0 forwarding off rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  $ sysctl net.ipv4.conf.uplink-alt.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/uplink-alt/rp_filter: No such file or directory
  [1]
  $ ls /proc/sys/net/ipv4/conf/ | tr '\n' ' '; echo
  a0 all b0 default lo 
  $ ip -4 netconf show dev b0 dev a0
  inet a0 forwarding off rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  $ ip -4 netconf show dev
  Command line is not complete. Try option "help"
  [255]
  $ ip -4 netconf show a0
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 netconf show dev a0 extra
  inet a0 forwarding off rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  $ ip -4 netconf show dev lo | cat; ip -6 netconf show dev lo
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -j netconf show dev a0 | head -c 300; echo
  [{"family":"inet","interface":"a0","forwarding":false,"rp_filter":"strict","mc_forwarding":false,"proxy_neigh":true,"ignore_routes_with_linkdown":false},{"family":"inet6","interface":"a0","forwarding":false,"proxy_neigh":false,"ignore_routes_with_linkdown":false}]
  $ ip -j -p -4 netconf show dev a0
  inet a0 forwarding off rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
