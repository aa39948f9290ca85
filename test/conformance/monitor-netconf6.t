ip monitor netconf with both families: a new device announces its IPv4 and IPv6 knobs (inet6: forwarding, proxy_neigh, ignore_routes_with_linkdown), IPv6 forwarding of one device, of default, and of all (default, then each device with an inet6_dev in order, then all; unchanged ones stay quiet), "Deleted inet6" when a device goes; ip -6 -o filters to IPv6; ip netconf show agrees.
  $ ip monitor netconf > mon1 2>&1 & sleep 0.3
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0; sleep 0.2
  $ sysctl -qw net.ipv6.conf.a0.forwarding=1; sleep 0.1
  $ sysctl -qw net.ipv6.conf.a0.forwarding=1; sleep 0.1
  $ sysctl -qw net.ipv6.conf.default.forwarding=1; sleep 0.1
  $ sysctl -qw net.ipv6.conf.a0.forwarding=0; sleep 0.1
  $ sysctl -qw net.ipv6.conf.all.forwarding=1; sleep 0.1
  $ sysctl -qw net.ipv6.conf.all.forwarding=0; sleep 0.1
  $ kill %1; sleep 0.2; cat mon1
  inet b0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 b0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet a0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a0 forwarding on 
  inet6 default forwarding on 
  inet6 a0 forwarding off 
  inet6 lo forwarding on 
  inet6 b0 forwarding on 
  inet6 a0 forwarding on 
  inet6 all forwarding on 
  inet6 default forwarding off 
  inet6 lo forwarding off 
  inet6 b0 forwarding off 
  inet6 a0 forwarding off 
  inet6 all forwarding off 
  $ ip -6 -o monitor netconf > mon2 2>&1 & sleep 0.3
  $ ip link add c0 address 02:00:00:00:00:c0 type veth peer name d0 address 02:00:00:00:00:d0; sleep 0.2
  $ sysctl -qw net.ipv4.conf.c0.forwarding=1 net.ipv6.conf.c0.forwarding=1; sleep 0.1
  $ ip link del a0; sleep 0.2
  $ kill %1; sleep 0.2; cat mon2
  inet6 d0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 c0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 c0 forwarding on 
  Deleted inet6 a0 
  Deleted inet6 b0 
  $ ip -6 netconf show dev c0; ip -6 netconf show dev d0
  inet6 c0 forwarding on proxy_neigh off ignore_routes_with_linkdown off 
  inet6 d0 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
