Random differential scenario (seed 3): sysctl(8) with random option sets over writable, read-only, write-only, unknown and directory keys in dotted, slash and glob forms, values valid and not (bounds, hex, octal, signs, blanks, several words), -p files of random lines, /proc/sys written by echo and printf; the exit status after each.

  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ printf 'net.ipv4.conf.default.arp_announce\t=\t0\nnet.ipv6.conf.h0.hop_limit = 1\n' > c1.conf; sysctl -q -n -p c1.conf; echo rc=$?
  rc=0
  $ sysctl -w net.core.somaxconn=0 net/ipv4/conf/all/mc_forwarding='5 ' net.ipv4.conf.h0=-1; echo rc=$?
  net.core.somaxconn = 0
  sysctl: setting key "net.ipv4.conf.all.mc_forwarding": Invalid argument
  sysctl: setting key "net.ipv4.conf.h0": Invalid argument
  rc=0
  $ sysctl -q net.ipv6.conf.h0.hop_limit net.ipv4.ip_local_port_range net.nosuch.x.; echo rc=$?
  net.ipv6.conf.h0.hop_limit = 1
  net.ipv4.ip_local_port_range = 32768	60999
  sysctl: cannot stat /proc/sys/net/nosuch/x/: No such file or directory
  rc=1
  $ printf '-net.ipv4.route.min_pmtu = 67\nnet.ipv4.conf.h0.rp_filter = 2\nnet.ipv4.route = 0x10' > c2.conf; sysctl -p c2.conf; echo rc=$?
  bash: line 21: printf: -n: invalid option
  printf: usage: printf [-v var] format [arguments]
  rc=0
  $ sysctl net.ipv4.route net.ipv4.conf.h0.nosuch; echo rc=$?
  net.ipv4.route.min_adv_mss = 256
  net.ipv4.route.min_pmtu = 552
  net.ipv4.route.mtu_expires = 600
  sysctl: cannot stat /proc/sys/net/ipv4/conf/h0/nosuch: No such file or directory
  rc=1
  $ sysctl -q -n net.ipv4.conf.h0.nosuch/; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/conf/h0/nosuch.: No such file or directory
  rc=1
  $ sysctl -w net.ipv4.ip_local_reserved_ports='5-3'; echo rc=$?
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  $ printf '-net.ipv4.ip_local_reserved_ports\t=\t\nnet.ipv4.conf.h0.tag = -7\nnet.ipv4.conf.h*.tag = x\n' > c3.conf; sysctl -n -p c3.conf; echo rc=$?
  bash: line 33: printf: -n: invalid option
  printf: usage: printf [-v var] format [arguments]
  rc=0
  $ sysctl -w net.ipv4.fib_multipath_hash_policy=0; echo rc=$?
  net.ipv4.fib_multipath_hash_policy = 0
  rc=0
  $ echo 4294967296 > /proc/sys/net/ipv4/ip_local_port_range; echo rc=$?; cat /proc/sys/net/ipv4/ip_local_port_range
  bash: line 39: echo: write error: Invalid argument
  rc=1
  32768	60999
  $ printf '-net.ipv4.ip_default_ttl= 1\nnet.core.somaxconn = -1' > c4.conf; sysctl -p c4.conf; echo rc=$?
  bash: line 42: printf: -n: invalid option
  printf: usage: printf [-v var] format [arguments]
  rc=0
  $ printf '-net.ipv4.nosuch\t=\t\nnet.ipv4.fib_multipath_hash_policy =  5\n; other\n' > c5.conf; sysctl -q -N -p c5.conf; echo rc=$?
  bash: line 45: printf: -n: invalid option
  printf: usage: printf [-v var] format [arguments]
  rc=0
  $ sysctl -N net.ipv4.neigh net.ipv4.conf.all.mc_forwarding; echo rc=$?
  net.ipv4.neigh.h0.anycast_delay
  net.ipv4.neigh.h0.app_solicit
  net.ipv4.neigh.h0.base_reachable_time_ms
  net.ipv4.neigh.h0.delay_first_probe_time
  net.ipv4.neigh.h0.gc_stale_time
  net.ipv4.neigh.h0.interval_probe_time_ms
  net.ipv4.neigh.h0.locktime
  net.ipv4.neigh.h0.mcast_resolicit
  net.ipv4.neigh.h0.mcast_solicit
  net.ipv4.neigh.h0.proxy_delay
  net.ipv4.neigh.h0.proxy_qlen
  net.ipv4.neigh.h0.retrans_time_ms
  net.ipv4.neigh.h0.ucast_solicit
  net.ipv4.neigh.h0.unres_qlen
  net.ipv4.neigh.h0.unres_qlen_bytes
  net.ipv4.neigh.lo.anycast_delay
  net.ipv4.neigh.lo.app_solicit
  net.ipv4.neigh.lo.base_reachable_time_ms
  net.ipv4.neigh.lo.delay_first_probe_time
  net.ipv4.neigh.lo.gc_stale_time
  net.ipv4.neigh.lo.interval_probe_time_ms
  net.ipv4.neigh.lo.locktime
  net.ipv4.neigh.lo.mcast_resolicit
  net.ipv4.neigh.lo.mcast_solicit
  net.ipv4.neigh.lo.proxy_delay
  net.ipv4.neigh.lo.proxy_qlen
  net.ipv4.neigh.lo.retrans_time_ms
  net.ipv4.neigh.lo.ucast_solicit
  net.ipv4.neigh.lo.unres_qlen
  net.ipv4.neigh.lo.unres_qlen_bytes
  net.ipv4.neigh.x0.anycast_delay
  net.ipv4.neigh.x0.app_solicit
  net.ipv4.neigh.x0.base_reachable_time_ms
  net.ipv4.neigh.x0.delay_first_probe_time
  net.ipv4.neigh.x0.gc_stale_time
  net.ipv4.neigh.x0.interval_probe_time_ms
  net.ipv4.neigh.x0.locktime
  net.ipv4.neigh.x0.mcast_resolicit
  net.ipv4.neigh.x0.mcast_solicit
  net.ipv4.neigh.x0.proxy_delay
  net.ipv4.neigh.x0.proxy_qlen
  net.ipv4.neigh.x0.retrans_time_ms
  net.ipv4.neigh.x0.ucast_solicit
  net.ipv4.neigh.x0.unres_qlen
  net.ipv4.neigh.x0.unres_qlen_bytes
  net.ipv4.conf.all.mc_forwarding
  rc=0
  $ echo '' > /proc/sys/net/ipv4/conf/h0/tag; echo rc=$?; cat /proc/sys/net/ipv4/conf/h0/tag
  bash: line 51: echo: write error: Invalid argument
  rc=1
  0
  $ sysctl -a --names -r '^net\.ipv4\.route\.m' 2>&1 | sort; echo rc=${PIPESTATUS[0]}
  net.ipv4.route.min_adv_mss
  net.ipv4.route.min_pmtu
  net.ipv4.route.mtu_expires
  rc=0
  $ sysctl -e -N net.ipv4.tcp_rmem=''; echo rc=$?
  sysctl: setting key "net.ipv4.tcp_rmem": Invalid argument
  rc=1
  $ echo 2 > /proc/sys/net/ipv4/conf/default/arp_announce; echo rc=$?; cat /proc/sys/net/ipv4/conf/default/arp_announce
  rc=0
  2
  $ sysctl -q net.ipv4.neigh.default.retrans_time_ms net.ipv4.fib_multipath_hash_policy/; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/retrans_time_ms: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/fib_multipath_hash_policy.: No such file or directory
  rc=2
  $ sysctl -w net/ipv6/conf/h0/hop_limit=255; echo rc=$?
  net.ipv6.conf.h0.hop_limit = 255
  rc=0
  $ sysctl -e -q net.ipv6.conf.h0.hop_limit; echo rc=$?
  net.ipv6.conf.h0.hop_limit = 255
  rc=0
  $ sysctl -e -N -b net.ipv4.conf.h0.rp_filter/ net.ipv4.ip_local_port_range; echo rc=$?
  net.ipv4.ip_local_port_range
  rc=0
  $ sysctl -a --values -r 'neigh\.h0\..*_ms$' 2>&1 | sort; echo rc=${PIPESTATUS[0]}
  1000
  1000
  30000
  30000
  5000
  5000
  rc=0
  $ printf '08' > /proc/sys/net/ipv4/conf/x0/forwarding; echo rc=$?; cat /proc/sys/net/ipv4/conf/x0/forwarding
  bash: line 78: printf: write error: Invalid argument
  rc=1
  0
  $ sysctl -e -w net/ipv4/ip_forward=0; echo rc=$?
  net.ipv4.ip_forward = 0
  rc=0
  $ sysctl -a -r 'conf\.(all|default)\.arp_i' 2>&1 | sort; echo rc=${PIPESTATUS[0]}
  net.ipv4.conf.all.arp_ignore = 0
  net.ipv4.conf.default.arp_ignore = 0
  rc=0
  $ sysctl --names net.ipv4.ping_group_range net.ipv4.neigh.default.retrans_time_ms; echo rc=$?
  net.ipv4.ping_group_range
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/retrans_time_ms: No such file or directory
  rc=1
  $ sysctl -n net.ipv4.conf.default.arp_announce net.ipv4.neigh.default.retrans_time_ms/; echo rc=$?
  2
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/retrans_time_ms.: No such file or directory
  rc=1
  $ printf '5\n\n' > /proc/sys/net/ipv4/conf/x0/forwarding; echo rc=$?; cat /proc/sys/net/ipv4/conf/x0/forwarding
  rc=0
  5
  $ printf '; other\nnet.ipv4.conf.all.mc_forwarding\t=\t-1\n' > c6.conf; sysctl -p c6.conf; echo rc=$?
  sysctl: setting key "net.ipv4.conf.all.mc_forwarding": Invalid argument
  rc=0
  $ sysctl net.core.somaxconn net.ipv4.conf.default.arp_announce net.ipv4.conf.h0.rp_filter net.ipv4.conf.h0.tag net.ipv4.conf.x0.forwarding net.ipv4.fib_multipath_hash_policy net.ipv4.ip_default_ttl net.ipv4.ip_forward net.ipv4.ip_local_port_range net.ipv4.ip_local_reserved_ports net.ipv4.route.min_pmtu net.ipv4.tcp_rmem net.ipv6.conf.h0.hop_limit
  net.core.somaxconn = 0
  net.ipv4.conf.default.arp_announce = 2
  net.ipv4.conf.h0.rp_filter = 0
  net.ipv4.conf.h0.tag = 0
  net.ipv4.conf.x0.forwarding = 5
  net.ipv4.fib_multipath_hash_policy = 0
  net.ipv4.ip_default_ttl = 64
  net.ipv4.ip_forward = 0
  net.ipv4.ip_local_port_range = 32768	60999
  net.ipv4.ip_local_reserved_ports = 
  net.ipv4.route.min_pmtu = 552
  net.ipv4.tcp_rmem = 4096	131072	33554432
  net.ipv6.conf.h0.hop_limit = 255
  $ ip -4 netconf show dev h0
  inet h0 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
