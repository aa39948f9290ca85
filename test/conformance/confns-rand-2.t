Random differential scenario (seed 2): writes to conf/all, conf/default and conf/DEV of random IPv4 knobs in three namespaces (the first one's and two made by ip netns add), veth pairs made across them and devices moved between x and y (a moved device starts again from its new namespace's default); reads of every set in every namespace, ip -4 netconf.

  $ ip netns add x; ip netns add y
  $ ip link add a0 netns x address 02:00:00:00:00:21 type veth peer name b0 address 02:00:00:00:00:22
  $ ip netns exec x sysctl net.ipv4.conf.all.tag net.ipv4.conf.default.tag net.ipv4.conf.lo.tag net.ipv4.conf.a0.tag
  net.ipv4.conf.all.tag = 0
  net.ipv4.conf.default.tag = 0
  net.ipv4.conf.lo.tag = 0
  net.ipv4.conf.a0.tag = 0
  $ ip netns exec y sysctl -w net.ipv4.conf.default.rp_filter=2
  net.ipv4.conf.default.rp_filter = 2
  $ ip netns exec y sysctl net.ipv4.conf.all.tag net.ipv4.conf.default.tag net.ipv4.conf.lo.tag net.ipv4.conf.all.shared_media net.ipv4.conf.default.shared_media net.ipv4.conf.lo.shared_media
  net.ipv4.conf.all.tag = 0
  net.ipv4.conf.default.tag = 0
  net.ipv4.conf.lo.tag = 0
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.lo.shared_media = 1
  $ ip link add c0 address 02:00:00:00:00:23 type veth peer name e0 address 02:00:00:00:00:24
  $ ip netns exec x sysctl -w net.ipv4.conf.lo.tag=0
  net.ipv4.conf.lo.tag = 0
  $ ip link add f0 address 02:00:00:00:00:25 type veth peer name g0 address 02:00:00:00:00:26
  $ ip netns exec x sysctl -w net.ipv4.conf.default.tag=7
  net.ipv4.conf.default.tag = 7
  $ ip -n y -4 netconf
  inet lo forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip link add h0 netns x address 02:00:00:00:00:27 type veth peer name i0 netns x address 02:00:00:00:00:28
  $ ip netns exec x sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.a0.rp_filter net.ipv4.conf.h0.rp_filter net.ipv4.conf.i0.rp_filter net.ipv4.conf.all.shared_media net.ipv4.conf.default.shared_media net.ipv4.conf.lo.shared_media net.ipv4.conf.a0.shared_media net.ipv4.conf.h0.shared_media net.ipv4.conf.i0.shared_media
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.lo.rp_filter = 0
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.h0.rp_filter = 0
  net.ipv4.conf.i0.rp_filter = 0
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.lo.shared_media = 1
  net.ipv4.conf.a0.shared_media = 1
  net.ipv4.conf.h0.shared_media = 1
  net.ipv4.conf.i0.shared_media = 1
  $ ip netns exec x sysctl -w net.ipv4.conf.h0.tag=0
  net.ipv4.conf.h0.tag = 0
  $ ip -n x link set h0 netns y
  $ ip -n y link set h0 netns x
  $ ip -n x link set h0 netns y
  $ ip netns exec x sysctl net.ipv4.conf.all.tag net.ipv4.conf.default.tag net.ipv4.conf.lo.tag net.ipv4.conf.a0.tag net.ipv4.conf.i0.tag net.ipv4.conf.all.shared_media net.ipv4.conf.default.shared_media net.ipv4.conf.lo.shared_media net.ipv4.conf.a0.shared_media net.ipv4.conf.i0.shared_media
  net.ipv4.conf.all.tag = 0
  net.ipv4.conf.default.tag = 7
  net.ipv4.conf.lo.tag = 0
  net.ipv4.conf.a0.tag = 7
  net.ipv4.conf.i0.tag = 7
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.lo.shared_media = 1
  net.ipv4.conf.a0.shared_media = 1
  net.ipv4.conf.i0.shared_media = 1
  $ ip -n x link set a0 netns y
  $ ip -n y -4 netconf
  inet lo forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet h0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec y sysctl net.ipv4.conf.all.shared_media net.ipv4.conf.default.shared_media net.ipv4.conf.lo.shared_media net.ipv4.conf.a0.shared_media net.ipv4.conf.h0.shared_media net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.a0.rp_filter net.ipv4.conf.h0.rp_filter
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.lo.shared_media = 1
  net.ipv4.conf.a0.shared_media = 1
  net.ipv4.conf.h0.shared_media = 1
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 2
  net.ipv4.conf.lo.rp_filter = 2
  net.ipv4.conf.a0.rp_filter = 2
  net.ipv4.conf.h0.rp_filter = 2
  $ ip netns exec y sysctl -w net.ipv4.conf.a0.tag=7
  net.ipv4.conf.a0.tag = 7
  $ sysctl -w net.ipv4.conf.f0.tag=0
  net.ipv4.conf.f0.tag = 0
  $ ip netns exec x sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.i0.forwarding
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.conf.i0.forwarding = 0
  $ ip -4 netconf
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet e0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet c0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet g0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet f0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec y sysctl -w net.ipv4.conf.all.forwarding=0
  net.ipv4.conf.all.forwarding = 0
  $ sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.b0.forwarding net.ipv4.conf.c0.forwarding net.ipv4.conf.e0.forwarding net.ipv4.conf.f0.forwarding net.ipv4.conf.g0.forwarding net.ipv4.conf.all.tag net.ipv4.conf.default.tag net.ipv4.conf.lo.tag net.ipv4.conf.b0.tag net.ipv4.conf.c0.tag net.ipv4.conf.e0.tag net.ipv4.conf.f0.tag net.ipv4.conf.g0.tag
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.conf.b0.forwarding = 0
  net.ipv4.conf.c0.forwarding = 0
  net.ipv4.conf.e0.forwarding = 0
  net.ipv4.conf.f0.forwarding = 0
  net.ipv4.conf.g0.forwarding = 0
  net.ipv4.conf.all.tag = 0
  net.ipv4.conf.default.tag = 0
  net.ipv4.conf.lo.tag = 0
  net.ipv4.conf.b0.tag = 0
  net.ipv4.conf.c0.tag = 0
  net.ipv4.conf.e0.tag = 0
  net.ipv4.conf.f0.tag = 0
  net.ipv4.conf.g0.tag = 0
  $ ip -4 netconf
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet e0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet c0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet g0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet f0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec y sysctl -w net.ipv4.ip_forward=0
  net.ipv4.ip_forward = 0
  $ ip netns exec x sysctl -w net.ipv4.conf.default.accept_redirects=0
  net.ipv4.conf.default.accept_redirects = 0
  $ sysctl -w net.ipv4.conf.all.accept_redirects=1
  net.ipv4.conf.all.accept_redirects = 1
  $ sysctl -w net.ipv4.conf.default.accept_redirects=1
  net.ipv4.conf.default.accept_redirects = 1
  $ ip -n y link set a0 netns x
  $ sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects net.ipv4.conf.lo.accept_redirects net.ipv4.conf.b0.accept_redirects net.ipv4.conf.c0.accept_redirects net.ipv4.conf.e0.accept_redirects net.ipv4.conf.f0.accept_redirects net.ipv4.conf.g0.accept_redirects net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.b0.forwarding net.ipv4.conf.c0.forwarding net.ipv4.conf.e0.forwarding net.ipv4.conf.f0.forwarding net.ipv4.conf.g0.forwarding net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.b0.rp_filter net.ipv4.conf.c0.rp_filter net.ipv4.conf.e0.rp_filter net.ipv4.conf.f0.rp_filter net.ipv4.conf.g0.rp_filter net.ipv4.conf.all.shared_media net.ipv4.conf.default.shared_media net.ipv4.conf.lo.shared_media net.ipv4.conf.b0.shared_media net.ipv4.conf.c0.shared_media net.ipv4.conf.e0.shared_media net.ipv4.conf.f0.shared_media net.ipv4.conf.g0.shared_media net.ipv4.conf.all.tag net.ipv4.conf.default.tag net.ipv4.conf.lo.tag net.ipv4.conf.b0.tag net.ipv4.conf.c0.tag net.ipv4.conf.e0.tag net.ipv4.conf.f0.tag net.ipv4.conf.g0.tag
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.default.accept_redirects = 1
  net.ipv4.conf.lo.accept_redirects = 1
  net.ipv4.conf.b0.accept_redirects = 1
  net.ipv4.conf.c0.accept_redirects = 1
  net.ipv4.conf.e0.accept_redirects = 1
  net.ipv4.conf.f0.accept_redirects = 1
  net.ipv4.conf.g0.accept_redirects = 1
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.conf.b0.forwarding = 0
  net.ipv4.conf.c0.forwarding = 0
  net.ipv4.conf.e0.forwarding = 0
  net.ipv4.conf.f0.forwarding = 0
  net.ipv4.conf.g0.forwarding = 0
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.lo.rp_filter = 0
  net.ipv4.conf.b0.rp_filter = 0
  net.ipv4.conf.c0.rp_filter = 0
  net.ipv4.conf.e0.rp_filter = 0
  net.ipv4.conf.f0.rp_filter = 0
  net.ipv4.conf.g0.rp_filter = 0
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.lo.shared_media = 1
  net.ipv4.conf.b0.shared_media = 1
  net.ipv4.conf.c0.shared_media = 1
  net.ipv4.conf.e0.shared_media = 1
  net.ipv4.conf.f0.shared_media = 1
  net.ipv4.conf.g0.shared_media = 1
  net.ipv4.conf.all.tag = 0
  net.ipv4.conf.default.tag = 0
  net.ipv4.conf.lo.tag = 0
  net.ipv4.conf.b0.tag = 0
  net.ipv4.conf.c0.tag = 0
  net.ipv4.conf.e0.tag = 0
  net.ipv4.conf.f0.tag = 0
  net.ipv4.conf.g0.tag = 0
  $ ip netns exec x sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects net.ipv4.conf.lo.accept_redirects net.ipv4.conf.a0.accept_redirects net.ipv4.conf.i0.accept_redirects net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.a0.forwarding net.ipv4.conf.i0.forwarding net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.a0.rp_filter net.ipv4.conf.i0.rp_filter net.ipv4.conf.all.shared_media net.ipv4.conf.default.shared_media net.ipv4.conf.lo.shared_media net.ipv4.conf.a0.shared_media net.ipv4.conf.i0.shared_media net.ipv4.conf.all.tag net.ipv4.conf.default.tag net.ipv4.conf.lo.tag net.ipv4.conf.a0.tag net.ipv4.conf.i0.tag
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.default.accept_redirects = 0
  net.ipv4.conf.lo.accept_redirects = 0
  net.ipv4.conf.a0.accept_redirects = 0
  net.ipv4.conf.i0.accept_redirects = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.i0.forwarding = 0
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.lo.rp_filter = 0
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.i0.rp_filter = 0
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.lo.shared_media = 1
  net.ipv4.conf.a0.shared_media = 1
  net.ipv4.conf.i0.shared_media = 1
  net.ipv4.conf.all.tag = 0
  net.ipv4.conf.default.tag = 7
  net.ipv4.conf.lo.tag = 0
  net.ipv4.conf.a0.tag = 7
  net.ipv4.conf.i0.tag = 7
  $ ip netns exec y sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects net.ipv4.conf.lo.accept_redirects net.ipv4.conf.h0.accept_redirects net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.h0.forwarding net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.h0.rp_filter net.ipv4.conf.all.shared_media net.ipv4.conf.default.shared_media net.ipv4.conf.lo.shared_media net.ipv4.conf.h0.shared_media net.ipv4.conf.all.tag net.ipv4.conf.default.tag net.ipv4.conf.lo.tag net.ipv4.conf.h0.tag
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.default.accept_redirects = 1
  net.ipv4.conf.lo.accept_redirects = 1
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.conf.h0.forwarding = 0
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 2
  net.ipv4.conf.lo.rp_filter = 2
  net.ipv4.conf.h0.rp_filter = 2
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.lo.shared_media = 1
  net.ipv4.conf.h0.shared_media = 1
  net.ipv4.conf.all.tag = 0
  net.ipv4.conf.default.tag = 0
  net.ipv4.conf.lo.tag = 0
  net.ipv4.conf.h0.tag = 0
