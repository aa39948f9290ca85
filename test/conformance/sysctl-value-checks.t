sysctl value checks of assorted net.ipv4 knobs and /proc/sys writes.
  $ ip link add a0 type dummy
  Error: Unknown device type.
  [2]
  $ sysctl -w net.ipv4.icmp_ratelimit=-1
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  [1]
  $ sysctl -w net.ipv4.icmp_ratelimit=abc
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  [1]
  $ sysctl -w net.ipv4.icmp_echo_ignore_all=2
  sysctl: setting key "net.ipv4.icmp_echo_ignore_all": Invalid argument
  [1]
  $ sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=5
  sysctl: setting key "net.ipv4.icmp_echo_ignore_broadcasts": Invalid argument
  [1]
  $ sysctl -w net.ipv4.icmp_ratemask=0xffff
  net.ipv4.icmp_ratemask = 0xffff
  $ sysctl net.ipv4.icmp_ratemask
  net.ipv4.icmp_ratemask = 65535
  $ sysctl -w net.ipv4.icmp_msgs_per_sec=2000 net.ipv4.icmp_msgs_burst=100
  net.ipv4.icmp_msgs_per_sec = 2000
  net.ipv4.icmp_msgs_burst = 100
  $ sysctl -w net.ipv4.ip_default_ttl=' 70'
  net.ipv4.ip_default_ttl = 70
  $ sysctl -w net.ipv4.ip_default_ttl='70 80'
  net.ipv4.ip_default_ttl = 70 80
  $ sysctl net.ipv4.ip_default_ttl
  net.ipv4.ip_default_ttl = 70
  $ sysctl -w net.ipv4.ip_no_pmtu_disc=3
  net.ipv4.ip_no_pmtu_disc = 3
  $ sysctl -w net.ipv4.ip_no_pmtu_disc=4
  net.ipv4.ip_no_pmtu_disc = 4
  $ sysctl -w net.ipv4.route.min_pmtu=100
  net.ipv4.route.min_pmtu = 100
  $ sysctl -w net.ipv4.route.min_pmtu=600
  net.ipv4.route.min_pmtu = 600
  $ sysctl -w net.ipv4.route.mtu_expires=-5
  net.ipv4.route.mtu_expires = -5
  $ sysctl net.ipv4.route.mtu_expires
  net.ipv4.route.mtu_expires = -5
  $ sysctl -w net.ipv4.conf.a0.arp_announce=3
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/arp_announce: No such file or directory
  [1]
  $ sysctl -w net.ipv4.conf.a0.accept_redirects=7
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/accept_redirects: No such file or directory
  [1]
  $ sysctl -w net.ipv4.conf.a0.rp_filter=-1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/rp_filter: No such file or directory
  [1]
  $ sysctl -w net.ipv4.conf.default.rp_filter=2
  net.ipv4.conf.default.rp_filter = 2
  $ ip link add a1 type dummy
  Error: Unknown device type.
  [2]
  $ sysctl net.ipv4.conf.a1.rp_filter net.ipv4.conf.a0.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a1/rp_filter: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/rp_filter: No such file or directory
  [2]
  $ sysctl -w net.ipv4.conf.all.arp_ignore=1
  net.ipv4.conf.all.arp_ignore = 1
  $ sysctl net.ipv4.conf.a1.arp_ignore
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a1/arp_ignore: No such file or directory
  [1]
  $ sysctl -w net.ipv4.neigh.a0.gc_stale_time=30
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/a0/gc_stale_time: No such file or directory
  [1]
  $ sysctl -w net.ipv4.neigh.a0.mcast_solicit=-1
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/a0/mcast_solicit: No such file or directory
  [1]
  $ sysctl -w net.ipv4.neigh.a0.retrans_time_ms=50
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/a0/retrans_time_ms: No such file or directory
  [1]
  $ sysctl net.ipv4.neigh.a0.retrans_time
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/a0/retrans_time: No such file or directory
  [1]
  $ sysctl -w net.ipv4.neigh.default.gc_thresh3=10
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_thresh3: No such file or directory
  [1]
  $ sysctl -w net.ipv4.tcp_syn_retries=0
  sysctl: setting key "net.ipv4.tcp_syn_retries": Invalid argument
  [1]
  $ sysctl -w net.ipv4.tcp_syn_retries=128
  sysctl: setting key "net.ipv4.tcp_syn_retries": Invalid argument
  [1]
  $ sysctl -w net.ipv4.tcp_fin_timeout=0
  net.ipv4.tcp_fin_timeout = 0
  $ sysctl -w net.ipv4.tcp_congestion_control=bogus
  sysctl: setting key "net.ipv4.tcp_congestion_control": No such file or directory
  [1]
  $ sysctl -w net.ipv4.tcp_available_congestion_control=reno
  sysctl: setting key "net.ipv4.tcp_available_congestion_control": Invalid argument
  $ sysctl -w net.core.somaxconn=0
  net.core.somaxconn = 0
  $ sysctl -w net.core.somaxconn=-1
  sysctl: setting key "net.core.somaxconn": Invalid argument
  [1]
  $ echo 0x10 > /proc/sys/net/ipv4/ip_default_ttl
  $ cat /proc/sys/net/ipv4/ip_default_ttl
  16
  $ cat /proc/sys/net/ipv4/ip_default_ttl
  16
  $ echo > /proc/sys/net/ipv4/ip_default_ttl
  bash: line 129: echo: write error: Invalid argument
  [1]
  $ cat /proc/sys/net/ipv4/ip_default_ttl
  16
  $ echo 1 2 > /proc/sys/net/ipv4/ip_forward
  $ cat /proc/sys/net/ipv4/ip_forward
  1
  $ echo 40000 > /proc/sys/net/ipv4/ip_local_port_range
  $ cat /proc/sys/net/ipv4/ip_local_port_range
  40000	60999
