Random differential scenario (seed 15): what ip monitor netconf (IPv4 and IPv6) hears while conf/all, conf/default and conf/DEV knobs are written (the announced ones and others, same and new values) and devices are made, renamed, moved to another namespace, re-MTU'd and deleted.

  $ ip netns add x
  $ ip link add a0 address 02:00:00:00:00:31 type veth peer name b0 address 02:00:00:00:00:32
  $ ip monitor netconf > mon 2>&1 & sleep 0.3
  $ sysctl -qw net.ipv4.ip_forward=0
  $ sysctl -qw net.ipv4.conf.all.accept_local=0; echo $?
  0
  $ ip link set b0 netns x
  $ sysctl -qw net.ipv6.conf.lo.proxy_ndp=1; echo $?
  0
  $ sysctl -qw net.ipv6.conf.lo.disable_ipv6=1; echo $?
  0
  $ sysctl -qw net.ipv4.conf.a0.ignore_routes_with_linkdown=0; echo $?
  0
  $ ip link add c0 address 02:00:00:00:00:33 type veth peer name e0 address 02:00:00:00:00:34
  $ ip link set c0 netns x
  $ sysctl -qw net.ipv4.conf.a0.bc_forwarding=1; echo $?
  0
  $ ip link set e0 down
  $ sleep 0.3; kill %1; sleep 0.2; cat mon
  Deleted inet b0 
  Deleted inet6 b0 
  inet6 lo proxy_neigh on 
  inet e0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 e0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet c0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 c0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  Deleted inet c0 
  Deleted inet6 c0 
  $ ip netconf
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet e0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 e0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
