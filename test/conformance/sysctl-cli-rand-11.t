Random differential scenario (seed 11): sysctl(8) with random option sets over writable, read-only, write-only, unknown and directory keys in dotted, slash and glob forms, values valid and not (bounds, hex, octal, signs, blanks, several words), -p files of random lines, /proc/sys written by echo and printf; the exit status after each.

  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ echo 0 2147483647 > /proc/sys/net/ipv4/ping_group_range; echo rc=$?; cat /proc/sys/net/ipv4/ping_group_range
  rc=0
  0	2147483647
  $ echo 68 > /proc/sys/net/ipv4/route/min_pmtu; echo rc=$?; cat /proc/sys/net/ipv4/route/min_pmtu
  rc=0
  68
  $ sysctl net.ipv4.conf.all.arp_ignore; echo rc=$?
  net.ipv4.conf.all.arp_ignore = 0
  rc=0
  $ printf '0\n\n' > /proc/sys/net/ipv4/conf/default/arp_announce; echo rc=$?; cat /proc/sys/net/ipv4/conf/default/arp_announce
  rc=0
  0
  $ sysctl -q -w net.ipv4.fib_multipath_hash_policy=0 net.ipv4.ip_default_ttl=abc; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ printf 'net.ipv4.conf.default.arp_announce. = 2\n-net.ipv4.fib_multipath_hash_policy  =  4\nnet.ipv4.ip_default_ttl\nnet.ipv4.route.min_pmtu=-1\n' > c1.conf; sysctl -q -p c1.conf; echo rc=$?
  sysctl: c1.conf(3): invalid syntax, continuing...
  sysctl: cannot stat /proc/sys/net/ipv4/conf/default/arp_announce/: Not a directory
  sysctl: setting key "net.ipv4.fib_multipath_hash_policy": Invalid argument
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  rc=1
  $ printf '010' > /proc/sys/net/ipv4/conf/h0/mc_forwarding; echo rc=$?; cat /proc/sys/net/ipv4/conf/h0/mc_forwarding
  bash: line 30: /proc/sys/net/ipv4/conf/h0/mc_forwarding: Permission denied
  rc=1
  0
  $ sysctl -N net.ipv4.neigh=-1 net.ipv4.ip_default_ttl; echo rc=$?
  sysctl: setting key "net.ipv4.neigh": Invalid argument
  net.ipv4.ip_default_ttl
  rc=0
  $ sysctl -N net.ipv4.ping_group_range=-1; echo rc=$?
  sysctl: setting key "net.ipv4.ping_group_range": Invalid argument
  rc=1
  $ sysctl -n -w net.ipv6.conf.h0.hop_limit/=255; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv6/conf/h0/hop_limit.: No such file or directory
  rc=1
  $ sysctl -N net.ipv4.route.flush net.ipv4.conf.default.arp_announce net.ipv4.conf.default.arp_announce; echo rc=$?
  net.ipv4.conf.default.arp_announce
  net.ipv4.conf.default.arp_announce
  rc=0
  $ sysctl -q net.ipv4.tcp_rmem='0 0 0'; echo rc=$?
  sysctl: setting key "net.ipv4.tcp_rmem": Invalid argument
  rc=1
  $ sysctl -q -w net.ipv4.ip_local_reserved_ports.='40001,40003-40005'; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/ip_local_reserved_ports/: Not a directory
  rc=1
  $ sysctl -a --values -r 'nosuchzz' 2>&1 | sort; echo rc=${PIPESTATUS[0]}
  rc=0
  $ printf 'net.ipv4.ip_default_ttl\nnet.ipv4.conf.*.arp_ignore = 0\n' > c2.conf; sysctl -q -p c2.conf; echo rc=$?
  sysctl: c2.conf(1): invalid syntax, continuing...
  rc=0
  $ printf 'net.ipv4.conf.all.mc_forwarding = +3\nnet.ipv4.conf.zz*.rp_filter = 0\nnet.core.somaxconn=010' > c3.conf; sysctl -N -p c3.conf; echo rc=$?
  sysctl: setting key "net.ipv4.conf.all.mc_forwarding": Invalid argument
  010
  rc=0
  $ printf 'net.ipv4.conf.x?.arp_ignore = 2\n net.ipv4.fib_multipath_hash_policy.=4\nnet.ipv4.nosuch  =  -1\n' > c4.conf; sysctl -p c4.conf; echo rc=$?
  net.ipv4.conf.x0.arp_ignore = 2
  sysctl: cannot stat /proc/sys/net/ipv4/fib_multipath_hash_policy/: Not a directory
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  rc=1
  $ sysctl -a --values --pattern 'nosuchzz' 2>&1 | sort; echo rc=${PIPESTATUS[0]}
  rc=0
  $ echo 5  > /proc/sys/net/ipv4/conf/all/mc_forwarding; echo rc=$?; cat /proc/sys/net/ipv4/conf/all/mc_forwarding
  bash: line 66: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied
  rc=1
  0
  $ printf ' ' > /proc/sys/net/ipv4/ip_default_ttl; echo rc=$?; cat /proc/sys/net/ipv4/ip_default_ttl
  bash: line 69: printf: write error: Invalid argument
  rc=1
  64
  $ sysctl -a --values -r 'ip_default_ttl' 2>&1 | sort; echo rc=${PIPESTATUS[0]}
  64
  rc=0
  $ sysctl -w net.ipv4.ip_default_ttl=1 net/ipv6/conf/h0/hop_limit=4294967296; echo rc=$?
  net.ipv4.ip_default_ttl = 1
  sysctl: setting key "net.ipv6.conf.h0.hop_limit": Invalid argument
  rc=1
  $ sysctl -a -r '^net\.ipv4\.conf\.h0\.(rp|arp)_' 2>&1 | sort; echo rc=${PIPESTATUS[0]}
  net.ipv4.conf.h0.arp_accept = 0
  net.ipv4.conf.h0.arp_announce = 0
  net.ipv4.conf.h0.arp_evict_nocarrier = 1
  net.ipv4.conf.h0.arp_filter = 0
  net.ipv4.conf.h0.arp_ignore = 0
  net.ipv4.conf.h0.arp_notify = 0
  net.ipv4.conf.h0.rp_filter = 0
  rc=0
  $ sysctl -e -w net.ipv4.tcp_rmem.='1 2'; echo rc=$?
  rc=0
  $ printf ' net.ipv4.tcp_rmem. =-\n' > c5.conf; sysctl -N -p c5.conf; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/tcp_rmem/: Not a directory
  rc=1
  $ sysctl -w net.ipv4.ip_local_port_range='0 100'; echo rc=$?
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.conf.all.arp_ignore=-1; echo rc=$?
  net.ipv4.conf.all.arp_ignore = -1
  rc=0
  $ sysctl net/ipv4/conf/default/arp_announce net.ipv6.conf.h0.hop_limit net.ipv4.conf.h0.mc_forwarding; echo rc=$?
  net.ipv4.conf.default.arp_announce = 0
  net.ipv6.conf.h0.hop_limit = 64
  net.ipv4.conf.h0.mc_forwarding = 0
  rc=0
  $ sysctl --names net.ipv4.ip_forward/ net.ipv4.conf.h0.tag; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/ip_forward.: No such file or directory
  net.ipv4.conf.h0.tag
  rc=1
  $ sysctl -w net.core.somaxconn='1 2' net.ipv4.nosuch=abc net.ipv4.conf.h0.nosuch/=010; echo rc=$?
  net.core.somaxconn = 1 2
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/conf/h0/nosuch.: No such file or directory
  rc=1
  $ sysctl -N net.ipv4.conf.h0.rp_filter net.ipv4.fib_multipath_hash_policy; echo rc=$?
  net.ipv4.conf.h0.rp_filter
  net.ipv4.fib_multipath_hash_policy
  rc=0
  $ sysctl -w net.ipv4.conf.h0.tag=2147483647; echo rc=$?
  net.ipv4.conf.h0.tag = 2147483647
  rc=0
  $ printf 'net.ipv4.conf.[hx]0.tag = x\n= 5' > c6.conf; sysctl -p c6.conf; echo rc=$?
  sysctl: setting key "net.ipv4.conf.h0.tag": Invalid argument
  sysctl: setting key "net.ipv4.conf.x0.tag": Invalid argument
  sysctl: Path is not under /proc/sys/: /proc/sys/
  rc=1
  $ sysctl net.core.somaxconn net.ipv4.conf.all.arp_ignore net.ipv4.conf.default.arp_announce net.ipv4.conf.h0.rp_filter net.ipv4.conf.h0.tag net.ipv4.fib_multipath_hash_policy net.ipv4.icmp_ratelimit net.ipv4.ip_default_ttl net.ipv4.ip_local_port_range net.ipv4.ip_local_reserved_ports net.ipv4.ping_group_range net.ipv4.route.min_pmtu net.ipv4.tcp_rmem net.ipv6.conf.h0.hop_limit
  net.core.somaxconn = 1
  net.ipv4.conf.all.arp_ignore = -1
  net.ipv4.conf.default.arp_announce = 0
  net.ipv4.conf.h0.rp_filter = 0
  net.ipv4.conf.h0.tag = 2147483647
  net.ipv4.fib_multipath_hash_policy = 0
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.ip_default_ttl = 1
  net.ipv4.ip_local_port_range = 32768	60999
  net.ipv4.ip_local_reserved_ports = 
  net.ipv4.ping_group_range = 0	2147483647
  net.ipv4.route.min_pmtu = 68
  net.ipv4.tcp_rmem = 4096	131072	33554432
  net.ipv6.conf.h0.hop_limit = 64
  $ ip -4 netconf show dev h0
  inet h0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
