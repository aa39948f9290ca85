rp_filter, forwarding, proxy_neigh, ignore_routes_with_linkdown written on all/default/dev in a loop, with ip netconf show (plain, -j, dev, all, default, -4) after each write.
  $ ip link add x0 type veth peer name y0
  $ for k in rp_filter forwarding proxy_arp ignore_routes_with_linkdown; do for w in all default x0; do for v in 1 2 0; do echo "== $w.$k=$v"; sysctl -q -w net.ipv4.conf.$w.$k=$v 2>&1; echo "rc $?"; ip -4 netconf show dev x0; ip -4 netconf show dev y0; done; done; done
  == all.rp_filter=1
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.rp_filter=2
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.rp_filter=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == default.rp_filter=1
  rc 0
  inet x0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == default.rp_filter=2
  rc 0
  inet x0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == default.rp_filter=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.rp_filter=1
  rc 0
  inet x0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.rp_filter=2
  rc 0
  inet x0 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.rp_filter=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.forwarding=1
  rc 0
  inet x0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.forwarding=2
  rc 0
  inet x0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.forwarding=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == default.forwarding=1
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == default.forwarding=2
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == default.forwarding=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.forwarding=1
  rc 0
  inet x0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.forwarding=2
  rc 0
  inet x0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.forwarding=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.proxy_arp=1
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.proxy_arp=2
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.proxy_arp=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == default.proxy_arp=1
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  == default.proxy_arp=2
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  == default.proxy_arp=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.proxy_arp=1
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.proxy_arp=2
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.proxy_arp=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.ignore_routes_with_linkdown=1
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.ignore_routes_with_linkdown=2
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == all.ignore_routes_with_linkdown=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == default.ignore_routes_with_linkdown=1
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown on 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown on 
  == default.ignore_routes_with_linkdown=2
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown on 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown on 
  == default.ignore_routes_with_linkdown=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.ignore_routes_with_linkdown=1
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown on 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.ignore_routes_with_linkdown=2
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown on 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == x0.ignore_routes_with_linkdown=0
  rc 0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ for a in "" "dev lo" "dev all" "dev default" "dev nodev" "-j dev x0" "-o dev x0"; do echo "== $a"; ip -4 netconf show $a 2>&1; echo "rc $?"; done
  == 
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet y0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc 0
  == dev lo
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc 0
  == dev all
  Device "all" does not exist.
  rc 1
  == dev default
  Device "default" does not exist.
  rc 1
  == dev nodev
  Device "nodev" does not exist.
  rc 1
  == -j dev x0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc 0
  == -o dev x0
  inet x0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc 0
  $ for a in "dev x0" "dev all" "dev default"; do echo "== $a"; ip -6 netconf show $a 2>&1 | head -2; done
  == dev x0
  inet6 x0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  == dev all
  Device "all" does not exist.
  == dev default
  Device "default" does not exist.
