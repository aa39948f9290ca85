ip netconf: the forwarding knobs of each device, all and default, per family, as sysctl changes them; one device by request or by dump.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip netconf
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netconf show dev a0
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -4 netconf show dev a0
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -6 netconf show dev a0
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -qw net.ipv4.conf.a0.rp_filter=2
  $ sysctl -qw net.ipv4.conf.a0.proxy_arp=1
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip -4 netconf
  inet lo forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding on rp_filter loose mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet all forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ sysctl -qw net.ipv4.conf.b0.rp_filter=1
  $ sysctl -qw net.ipv6.conf.b0.forwarding=1
  $ sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1
  $ ip netconf show dev b0
  inet b0 forwarding on rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -j netconf show dev b0
  [{"family":"inet","interface":"b0","forwarding":true,"rp_filter":"strict","mc_forwarding":false,"proxy_neigh":false,"ignore_routes_with_linkdown":false},{"family":"inet6","interface":"b0","forwarding":true,"proxy_neigh":false,"ignore_routes_with_linkdown":false}]
  $ ip -4 -j netconf show dev a0
  inet a0 forwarding on rp_filter loose mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  $ ip -6 netconf
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netconf show dev nosuch
  Device "nosuch" does not exist.
  [1]
  $ ip netconf list
  inet lo forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet b0 forwarding on rp_filter strict mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding on rp_filter loose mc_forwarding off proxy_neigh on ignore_routes_with_linkdown off 
  inet all forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown on 
  inet default forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netconf foo
  Command "foo" is unknown, try "ip netconf help".
  [255]
  $ ip link set a0 mtu 1000
  $ ip -6 netconf
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -6 netconf show dev a0
