sysctl -w value parsing on int knobs (proc_dointvec bounds, hex and octal, trailing junk, several values), -n -N -b with -w, --dry-run, globs in -p files and on the command line, the port range against ip_unprivileged_port_start, ip_local_reserved_ports lists, and ip_forward/conf.all.forwarding values other than 0 and 1.
  $ printf 'net.ipv4.conf.*.rp_filter = 2\n' > g.conf; ip link add a0 type veth peer name b0; sysctl -p g.conf
  net.ipv4.conf.a0.rp_filter = 2
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.b0.rp_filter = 2
  net.ipv4.conf.default.rp_filter = 2
  net.ipv4.conf.lo.rp_filter = 2
  $ sysctl -a -r 'conf\..*\.rp_filter'
  net.ipv4.conf.a0.rp_filter = 2
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.b0.rp_filter = 2
  net.ipv4.conf.default.rp_filter = 2
  net.ipv4.conf.lo.rp_filter = 2
  $ sysctl -w net.ipv4.conf.a0=1
  sysctl: setting key "net.ipv4.conf.a0": Invalid argument
  $ sysctl -w net.ipv4.conf.a0.rp_filter=1 net.ipv4.nosuch=2 net.ipv4.conf.b0.rp_filter=1
  net.ipv4.conf.a0.rp_filter = 1
  sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory
  net.ipv4.conf.b0.rp_filter = 1
  [1]
  $ sysctl -n -w net.ipv4.conf.a0.rp_filter=0
  0
  $ sysctl -N -w net.ipv4.conf.a0.rp_filter=0
  0
  $ sysctl -b -w net.ipv4.conf.a0.rp_filter=0; echo
  0
  $ sysctl --dry-run -w net.ipv4.conf.a0.rp_filter=1; sysctl -n net.ipv4.conf.a0.rp_filter
  net.ipv4.conf.a0.rp_filter = 1
  0
  $ sysctl -w net.ipv4.conf.a0.rp_filter=1=2
  sysctl: setting key "net.ipv4.conf.a0.rp_filter": Invalid argument
  [1]
  $ sysctl -w =1
  sysctl: Path is not under /proc/sys/: /proc/sys/
  [1]
  $ sysctl -w net.ipv4.conf.a0.rp_filter=2147483648
  sysctl: setting key "net.ipv4.conf.a0.rp_filter": Invalid argument
  [1]
  $ sysctl -w net.ipv4.conf.a0.rp_filter=2147483647
  net.ipv4.conf.a0.rp_filter = 2147483647
  $ sysctl -w net.ipv4.conf.a0.rp_filter=-2147483648
  net.ipv4.conf.a0.rp_filter = -2147483648
  $ sysctl -w net.ipv4.conf.a0.rp_filter=-2147483649
  sysctl: setting key "net.ipv4.conf.a0.rp_filter": Invalid argument
  [1]
  $ sysctl -w net.ipv4.conf.a0.rp_filter=99999999999999999999
  sysctl: setting key "net.ipv4.conf.a0.rp_filter": Invalid argument
  [1]
  $ sysctl -w net.ipv4.conf.a0.rp_filter=1x
  sysctl: setting key "net.ipv4.conf.a0.rp_filter": Invalid argument
  [1]
  $ sysctl -w net.ipv4.conf.a0.rp_filter="1 x"
  net.ipv4.conf.a0.rp_filter = 1 x
  $ sysctl -w net.ipv4.conf.a0.rp_filter=0x1f; sysctl -n net.ipv4.conf.a0.rp_filter
  net.ipv4.conf.a0.rp_filter = 0x1f
  31
  $ sysctl -w net.ipv4.conf.a0.rp_filter=010; sysctl -n net.ipv4.conf.a0.rp_filter
  net.ipv4.conf.a0.rp_filter = 010
  8
  $ sysctl -w net.ipv4.icmp_ratelimit=2147483647 net.ipv4.icmp_ratelimit=2147483648
  net.ipv4.icmp_ratelimit = 2147483647
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  [1]
  $ sysctl -n net.ipv4.icmp_ratelimit
  2147483648
  $ sysctl -w net.ipv4.icmp_ratemask=-1; sysctl -n net.ipv4.icmp_ratemask
  net.ipv4.icmp_ratemask = -1
  -1
  $ sysctl -w net.ipv4.icmp_msgs_per_sec=-1 net.ipv4.icmp_msgs_burst=-1
  sysctl: setting key "net.ipv4.icmp_msgs_per_sec": Invalid argument
  sysctl: setting key "net.ipv4.icmp_msgs_burst": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_local_port_range="1024 65535" ; sysctl -n net.ipv4.ip_local_port_range
  net.ipv4.ip_local_port_range = 1024 65535
  1024	65535
  $ sysctl -w net.ipv4.ip_local_port_range="1023 2000"
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_local_port_range="1 65536"
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_local_port_range="2000 65536"
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_local_port_range="-5 100"
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_local_reserved_ports="40000-40010,50000"; sysctl net.ipv4.ip_local_reserved_ports
  net.ipv4.ip_local_reserved_ports = 40000-40010,50000
  net.ipv4.ip_local_reserved_ports = 40000-40010,50000
  $ sysctl -w net.ipv4.ip_local_reserved_ports="5-3"; sysctl net.ipv4.ip_local_reserved_ports
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  net.ipv4.ip_local_reserved_ports = 40000-40010,50000
  $ sysctl -w net.ipv4.ip_local_reserved_ports="70000"
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_local_reserved_ports=""; sysctl net.ipv4.ip_local_reserved_ports
  net.ipv4.ip_local_reserved_ports = 
  net.ipv4.ip_local_reserved_ports = 
  $ sysctl -w net.ipv4.ip_unprivileged_port_start=2000 ; sysctl -w net.ipv4.ip_unprivileged_port_start=65536
  sysctl: setting key "net.ipv4.ip_unprivileged_port_start": Invalid argument
  sysctl: setting key "net.ipv4.ip_unprivileged_port_start": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_local_port_range="1500 3000"
  net.ipv4.ip_local_port_range = 1500 3000
  $ sysctl -w net.ipv4.ip_unprivileged_port_start=3000
  sysctl: setting key "net.ipv4.ip_unprivileged_port_start": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_unprivileged_port_start=1000; sysctl -w net.ipv4.ip_local_port_range="1500 3000"
  net.ipv4.ip_unprivileged_port_start = 1000
  net.ipv4.ip_local_port_range = 1500 3000
  $ sysctl -w net.ipv4.ip_unprivileged_port_start=1600
  sysctl: setting key "net.ipv4.ip_unprivileged_port_start": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=-1
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_forward=2; sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.a0.forwarding
  net.ipv4.ip_forward = 2
  net.ipv4.ip_forward = 2
  net.ipv4.conf.all.forwarding = 2
  net.ipv4.conf.a0.forwarding = 2
  $ sysctl -w net.ipv4.ip_forward=-1; sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding
  net.ipv4.ip_forward = -1
  net.ipv4.ip_forward = -1
  net.ipv4.conf.all.forwarding = -1
  $ sysctl -w net.ipv4.conf.all.forwarding=3; sysctl net.ipv4.ip_forward net.ipv4.conf.default.forwarding net.ipv4.conf.b0.forwarding
  net.ipv4.conf.all.forwarding = 3
  net.ipv4.ip_forward = 3
  net.ipv4.conf.default.forwarding = 3
  net.ipv4.conf.b0.forwarding = 3
  $ sysctl -w net.ipv4.conf.default.forwarding=0 net.ipv4.conf.all.forwarding=0; sysctl net.ipv4.conf.a0.forwarding
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.a0.forwarding = 0
  $ sysctl -w net.ipv4.conf.lo.forwarding=1; sysctl net.ipv4.ip_forward
  net.ipv4.conf.lo.forwarding = 1
  net.ipv4.ip_forward = 0
