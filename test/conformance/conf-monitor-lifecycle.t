ip monitor netconf over an in_device's life: made with a device (all knobs), gone and back with lo's MTU (inetdev_destroy, inetdev_init), renamed (nothing), moved to another namespace (deleted here, new there), deleted; a write of the same value announces nothing; ip_forward announces all, default and each device.
  $ ip netns add x; ip link set lo up
  $ ip monitor netconf > mon 2>&1 & sleep 0.3
  $ ip -n x monitor netconf > monx 2>&1 & sleep 0.3
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02; sleep 0.2
  $ sysctl -qw net.ipv4.conf.a0.rp_filter=0 net.ipv4.conf.a0.proxy_arp=0 net.ipv4.conf.a0.forwarding=0; sleep 0.1
  $ sysctl -qw net.ipv4.conf.a0.rp_filter=2; sleep 0.1
  $ ip link set lo mtu 60; sleep 0.2; ip link set lo mtu 1500; sleep 0.2
  $ ip link set b0 name c0; sleep 0.2
  $ sysctl -qw net.ipv4.ip_forward=1; sleep 0.2
  $ ip link set c0 netns x; sleep 0.2
  $ ip netns exec x sysctl -qw net.ipv4.conf.c0.rp_filter=1; sleep 0.1
  $ ip link del a0; sleep 0.3
  $ kill %1 %2; sleep 0.2; cat mon; echo ==; cat monx
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 rp_filter loose 
  Deleted inet lo 
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  Deleted inet b0 
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  Deleted inet6 b0 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding on 
  inet default forwarding on 
  inet lo forwarding on 
  inet b0 forwarding on 
  inet a0 forwarding on 
  Deleted inet b0 
  Deleted inet6 b0 
  Deleted inet a0 
  Deleted inet6 a0 
  ==
  inet c0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 c0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet c0 rp_filter strict 
  Deleted inet c0 
  Deleted inet6 c0 
