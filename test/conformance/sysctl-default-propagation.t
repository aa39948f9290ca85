conf/default: a device copies it when created, later default changes reach only the knobs the device never had written; conf/all ORs or maxes per knob; neigh per-device knobs; lo and a moved device.
  $ ip link add a0 type veth peer name b0
  $ sysctl -w net.ipv4.conf.default.arp_announce=2 net.ipv4.conf.default.rp_filter=1 net.ipv4.conf.default.accept_redirects=0
  net.ipv4.conf.default.arp_announce = 2
  net.ipv4.conf.default.rp_filter = 1
  net.ipv4.conf.default.accept_redirects = 0
  $ sysctl net.ipv4.conf.a0.arp_announce net.ipv4.conf.a0.rp_filter net.ipv4.conf.a0.accept_redirects net.ipv4.conf.lo.arp_announce
  net.ipv4.conf.a0.arp_announce = 2
  net.ipv4.conf.a0.rp_filter = 1
  net.ipv4.conf.a0.accept_redirects = 0
  net.ipv4.conf.lo.arp_announce = 2
  $ sysctl -w net.ipv4.conf.a0.arp_announce=1
  net.ipv4.conf.a0.arp_announce = 1
  $ sysctl -w net.ipv4.conf.default.arp_announce=0 net.ipv4.conf.default.rp_filter=2
  net.ipv4.conf.default.arp_announce = 0
  net.ipv4.conf.default.rp_filter = 2
  $ sysctl net.ipv4.conf.a0.arp_announce net.ipv4.conf.b0.arp_announce net.ipv4.conf.a0.rp_filter net.ipv4.conf.b0.rp_filter
  net.ipv4.conf.a0.arp_announce = 1
  net.ipv4.conf.b0.arp_announce = 0
  net.ipv4.conf.a0.rp_filter = 2
  net.ipv4.conf.b0.rp_filter = 2
  $ echo 2 > /proc/sys/net/ipv4/conf/b0/rp_filter
  $ sysctl -w net.ipv4.conf.default.rp_filter=0
  net.ipv4.conf.default.rp_filter = 0
  $ sysctl net.ipv4.conf.a0.rp_filter net.ipv4.conf.b0.rp_filter
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.b0.rp_filter = 2
  $ sysctl -w net.ipv4.conf.a0.rp_filter=0
  net.ipv4.conf.a0.rp_filter = 0
  $ sysctl -w net.ipv4.conf.default.rp_filter=1
  net.ipv4.conf.default.rp_filter = 1
  $ sysctl net.ipv4.conf.a0.rp_filter
  net.ipv4.conf.a0.rp_filter = 0
  $ ip link add c0 type veth peer name d0
  $ sysctl net.ipv4.conf.c0.rp_filter net.ipv4.conf.c0.arp_announce net.ipv4.conf.c0.accept_redirects
  net.ipv4.conf.c0.rp_filter = 1
  net.ipv4.conf.c0.arp_announce = 0
  net.ipv4.conf.c0.accept_redirects = 0
  $ sysctl -w net.ipv4.conf.default.accept_local=1 net.ipv4.conf.default.log_martians=1 net.ipv4.conf.default.proxy_arp=1
  net.ipv4.conf.default.accept_local = 1
  net.ipv4.conf.default.log_martians = 1
  net.ipv4.conf.default.proxy_arp = 1
  $ sysctl net.ipv4.conf.a0.accept_local net.ipv4.conf.a0.log_martians net.ipv4.conf.a0.proxy_arp net.ipv4.conf.lo.proxy_arp
  net.ipv4.conf.a0.accept_local = 1
  net.ipv4.conf.a0.log_martians = 1
  net.ipv4.conf.a0.proxy_arp = 1
  net.ipv4.conf.lo.proxy_arp = 1
  $ sysctl -w net.ipv4.conf.default.forwarding=1
  net.ipv4.conf.default.forwarding = 1
  $ sysctl net.ipv4.conf.a0.forwarding net.ipv4.conf.all.forwarding net.ipv4.ip_forward
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.ip_forward = 0
  $ sysctl -w net.ipv4.conf.default.mc_forwarding=1
  sysctl: setting key "net.ipv4.conf.default.mc_forwarding": Invalid argument
  $ sysctl -w net.ipv4.conf.default.medium_id=5 net.ipv4.conf.default.tag=3
  net.ipv4.conf.default.medium_id = 5
  net.ipv4.conf.default.tag = 3
  $ sysctl net.ipv4.conf.a0.medium_id net.ipv4.conf.a0.tag
  net.ipv4.conf.a0.medium_id = 5
  net.ipv4.conf.a0.tag = 3
  $ sysctl -w net.ipv4.neigh.a0.ucast_solicit=7 net.ipv4.neigh.a0.app_solicit=2
  net.ipv4.neigh.a0.ucast_solicit = 7
  net.ipv4.neigh.a0.app_solicit = 2
  $ ip -4 ntable show dev a0 | grep -o 'ucast_probes [0-9]*\|app_probes [0-9]*'
  app_probes 2
  ucast_probes 7
  $ sysctl net.ipv4.neigh.b0.ucast_solicit net.ipv4.neigh.lo.ucast_solicit
  net.ipv4.neigh.b0.ucast_solicit = 3
  net.ipv4.neigh.lo.ucast_solicit = 3
  $ ip netns add n
  $ ip link set c0 netns n
  $ ip netns exec n sysctl net.ipv4.conf.c0.rp_filter net.ipv4.conf.c0.arp_announce net.ipv4.conf.default.rp_filter
  net.ipv4.conf.c0.rp_filter = 0
  net.ipv4.conf.c0.arp_announce = 0
  net.ipv4.conf.default.rp_filter = 0
  $ sysctl net.ipv4.conf.c0.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/c0/rp_filter: No such file or directory
  [1]
  $ ip netns exec n sysctl net.ipv4.conf.lo.rp_filter net.ipv4.conf.all.rp_filter net.ipv4.ip_forward
  net.ipv4.conf.lo.rp_filter = 0
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.ip_forward = 0
  $ sysctl -w net.ipv4.conf.all.accept_redirects=1
  net.ipv4.conf.all.accept_redirects = 1
  $ sysctl net.ipv4.conf.a0.accept_redirects
  net.ipv4.conf.a0.accept_redirects = 0
  $ ip link set a0 name e0
  $ sysctl net.ipv4.conf.e0.rp_filter net.ipv4.conf.e0.arp_announce net.ipv4.conf.e0.accept_local
  net.ipv4.conf.e0.rp_filter = 0
  net.ipv4.conf.e0.arp_announce = 1
  net.ipv4.conf.e0.accept_local = 1
  $ sysctl net.ipv4.conf.a0.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/rp_filter: No such file or directory
  [1]
  $ ls /proc/sys/net/ipv4/conf
  all
  b0
  d0
  default
  e0
  lo
