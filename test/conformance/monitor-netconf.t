ip -4 monitor netconf: a new device's every knob (NETCONFA_ALL), one line per changed knob (forwarding, rp_filter as strict/loose, proxy_neigh, ignore_routes_with_linkdown) of a device, all and default, all's forwarding copied to default and every device, "Deleted" when a device goes; with -o, and under ip -4 monitor all with the [NETCONF] banner. ip -4 monitor link still prints the link-layer line (the monitor resets the family filter).
  $ ip -4 monitor netconf > mon1 2>&1 & sleep 0.3
  $ ip link add d0 address 02:00:00:00:00:d0 type veth peer name e0 address 02:00:00:00:00:e0; sleep 0.3
  $ sysctl -qw net.ipv4.conf.d0.forwarding=1; sleep 0.1
  $ sysctl -qw net.ipv4.conf.d0.rp_filter=2; sleep 0.1
  $ sysctl -qw net.ipv4.conf.all.forwarding=1; sleep 0.1
  $ sysctl -qw net.ipv4.conf.d0.proxy_arp=1 net.ipv4.conf.d0.ignore_routes_with_linkdown=1 net.ipv4.conf.default.rp_filter=1; sleep 0.1
  $ sysctl -qw net.ipv4.conf.d0.rp_filter=2 net.ipv4.conf.d0.accept_local=1; sleep 0.1
  $ ip link del d0; sleep 0.3
  $ kill %1; sleep 0.2; cat mon1
  inet e0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet d0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet d0 forwarding on 
  inet d0 rp_filter loose 
  inet all forwarding on 
  inet default forwarding on 
  inet lo forwarding on 
  inet e0 forwarding on 
  inet d0 forwarding on 
  inet d0 proxy_neigh on 
  inet d0 ignore_routes_with_linkdown on 
  inet default rp_filter strict 
  Deleted inet d0 
  Deleted inet e0 
  $ ip -4 -o monitor all > mon2 2>&1 & sleep 0.3
  $ sysctl -qw net.ipv4.conf.lo.forwarding=0 net.ipv4.conf.all.rp_filter=1; sleep 0.1
  $ ip link add d1 address 02:00:00:00:00:d1 type veth peer name e1 address 02:00:00:00:00:e1; sleep 0.3
  $ kill %1; sleep 0.2; cat mon2
  [NETCONF]inet lo forwarding off 
  [NETCONF]inet all rp_filter strict 
  [NETCONF]inet e1 forwarding on rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  [LINK]4: e1@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default \    link/ether 02:00:00:00:00:e1 brd ff:ff:ff:ff:ff:ff
  [NETCONF]inet d1 forwarding on rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  [LINK]5: d1@e1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default \    link/ether 02:00:00:00:00:d1 brd ff:ff:ff:ff:ff:ff
  $ ip -4 netconf show dev d1
  inet d1 forwarding on rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 monitor link > m3 2>&1 & sleep 0.2
  $ ip link set d1 mtu 1400; sleep 0.2; kill %1; sleep 0.1; cat m3
  5: d1@e1: <BROADCAST,MULTICAST,M-DOWN> mtu 1400 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:d1 brd ff:ff:ff:ff:ff:ff
