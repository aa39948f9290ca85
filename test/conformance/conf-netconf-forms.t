ip netconf forms after conf writes: each device's own values (not the effective max with all), -j/-p, -4/-6/-0, a device without IPv4 (lo under 68 bytes of MTU), an unknown device, all and default by name.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ sysctl -qw net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.h0.rp_filter=1 net.ipv4.conf.x0.rp_filter=3
  $ ip -4 netconf show dev h0; ip -4 netconf show dev x0
  inet h0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet x0 forwarding off rp_filter 3 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netconf show dev all; ip netconf show dev default
  Device "all" does not exist.
  Device "default" does not exist.
  [1]
  $ ip -4 netconf show dev all
  Device "all" does not exist.
  [1]
  $ ip -j netconf show dev h0
  [{"family":"inet","interface":"h0","forwarding":false,"rp_filter":"strict","mc_forwarding":false,"proxy_neigh":false,"ignore_routes_with_linkdown":false},{"family":"inet6","interface":"h0","forwarding":false,"proxy_neigh":false,"ignore_routes_with_linkdown":false}]
  $ ip -j -p -4 netconf show dev x0
  inet x0 forwarding off rp_filter 3 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -6 netconf show dev h0
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -0 netconf show dev h0; echo rc=$?
  rc=0
  $ ip netconf show dev nosuch; echo rc=$?
  Device "nosuch" does not exist.
  rc=1
  $ ip netconf show dev; echo rc=$?
  Command line is not complete. Try option "help"
  rc=255
  $ ip netconf show h0; echo rc=$?
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet x0 forwarding off rp_filter 3 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet h0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 x0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip netconf show dev h0 extra; echo rc=$?
  inet h0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip netconf list dev h0; echo rc=$?
  inet h0 forwarding off rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip netconf foo; echo rc=$?
  Command "foo" is unknown, try "ip netconf help".
  rc=255
  $ ip link set lo mtu 60; ip -4 netconf show dev lo; echo rc=$?
  rc=0
  $ ip -6 netconf show dev lo; echo rc=$?
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip link set lo mtu 65536; ip -4 netconf show dev lo
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -qw net.ipv4.conf.h0.proxy_arp=1 net.ipv4.conf.h0.ignore_routes_with_linkdown=1 net.ipv4.conf.h0.forwarding=1
  $ ip -4 netconf show dev h0
  inet h0 forwarding on rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown on 
  $ sysctl -qw net.ipv4.conf.h0.forwarding=7 net.ipv4.conf.h0.proxy_arp=-1 net.ipv4.conf.h0.ignore_routes_with_linkdown=2
  $ ip -4 netconf show dev h0; ip -j netconf show dev h0
  inet h0 forwarding on rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown on 
  [{"family":"inet","interface":"h0","forwarding":true,"rp_filter":"strict","mc_forwarding":false,"proxy_neigh":true,"ignore_routes_with_linkdown":true},{"family":"inet6","interface":"h0","forwarding":false,"proxy_neigh":false,"ignore_routes_with_linkdown":false}]
  $ sysctl -qw net.ipv4.conf.all.forwarding=1; ip -4 netconf show dev h0; ip -4 netconf show dev x0
  inet h0 forwarding on rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown on 
  inet x0 forwarding on rp_filter 3 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 netconf | sort
  inet all forwarding on rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet h0 forwarding on rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown on 
  inet lo forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet x0 forwarding on rp_filter 3 mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -br netconf show dev h0; echo rc=$?
  inet h0 forwarding on rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown on 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -s netconf show dev h0; echo rc=$?
  inet h0 forwarding on rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown on 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -d netconf show dev h0; echo rc=$?
  inet h0 forwarding on rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown on 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip -o netconf show dev h0; echo rc=$?
  inet h0 forwarding on rp_filter strict mc_forwarding off proxy_neigh on ignore_routes_with_linkdown on 
  inet6 h0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  rc=0
  $ ip netconf help; echo rc=$?
  Usage: ip netconf show [ dev STRING ]
  rc=255
