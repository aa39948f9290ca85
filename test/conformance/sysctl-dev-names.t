Per-device sysctl directories follow the device: a dotted name spelled with slashes (sysctl turns / into . and . into /), rename, delete, move to another namespace, and the errors for a device that is gone.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a.1 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ls /proc/sys/net/ipv4/conf/
  a.1
  all
  b0
  default
  lo
  $ ls /proc/sys/net/ipv4/neigh/
  a.1
  b0
  lo
  $ sysctl net.ipv4.conf.a/1.forwarding
  net.ipv4.conf.a/1.forwarding = 0
  $ sysctl -w net.ipv4.conf.a/1.rp_filter=2
  net.ipv4.conf.a/1.rp_filter = 2
  $ sysctl net/ipv4/conf/a.1/rp_filter
  net.ipv4.conf.a/1.rp_filter = 2
  $ cat /proc/sys/net/ipv4/conf/a.1/rp_filter
  2
  $ sysctl net.ipv4.conf.a.1.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a/1/rp_filter: No such file or directory
  [1]
  $ sysctl -a -r 'conf\.a/1\.rp_filter'
  net.ipv4.conf.a/1.rp_filter = 2
  $ sysctl -a -r 'neigh\.a/1\.(ucast|mcast)_solicit'
  net.ipv4.neigh.a/1.mcast_solicit = 3
  net.ipv4.neigh.a/1.ucast_solicit = 3
  net.ipv6.neigh.a/1.mcast_solicit = 3
  net.ipv6.neigh.a/1.ucast_solicit = 3
  $ sysctl -N -a -r 'conf.a/1.arp_'
  net.ipv4.conf.a/1.arp_accept
  net.ipv4.conf.a/1.arp_announce
  net.ipv4.conf.a/1.arp_evict_nocarrier
  net.ipv4.conf.a/1.arp_filter
  net.ipv4.conf.a/1.arp_ignore
  net.ipv4.conf.a/1.arp_notify
  $ ip netconf show dev a.1
  inet a.1 forwarding off rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 a.1 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip link set a.1 name c0
  $ sysctl net.ipv4.conf.c0.rp_filter net.ipv4.neigh.c0.ucast_solicit
  net.ipv4.conf.c0.rp_filter = 2
  net.ipv4.neigh.c0.ucast_solicit = 3
  $ sysctl net.ipv4.conf.a/1.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a.1/rp_filter: No such file or directory
  [1]
  $ cat /proc/sys/net/ipv4/conf/a.1/rp_filter
  cat: /proc/sys/net/ipv4/conf/a.1/rp_filter: No such file or directory
  [1]
  $ ls /proc/sys/net/ipv4/conf/
  all
  b0
  c0
  default
  lo
  $ ip netns add n
  $ ip link set c0 netns n
  $ ls /proc/sys/net/ipv4/conf/
  all
  b0
  default
  lo
  $ ip netns exec n sysctl net.ipv4.conf.c0.rp_filter net.ipv4.conf.default.rp_filter
  net.ipv4.conf.c0.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 0
  $ ip netns exec n ls /proc/sys/net/ipv4/conf/
  all
  c0
  default
  lo
  $ sysctl -w net.ipv4.conf.c0.rp_filter=1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/c0/rp_filter: No such file or directory
  [1]
  $ echo 1 > /proc/sys/net/ipv4/conf/c0/rp_filter
  bash: line 81: /proc/sys/net/ipv4/conf/c0/rp_filter: No such file or directory
  [1]
  $ ip link del b0
  $ ls /proc/sys/net/ipv4/conf/
  all
  default
  lo
  $ sysctl net.ipv4.conf.b0.forwarding
  sysctl: cannot stat /proc/sys/net/ipv4/conf/b0/forwarding: No such file or directory
  [1]
  $ ip netns exec n ls /proc/sys/net/ipv4/conf/
  all
  default
  lo
  $ ip link add x.y.z type veth peer name q.r
  $ sysctl net.ipv4.conf.x/y/z.forwarding net.ipv4.conf.q/r.forwarding
  net.ipv4.conf.x/y/z.forwarding = 0
  net.ipv4.conf.q/r.forwarding = 0
  $ sysctl -w net.ipv4.conf.x/y/z.forwarding=1 net.ipv4.conf.q/r.mc_forwarding=1
  net.ipv4.conf.x/y/z.forwarding = 1
  sysctl: setting key "net.ipv4.conf.q/r.mc_forwarding": Invalid argument
  $ ip -4 netconf
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet q.r forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet x.y.z forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
