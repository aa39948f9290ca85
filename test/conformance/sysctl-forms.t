sysctl forms: -a filters, -n -e -q -N, bad keys, /proc/sys reads and writes.
  $ ip link add a0 type veth peer name b0
  $ sysctl -a 2>/dev/null | grep -c '^net.ipv4.conf.a0\.' | sed -E 's/[0-9]+/N/'
  N
  $ sysctl -a --pattern 'net.ipv4.conf.a0.rp_filter'
  net.ipv4.conf.a0.rp_filter = 0
  $ sysctl -a -r '^net.ipv4.conf.b0.arp_(ignore|announce)$'
  net.ipv4.conf.b0.arp_announce = 0
  net.ipv4.conf.b0.arp_ignore = 0
  $ sysctl -N net.ipv4.ip_forward
  net.ipv4.ip_forward
  $ sysctl -n -N net.ipv4.ip_forward
  net.ipv4.ip_forward
  $ sysctl -e net.ipv4.nosuch
  $ sysctl net.ipv4.nosuch
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ sysctl -q net.ipv4.nosuch
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ sysctl -w net.ipv4.nosuch=1
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ sysctl -e -w net.ipv4.nosuch=1
  $ sysctl -q -w net.ipv4.nosuch=1
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ sysctl -w net.ipv4.ip_forward
  sysctl: command line(0): invalid syntax, continuing...
  [1]
  $ sysctl -w net.ipv4.ip_forward=
  sysctl: setting key "net.ipv4.ip_forward": Invalid argument
  [1]
  $ sysctl net.ipv4.ip_forward=1
  net.ipv4.ip_forward = 1
  $ sysctl -n net.ipv4.ip_forward net.ipv4.ip_default_ttl
  1
  64
  $ sysctl net.ipv4.ip_forward net.ipv4.nosuch net.ipv4.ip_default_ttl
  net.ipv4.ip_forward = 1
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  net.ipv4.ip_default_ttl = 64
  [1]
  $ sysctl -w net.ipv4.ip_forward=0 net.ipv4.ip_default_ttl=65
  net.ipv4.ip_forward = 0
  net.ipv4.ip_default_ttl = 65
  $ sysctl net.ipv4.ip_local_port_range
  net.ipv4.ip_local_port_range = 32768	60999
  $ sysctl -w net.ipv4.ip_local_port_range="40000 50000"
  net.ipv4.ip_local_port_range = 40000 50000
  $ sysctl -w net.ipv4.ip_local_port_range="50000 40000"
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ sysctl -n net.ipv4.ip_local_port_range
  40000	50000
  $ sysctl -w 'net.ipv4.ip_local_port_range=30000	31000'
  net.ipv4.ip_local_port_range = 30000	31000
  $ sysctl net.ipv4.conf.a0
  net.ipv4.conf.a0.accept_local = 0
  net.ipv4.conf.a0.accept_redirects = 1
  net.ipv4.conf.a0.accept_source_route = 1
  net.ipv4.conf.a0.arp_accept = 0
  net.ipv4.conf.a0.arp_announce = 0
  net.ipv4.conf.a0.arp_evict_nocarrier = 1
  net.ipv4.conf.a0.arp_filter = 0
  net.ipv4.conf.a0.arp_ignore = 0
  net.ipv4.conf.a0.arp_notify = 0
  net.ipv4.conf.a0.bc_forwarding = 0
  net.ipv4.conf.a0.bootp_relay = 0
  net.ipv4.conf.a0.disable_policy = 0
  net.ipv4.conf.a0.disable_xfrm = 0
  net.ipv4.conf.a0.drop_gratuitous_arp = 0
  net.ipv4.conf.a0.drop_unicast_in_l2_multicast = 0
  net.ipv4.conf.a0.force_igmp_version = 0
  net.ipv4.conf.a0.forwarding = 0
  net.ipv4.conf.a0.igmpv2_unsolicited_report_interval = 10000
  net.ipv4.conf.a0.igmpv3_unsolicited_report_interval = 1000
  net.ipv4.conf.a0.ignore_routes_with_linkdown = 0
  net.ipv4.conf.a0.log_martians = 0
  net.ipv4.conf.a0.mc_forwarding = 0
  net.ipv4.conf.a0.medium_id = 0
  net.ipv4.conf.a0.promote_secondaries = 0
  net.ipv4.conf.a0.proxy_arp = 0
  net.ipv4.conf.a0.proxy_arp_pvlan = 0
  net.ipv4.conf.a0.route_localnet = 0
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.a0.secure_redirects = 1
  net.ipv4.conf.a0.send_redirects = 1
  net.ipv4.conf.a0.shared_media = 1
  net.ipv4.conf.a0.src_valid_mark = 0
  net.ipv4.conf.a0.tag = 0
  $ sysctl net.ipv4.route.gc_timeout
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  [1]
  $ sysctl -w net.ipv4.route.flush=1
  net.ipv4.route.flush = 1
  $ sysctl net.ipv4.route.flush
  $ sysctl -w net.ipv4.conf.all.forwarding=1
  net.ipv4.conf.all.forwarding = 1
  $ sysctl net.ipv4.ip_forward net.ipv4.conf.a0.forwarding
  net.ipv4.ip_forward = 1
  net.ipv4.conf.a0.forwarding = 1
  $ sysctl -w net.ipv4.ip_forward=2
  net.ipv4.ip_forward = 2
  $ sysctl -w net.ipv4.ip_forward=-1
  net.ipv4.ip_forward = -1
  $ sysctl -w net.ipv4.conf.a0.mtu=1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/mtu: No such file or directory
  [1]
  $ cat /proc/sys/net/ipv4/ip_forward
  -1
  $ echo 0 > /proc/sys/net/ipv4/ip_forward
  $ cat /proc/sys/net/ipv4/conf/a0/forwarding
  0
  $ echo abc > /proc/sys/net/ipv4/ip_default_ttl
  bash: line 114: echo: write error: Invalid argument
  [1]
  $ echo 300 > /proc/sys/net/ipv4/ip_default_ttl
  bash: line 117: echo: write error: Invalid argument
  [1]
  $ cat /proc/sys/net/ipv4/ip_default_ttl
  65
  $ echo 5 > /proc/sys/net/ipv4/nosuch
  bash: line 123: /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ ls /proc/sys/net/ipv4/conf
  a0
  all
  b0
  default
  lo
  $ ls /proc/sys/net/ipv4/neigh
  a0
  b0
  lo
  $ cat /proc/sys/net/ipv4/neigh/a0/base_reachable_time_ms
  30000
  $ sysctl net.ipv4.neigh.a0.base_reachable_time
  net.ipv4.neigh.a0.base_reachable_time = 30
  $ sysctl -w net.ipv4.neigh.a0.base_reachable_time_ms=12345
  net.ipv4.neigh.a0.base_reachable_time_ms = 12345
  $ sysctl net.ipv4.neigh.a0.base_reachable_time
  net.ipv4.neigh.a0.base_reachable_time = 12
  $ sysctl -w net.ipv4.neigh.default.gc_thresh1=64
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_thresh1: No such file or directory
  [1]
  $ sysctl net.ipv4.tcp_rmem net.ipv4.tcp_wmem
  net.ipv4.tcp_rmem = 4096	131072	33554432
  net.ipv4.tcp_wmem = 4096	16384	4194304
  $ sysctl -w net.ipv4.tcp_rmem="4096 8192"
  net.ipv4.tcp_rmem = 4096 8192
  $ sysctl -n net.ipv4.tcp_rmem
  4096	8192	33554432
  $ sysctl -x
  sysctl: no variables specified
  Try `sysctl --help' for more information.
  [1]
  $ sysctl -p nosuchfile
  sysctl: cannot open "nosuchfile": No such file or directory
  [1]
  $ printf 'net.ipv4.ip_forward = 1\n# comment\n;semi\n\n net.ipv4.ip_default_ttl=33 \n-net.ipv4.nosuch=1\nnet.ipv4.nosuch2=1\n' > f.conf
  $ sysctl -p f.conf
  net.ipv4.ip_forward = 1
  net.ipv4.ip_default_ttl = 33
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch2: No such file or directory
  [1]
  $ sysctl -q -p f.conf
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch2: No such file or directory
  [1]
  $ sysctl -e -p f.conf
  net.ipv4.ip_forward = 1
  net.ipv4.ip_default_ttl = 33
  $ sysctl --system 2>&1 | grep -c nosuch
  0
  [1]
  $ ip link del a0
  $ sysctl net.ipv4.conf.a0.forwarding
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/forwarding: No such file or directory
  [1]
