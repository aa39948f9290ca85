conf/all, conf/default and per-device knobs: inheritance at creation, forwarding propagation, effective values.
  $ ip link add a0 type veth peer name b0
  $ sysctl net.ipv4.conf.default.rp_filter net.ipv4.conf.a0.rp_filter net.ipv4.conf.all.rp_filter
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.a0.rp_filter = 0
  net.ipv4.conf.all.rp_filter = 0
  $ sysctl -w net.ipv4.conf.default.rp_filter=2
  net.ipv4.conf.default.rp_filter = 2
  $ sysctl net.ipv4.conf.a0.rp_filter
  net.ipv4.conf.a0.rp_filter = 2
  $ ip link add a1 type veth peer name b1
  $ sysctl net.ipv4.conf.a1.rp_filter
  net.ipv4.conf.a1.rp_filter = 2
  $ sysctl -w net.ipv4.conf.a0.arp_announce=2
  net.ipv4.conf.a0.arp_announce = 2
  $ sysctl -w net.ipv4.conf.default.arp_announce=1
  net.ipv4.conf.default.arp_announce = 1
  $ sysctl net.ipv4.conf.a0.arp_announce net.ipv4.conf.b0.arp_announce
  net.ipv4.conf.a0.arp_announce = 2
  net.ipv4.conf.b0.arp_announce = 1
  $ sysctl -w net.ipv4.conf.all.forwarding=1
  net.ipv4.conf.all.forwarding = 1
  $ sysctl net.ipv4.ip_forward net.ipv4.conf.a0.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.all.accept_redirects net.ipv4.conf.a0.accept_redirects
  net.ipv4.ip_forward = 1
  net.ipv4.conf.a0.forwarding = 1
  net.ipv4.conf.default.forwarding = 1
  net.ipv4.conf.all.accept_redirects = 0
  net.ipv4.conf.a0.accept_redirects = 1
  $ sysctl -w net.ipv4.conf.a0.forwarding=0
  net.ipv4.conf.a0.forwarding = 0
  $ sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding
  net.ipv4.ip_forward = 1
  net.ipv4.conf.all.forwarding = 1
  $ sysctl -w net.ipv4.conf.default.forwarding=0
  net.ipv4.conf.default.forwarding = 0
  $ ip link add a2 type veth peer name b2
  $ sysctl net.ipv4.conf.a2.forwarding
  net.ipv4.conf.a2.forwarding = 0
  $ sysctl -w net.ipv4.ip_forward=0
  net.ipv4.ip_forward = 0
  $ sysctl net.ipv4.conf.a1.forwarding net.ipv4.conf.all.accept_redirects
  net.ipv4.conf.a1.forwarding = 0
  net.ipv4.conf.all.accept_redirects = 1
  $ sysctl -w net.ipv4.conf.all.mc_forwarding=1
  sysctl: setting key "net.ipv4.conf.all.mc_forwarding": Invalid argument
  $ sysctl -w net.ipv4.conf.lo.rp_filter=1
  net.ipv4.conf.lo.rp_filter = 1
  $ sysctl net.ipv4.conf.lo.rp_filter
  net.ipv4.conf.lo.rp_filter = 1
  $ ip link set a0 name z0
  $ sysctl net.ipv4.conf.z0.arp_announce
  net.ipv4.conf.z0.arp_announce = 2
  $ sysctl net.ipv4.conf.a0.arp_announce
  sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/arp_announce: No such file or directory
  [1]
  $ ip link del z0
  $ sysctl net.ipv4.conf.z0.arp_announce
  sysctl: cannot stat /proc/sys/net/ipv4/conf/z0/arp_announce: No such file or directory
  [1]
  $ ls /proc/sys/net/ipv4/conf/
  a1
  a2
  all
  b1
  b2
  default
  lo
  $ sysctl -w net.ipv4.conf.default.accept_local=1 net.ipv4.conf.all.accept_local=0
  net.ipv4.conf.default.accept_local = 1
  net.ipv4.conf.all.accept_local = 0
  $ sysctl net.ipv4.conf.a1.accept_local net.ipv4.conf.a2.accept_local
  net.ipv4.conf.a1.accept_local = 1
  net.ipv4.conf.a2.accept_local = 1
  $ ip link add a3 type veth peer name b3
  $ sysctl net.ipv4.conf.a3.accept_local
  net.ipv4.conf.a3.accept_local = 1
  $ sysctl -a 2>/dev/null | grep -c '^net.ipv4.conf.a3\.'
  33
  $ sysctl -a 2>/dev/null | grep '^net.ipv4.neigh.a3\.' | head -5
  net.ipv4.neigh.a3.anycast_delay = 100
  net.ipv4.neigh.a3.app_solicit = 0
  net.ipv4.neigh.a3.base_reachable_time_ms = 30000
  net.ipv4.neigh.a3.delay_first_probe_time = 5
  net.ipv4.neigh.a3.gc_stale_time = 60
  $ sysctl net.ipv4.ip_local_reserved_ports net.ipv4.ping_group_range net.ipv4.tcp_syncookies
  net.ipv4.ip_local_reserved_ports = 
  net.ipv4.ping_group_range = 1	0
  net.ipv4.tcp_syncookies = 1
  $ sysctl net.core.somaxconn net.ipv4.icmp_echo_ignore_all net.ipv4.icmp_ratelimit
  net.core.somaxconn = 4096
  net.ipv4.icmp_echo_ignore_all = 0
  net.ipv4.icmp_ratelimit = 1000
  $ sysctl -w net.ipv4.icmp_echo_ignore_all=1
  net.ipv4.icmp_echo_ignore_all = 1
  $ ip link set lo up
  $ ping -c 1 -W 1 127.0.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sysctl -w net.ipv4.icmp_echo_ignore_all=0 net.ipv4.icmp_echo_ignore_broadcasts=0
  net.ipv4.icmp_echo_ignore_all = 0
  net.ipv4.icmp_echo_ignore_broadcasts = 0
  $ ping -c 1 127.0.0.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
