Neighbour parameters at odd values: -1 and 0 written to the time sysctls of a device (userhz, ms and seconds units), what sysctl reads back and what ip ntable lists for them (times in ms through an unsigned jiffies_to_msecs()), probes sysctls out of range, and ip ntable change with 0 and huge values.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ sysctl -w net.ipv4.neigh.x0.retrans_time=-1 net.ipv4.neigh.x0.anycast_delay=-1 net.ipv4.neigh.x0.proxy_delay=-1
  net.ipv4.neigh.x0.retrans_time = -1
  net.ipv4.neigh.x0.anycast_delay = -1
  net.ipv4.neigh.x0.proxy_delay = -1
  $ sysctl -w net.ipv4.neigh.x0.delay_first_probe_time=-1 net.ipv4.neigh.x0.gc_stale_time=-1
  net.ipv4.neigh.x0.delay_first_probe_time = -1
  net.ipv4.neigh.x0.gc_stale_time = -1
  $ sysctl -w net.ipv4.neigh.x0.base_reachable_time=-1
  net.ipv4.neigh.x0.base_reachable_time = -1
  $ sysctl -w net.ipv4.neigh.x0.base_reachable_time_ms=-1
  sysctl: setting key "net.ipv4.neigh.x0.base_reachable_time_ms": Invalid argument
  [1]
  $ sysctl -w net.ipv4.neigh.x0.retrans_time_ms=-1
  sysctl: setting key "net.ipv4.neigh.x0.retrans_time_ms": Invalid argument
  [1]
  $ sysctl net.ipv4.neigh.x0.retrans_time net.ipv4.neigh.x0.retrans_time_ms net.ipv4.neigh.x0.base_reachable_time net.ipv4.neigh.x0.base_reachable_time_ms
  net.ipv4.neigh.x0.retrans_time = -0
  net.ipv4.neigh.x0.retrans_time_ms = -4
  net.ipv4.neigh.x0.base_reachable_time = -1
  net.ipv4.neigh.x0.base_reachable_time_ms = -1000
  $ ip ntable show dev x0 | sed -E '1d; s/reachable [0-9]+ base/reachable X base/'
      dev x0 
      refcnt 1 reachable X base_reachable 4294966296 retrans 4294967292 
      gc_stale 4294966296 delay_probe 4294966296 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 4294967292 proxy_delay 4294967292 proxy_queue 64 locktime 1000 
  
  inet6 ndisc_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 0 
  $ sysctl -w net.ipv4.neigh.x0.ucast_solicit=-1 net.ipv4.neigh.x0.mcast_solicit=-2 net.ipv4.neigh.x0.app_solicit=-3 net.ipv4.neigh.x0.mcast_resolicit=-4
  sysctl: setting key "net.ipv4.neigh.x0.ucast_solicit": Invalid argument
  sysctl: setting key "net.ipv4.neigh.x0.mcast_solicit": Invalid argument
  sysctl: setting key "net.ipv4.neigh.x0.app_solicit": Invalid argument
  sysctl: setting key "net.ipv4.neigh.x0.mcast_resolicit": Invalid argument
  [1]
  $ sysctl -w net.ipv4.neigh.x0.unres_qlen=-1 net.ipv4.neigh.x0.unres_qlen_bytes=-1 net.ipv4.neigh.x0.proxy_qlen=-1
  sysctl: setting key "net.ipv4.neigh.x0.unres_qlen": Invalid argument
  sysctl: setting key "net.ipv4.neigh.x0.unres_qlen_bytes": Invalid argument
  sysctl: setting key "net.ipv4.neigh.x0.proxy_qlen": Invalid argument
  [1]
  $ sysctl -w net.ipv4.neigh.x0.unres_qlen=0 net.ipv4.neigh.x0.proxy_qlen=0 net.ipv4.neigh.x0.retrans_time=0 net.ipv4.neigh.x0.locktime=0
  net.ipv4.neigh.x0.unres_qlen = 0
  net.ipv4.neigh.x0.proxy_qlen = 0
  net.ipv4.neigh.x0.retrans_time = 0
  net.ipv4.neigh.x0.locktime = 0
  $ sysctl -w net.ipv4.neigh.x0.retrans_time=2147483647
  net.ipv4.neigh.x0.retrans_time = 2147483647
  $ sysctl -w net.ipv4.neigh.x0.retrans_time=21474836
  net.ipv4.neigh.x0.retrans_time = 21474836
  $ sysctl -w net.ipv4.neigh.x0.retrans_time_ms=2147483647
  net.ipv4.neigh.x0.retrans_time_ms = 2147483647
  $ sysctl -w net.ipv4.neigh.x0.delay_first_probe_time=8589934
  net.ipv4.neigh.x0.delay_first_probe_time = 8589934
  $ sysctl -w net.ipv4.neigh.x0.delay_first_probe_time=8589935
  sysctl: setting key "net.ipv4.neigh.x0.delay_first_probe_time": Invalid argument
  [1]
  $ ip ntable show dev x0 | sed -E '1d; s/reachable [0-9]+ base/reachable X base/'
      dev x0 
      refcnt 1 reachable X base_reachable 4294966296 retrans 2147483648 
      gc_stale 4294966296 delay_probe 4294966704 queue 0 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 4294967292 proxy_delay 4294967292 proxy_queue 0 locktime 0 
  
  inet6 ndisc_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 0 
  $ ip ntable change name arp_cache dev x0 retrans 0 delay_probe 0 gc_stale 0 locktime 0 proxy_delay 0 anycast_delay 0 base_reachable 0
  $ ip ntable show dev x0 | sed -E '1d; s/reachable [0-9]+ base/reachable X base/'
      dev x0 
      refcnt 1 reachable X base_reachable 0 retrans 0 
      gc_stale 0 delay_probe 0 queue 0 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 0 proxy_delay 0 proxy_queue 0 locktime 0 
  
  inet6 ndisc_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 0 
  $ sysctl net.ipv4.neigh.x0.retrans_time_ms net.ipv4.neigh.x0.base_reachable_time_ms net.ipv4.neigh.x0.delay_first_probe_time net.ipv4.neigh.x0.gc_stale_time
  net.ipv4.neigh.x0.retrans_time_ms = 0
  net.ipv4.neigh.x0.base_reachable_time_ms = 0
  net.ipv4.neigh.x0.delay_first_probe_time = 0
  net.ipv4.neigh.x0.gc_stale_time = 0
  $ ip ntable change name arp_cache dev x0 retrans 4294967295 locktime 4294967295
  $ ip ntable show dev x0 | sed -E '1d; s/reachable [0-9]+ base/reachable X base/'
      dev x0 
      refcnt 1 reachable X base_reachable 0 retrans 4294967288 
      gc_stale 0 delay_probe 0 queue 0 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 0 proxy_delay 0 proxy_queue 0 locktime 4294967288 
  
  inet6 ndisc_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 0 
  $ sysctl net.ipv4.neigh.x0.retrans_time_ms net.ipv4.neigh.x0.locktime
  net.ipv4.neigh.x0.retrans_time_ms = -8
  net.ipv4.neigh.x0.locktime = -0
  $ ip ntable change name arp_cache dev x0 retrans 3 locktime 5 gc_stale 1001
  $ ip ntable show dev x0 | sed -E '1d; s/reachable [0-9]+ base/reachable X base/'
      dev x0 
      refcnt 1 reachable X base_reachable 0 retrans 4 
      gc_stale 1004 delay_probe 0 queue 0 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 0 proxy_delay 0 proxy_queue 0 locktime 8 
  
  inet6 ndisc_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 0 
  $ sysctl net.ipv4.neigh.x0.retrans_time_ms net.ipv4.neigh.x0.retrans_time net.ipv4.neigh.x0.locktime net.ipv4.neigh.x0.gc_stale_time
  net.ipv4.neigh.x0.retrans_time_ms = 4
  net.ipv4.neigh.x0.retrans_time = 0
  net.ipv4.neigh.x0.locktime = 0
  net.ipv4.neigh.x0.gc_stale_time = 1
  $ ip ntable change name arp_cache dev x0 queue 4294967295 app_probes 4294967295
  $ ip ntable show dev x0 | sed -E '1d; s/reachable [0-9]+ base/reachable X base/'
      dev x0 
      refcnt 1 reachable X base_reachable 0 retrans 4 
      gc_stale 1004 delay_probe 0 queue 1183684765 
      app_probes 4294967295 ucast_probes 3 mcast_probes 3 
      anycast_delay 0 proxy_delay 0 proxy_queue 0 locktime 8 
  
  inet6 ndisc_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 0 
  $ sysctl net.ipv4.neigh.x0.unres_qlen net.ipv4.neigh.x0.unres_qlen_bytes net.ipv4.neigh.x0.app_solicit
  net.ipv4.neigh.x0.unres_qlen = 1183684765
  net.ipv4.neigh.x0.unres_qlen_bytes = -2090
  net.ipv4.neigh.x0.app_solicit = -1
