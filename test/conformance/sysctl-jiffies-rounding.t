Time sysctls are stored in jiffies (HZ 250): milliseconds keys round up on write (msecs_to_jiffies) and read back as jiffies_to_msecs, USER_HZ keys (retrans_time, proxy_delay, locktime: centiseconds) round down on write, seconds keys are exact; ip ntable shows the stored value in ms.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ sysctl -w net.ipv4.icmp_ratelimit=1001
  net.ipv4.icmp_ratelimit = 1001
  $ sysctl net.ipv4.icmp_ratelimit
  net.ipv4.icmp_ratelimit = 1004
  $ sysctl -w net.ipv4.icmp_ratelimit=3; sysctl -n net.ipv4.icmp_ratelimit
  net.ipv4.icmp_ratelimit = 3
  4
  $ sysctl -w net.ipv4.icmp_ratelimit=0; sysctl -n net.ipv4.icmp_ratelimit
  net.ipv4.icmp_ratelimit = 0
  0
  $ sysctl -w net.ipv4.neigh.a0.base_reachable_time_ms=1001
  net.ipv4.neigh.a0.base_reachable_time_ms = 1001
  $ sysctl net.ipv4.neigh.a0.base_reachable_time_ms net.ipv4.neigh.a0.base_reachable_time
  net.ipv4.neigh.a0.base_reachable_time_ms = 1004
  net.ipv4.neigh.a0.base_reachable_time = 1
  $ sysctl -w net.ipv4.neigh.a0.base_reachable_time_ms=1999; sysctl net.ipv4.neigh.a0.base_reachable_time
  net.ipv4.neigh.a0.base_reachable_time_ms = 1999
  net.ipv4.neigh.a0.base_reachable_time = 2
  $ sysctl -w net.ipv4.neigh.a0.base_reachable_time=7; sysctl net.ipv4.neigh.a0.base_reachable_time_ms
  net.ipv4.neigh.a0.base_reachable_time = 7
  net.ipv4.neigh.a0.base_reachable_time_ms = 7000
  $ sysctl -w net.ipv4.neigh.a0.retrans_time_ms=1234; sysctl net.ipv4.neigh.a0.retrans_time net.ipv4.neigh.a0.retrans_time_ms
  net.ipv4.neigh.a0.retrans_time_ms = 1234
  net.ipv4.neigh.a0.retrans_time = 123
  net.ipv4.neigh.a0.retrans_time_ms = 1236
  $ sysctl -w net.ipv4.neigh.a0.retrans_time=33; sysctl net.ipv4.neigh.a0.retrans_time net.ipv4.neigh.a0.retrans_time_ms
  net.ipv4.neigh.a0.retrans_time = 33
  net.ipv4.neigh.a0.retrans_time = 32
  net.ipv4.neigh.a0.retrans_time_ms = 328
  $ sysctl -w net.ipv4.neigh.a0.retrans_time=1; sysctl net.ipv4.neigh.a0.retrans_time net.ipv4.neigh.a0.retrans_time_ms
  net.ipv4.neigh.a0.retrans_time = 1
  net.ipv4.neigh.a0.retrans_time = 0
  net.ipv4.neigh.a0.retrans_time_ms = 8
  $ sysctl -w net.ipv4.neigh.a0.proxy_delay=7; sysctl net.ipv4.neigh.a0.proxy_delay
  net.ipv4.neigh.a0.proxy_delay = 7
  net.ipv4.neigh.a0.proxy_delay = 6
  $ sysctl -w net.ipv4.neigh.a0.locktime=155; sysctl net.ipv4.neigh.a0.locktime
  net.ipv4.neigh.a0.locktime = 155
  net.ipv4.neigh.a0.locktime = 154
  $ sysctl -w net.ipv4.neigh.a0.delay_first_probe_time=3 net.ipv4.neigh.a0.gc_stale_time=17
  net.ipv4.neigh.a0.delay_first_probe_time = 3
  net.ipv4.neigh.a0.gc_stale_time = 17
  $ sysctl net.ipv4.neigh.a0.delay_first_probe_time net.ipv4.neigh.a0.gc_stale_time
  net.ipv4.neigh.a0.delay_first_probe_time = 3
  net.ipv4.neigh.a0.gc_stale_time = 17
  $ ip ntable show dev a0 | grep -oE ' (base_reachable|retrans|gc_stale|delay_probe|proxy_delay|locktime) [0-9]+' | tr '\n' ' '; echo
   base_reachable 7000  retrans 8  gc_stale 17000  delay_probe 3000  proxy_delay 68  locktime 1548  base_reachable 30000  retrans 1000  gc_stale 60000  delay_probe 5000  proxy_delay 800  locktime 0 
  $ ip ntable change name arp_cache dev a0 retrans 1001 base_reachable 2001 proxy_delay 33 locktime 1234
  $ sysctl net.ipv4.neigh.a0.retrans_time_ms net.ipv4.neigh.a0.base_reachable_time_ms net.ipv4.neigh.a0.proxy_delay net.ipv4.neigh.a0.locktime
  net.ipv4.neigh.a0.retrans_time_ms = 1004
  net.ipv4.neigh.a0.base_reachable_time_ms = 2004
  net.ipv4.neigh.a0.proxy_delay = 3
  net.ipv4.neigh.a0.locktime = 123
  $ ip ntable show dev a0 | grep -oE ' (base_reachable|retrans|proxy_delay|locktime) [0-9]+' | tr '\n' ' '; echo
   base_reachable 2004  retrans 1004  proxy_delay 36  locktime 1236  base_reachable 30000  retrans 1000  proxy_delay 800  locktime 0 
  $ sysctl -w net.ipv4.tcp_fin_timeout=31 net.ipv4.tcp_keepalive_time=7201 net.ipv4.tcp_keepalive_intvl=76; sysctl -n net.ipv4.tcp_fin_timeout net.ipv4.tcp_keepalive_time net.ipv4.tcp_keepalive_intvl
  net.ipv4.tcp_fin_timeout = 31
  net.ipv4.tcp_keepalive_time = 7201
  net.ipv4.tcp_keepalive_intvl = 76
  31
  7201
  76
  $ sysctl -w net.ipv4.route.mtu_expires=61 net.ipv4.route.min_pmtu=1001 net.ipv4.route.min_adv_mss=333; sysctl -n net.ipv4.route.mtu_expires net.ipv4.route.min_pmtu net.ipv4.route.min_adv_mss
  net.ipv4.route.mtu_expires = 61
  net.ipv4.route.min_pmtu = 1001
  net.ipv4.route.min_adv_mss = 333
  61
  1001
  333
  $ sysctl -w net.ipv4.igmp_max_memberships=-1 net.ipv4.igmp_max_msf=0 net.ipv4.igmp_qrv=0; sysctl -n net.ipv4.igmp_max_memberships net.ipv4.igmp_max_msf net.ipv4.igmp_qrv
  net.ipv4.igmp_max_memberships = -1
  net.ipv4.igmp_max_msf = 0
  sysctl: setting key "net.ipv4.igmp_qrv": Invalid argument
  -1
  0
  2
