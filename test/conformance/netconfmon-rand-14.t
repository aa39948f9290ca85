Random differential scenario (seed 14): what ip monitor netconf (IPv4 and IPv6) hears while conf/all, conf/default and conf/DEV knobs are written (the announced ones and others, same and new values) and devices are made, renamed, moved to another namespace, re-MTU'd and deleted.

  $ ip netns add x
  $ ip link add a0 address 02:00:00:00:00:31 type veth peer name b0 address 02:00:00:00:00:32
  $ ip monitor netconf > mon 2>&1 & sleep 0.3
  $ ip link set a0 name c0
  $ sysctl -qw net.ipv6.conf.all.proxy_ndp=1; echo $?
  0
  $ sysctl -qw net.ipv4.conf.c0.forwarding=0; echo $?
  0
  $ sysctl -qw net.ipv4.conf.lo.bc_forwarding=1; echo $?
  0
  $ sysctl -qw net.ipv4.conf.default.ignore_routes_with_linkdown=0; echo $?
  0
  $ sysctl -qw net.ipv4.ip_forward=1
  $ sysctl -qw net.ipv4.conf.b0.accept_local=1; echo $?
  0
  $ sysctl -qw net.ipv6.conf.c0.forwarding=1; echo $?
  0
  $ ip link set lo mtu 60; echo $?
  0
  $ ip link add e0 address 02:00:00:00:00:33 type veth peer name f0 address 02:00:00:00:00:34
  $ ip link add g0 address 02:00:00:00:00:35 type veth peer name h0 address 02:00:00:00:00:36
  $ sysctl -qw net.ipv4.conf.g0.proxy_arp=0; echo $?
  0
  $ sysctl -qw net.ipv4.conf.b0.forwarding=1; echo $?
  0
  $ sysctl -qw net.ipv4.conf.b0.accept_local=1; echo $?
  0
  $ sleep 0.3; kill %1; sleep 0.2; cat mon
  Deleted inet a0 
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  Deleted inet6 a0 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all proxy_neigh on 
  inet all forwarding on 
  inet default forwarding on 
  inet lo forwarding on 
  inet b0 forwarding on 
  inet a0 forwarding on 
  inet6 a0 forwarding on 
  Deleted inet lo 
  inet f0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 f0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet e0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 e0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet h0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet g0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 g0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netconf
  inet b0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet c0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet f0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet e0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet h0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet g0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 c0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 f0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 e0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 g0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
