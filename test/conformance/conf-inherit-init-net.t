A new namespace starts with the host init_net's IPv4 and IPv6 conf, not the creating namespace's: devconf_inherit_init_net exists only in init_net, so the lab's namespaces (like kt's) cannot stat it.
  $ ip netns add zz1
  $ ip netns exec zz1 sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.all.arp_ignore net.ipv4.conf.default.accept_redirects net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.log_martians
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.all.arp_ignore = 0
  net.ipv4.conf.default.accept_redirects = 1
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.default.log_martians = 0
  $ sysctl net.core.devconf_inherit_init_net
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 0
  $ sysctl -w net.ipv4.conf.default.arp_ignore=2
  net.ipv4.conf.default.arp_ignore = 2
  $ ip netns add zz2
  $ ip netns exec zz2 sysctl net.ipv4.conf.default.arp_ignore net.ipv6.conf.default.hop_limit
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv6.conf.default.hop_limit = 64
  $ ip netns exec zz2 sysctl net.core.devconf_inherit_init_net
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ sysctl -w net.core.devconf_inherit_init_net=3
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ sysctl -w net.ipv6.conf.default.hop_limit=33
  net.ipv6.conf.default.hop_limit = 33
  $ ip netns add zz3
  $ ip netns exec zz3 sysctl net.ipv4.conf.default.arp_ignore net.ipv6.conf.default.hop_limit
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv6.conf.default.hop_limit = 64
  $ sysctl -w net.core.devconf_inherit_init_net=2
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ ip netns add zz4
  $ ip netns exec zz4 sysctl net.ipv4.conf.default.arp_ignore net.ipv6.conf.default.hop_limit
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv6.conf.default.hop_limit = 64
  $ sysctl -w net.core.devconf_inherit_init_net=1
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ ip netns add zz5
  $ ip netns exec zz5 sysctl net.ipv4.conf.default.arp_ignore net.ipv6.conf.default.hop_limit
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv6.conf.default.hop_limit = 64
  $ sysctl -w net.core.devconf_inherit_init_net=4
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ sysctl -w net.core.devconf_inherit_init_net=-1
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ sysctl -w net.core.devconf_inherit_init_net=0
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
  $ ip netns exec zz5 sysctl -w net.core.devconf_inherit_init_net=1
  sysctl: cannot stat /proc/sys/net/core/devconf_inherit_init_net: No such file or directory
  [1]
