A new namespace's sysctls: conf/all and conf/default come from init_net (the host's, not the creating namespace's), the rest of net.ipv4 starts at its defaults, and net.core.devconf_inherit_init_net is init_net's only.
  $ sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.default.arp_ignore=1 net.ipv4.ip_default_ttl=99 net.ipv4.conf.all.forwarding=1
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.default.arp_ignore = 1
  net.ipv4.ip_default_ttl = 99
  net.ipv4.conf.all.forwarding = 1
  $ ip netns add x
  $ ip netns exec x sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.arp_ignore net.ipv4.ip_default_ttl net.ipv4.conf.all.forwarding net.ipv4.ip_forward net.ipv4.conf.lo.forwarding net.ipv4.conf.lo.arp_ignore
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv4.ip_default_ttl = 64
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.ip_forward = 0
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.conf.lo.arp_ignore = 0
  $ sysctl net.core.devconf_inherit_init_net
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ ip netns exec x sysctl net.core.devconf_inherit_init_net
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ sysctl -w net.core.devconf_inherit_init_net=3
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ ip netns exec x sysctl -w net.ipv4.conf.default.rp_filter=1
  net.ipv4.conf.default.rp_filter = 1
  $ ip -n x link add c0 type veth peer name d0
  $ ip netns exec x sysctl net.ipv4.conf.c0.rp_filter net.ipv4.conf.d0.rp_filter
  net.ipv4.conf.c0.rp_filter = 1
  net.ipv4.conf.d0.rp_filter = 1
  $ ip link add e0 type veth peer name f0 netns x
  $ ip netns exec x sysctl net.ipv4.conf.f0.rp_filter net.ipv4.conf.f0.arp_ignore
  net.ipv4.conf.f0.rp_filter = 1
  net.ipv4.conf.f0.arp_ignore = 0
  $ sysctl net.ipv4.conf.e0.rp_filter net.ipv4.conf.e0.arp_ignore net.ipv4.conf.e0.forwarding
  net.ipv4.conf.e0.rp_filter = 0
  net.ipv4.conf.e0.arp_ignore = 1
  net.ipv4.conf.e0.forwarding = 1
  $ ip link set e0 netns x
  $ ip netns exec x sysctl net.ipv4.conf.e0.rp_filter net.ipv4.conf.e0.arp_ignore net.ipv4.conf.e0.forwarding
  net.ipv4.conf.e0.rp_filter = 1
  net.ipv4.conf.e0.arp_ignore = 0
  net.ipv4.conf.e0.forwarding = 0
  $ ip netns exec x sysctl -w net.ipv4.ip_local_port_range="1000 2000" net.ipv4.icmp_ratelimit=5
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  net.ipv4.icmp_ratelimit = 5
  [1]
  $ ip netns add y
  $ ip netns exec y sysctl net.ipv4.ip_local_port_range net.ipv4.icmp_ratelimit net.ipv4.conf.default.rp_filter
  net.ipv4.ip_local_port_range = 32768	60999
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.conf.default.rp_filter = 0
  $ sysctl net.ipv4.ip_local_port_range net.ipv4.icmp_ratelimit
  net.ipv4.ip_local_port_range = 32768	60999
  net.ipv4.icmp_ratelimit = 1000
