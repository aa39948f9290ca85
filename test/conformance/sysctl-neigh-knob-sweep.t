Every net.ipv4.neigh.x0 knob (jiffies, ms, counts, queue lengths) written with edge values in a loop, reading back each (and the paired _ms/non-ms file).
  $ ip link add x0 type veth peer name y0
  $ cd /proc/sys/net/ipv4/neigh/x0 && for k in anycast_delay app_solicit base_reachable_time base_reachable_time_ms delay_first_probe_time gc_stale_time interval_probe_time_ms locktime mcast_resolicit mcast_solicit proxy_delay proxy_qlen retrans_time retrans_time_ms ucast_solicit unres_qlen unres_qlen_bytes; do o=$(cat $k); for v in -1 0 1 3 99 1000 2147483 2147484 2147483647 2147483648 0x10 1.5; do printf '%s=%s: ' $k "$v"; echo "$v" > $k 2>/dev/null; echo "$? $(cat $k)"; done; echo "$o" > $k; done
  anycast_delay=-1: 0 -0
  anycast_delay=0: 0 0
  anycast_delay=1: 0 0
  anycast_delay=3: 0 2
  anycast_delay=99: 0 98
  anycast_delay=1000: 0 1000
  anycast_delay=2147483: 0 2147482
  anycast_delay=2147484: 0 2147484
  anycast_delay=2147483647: 0 429496728
  anycast_delay=2147483648: 0 429496729
  anycast_delay=0x10: 0 16
  anycast_delay=1.5: 1 16
  app_solicit=-1: 1 0
  app_solicit=0: 0 0
  app_solicit=1: 0 1
  app_solicit=3: 0 3
  app_solicit=99: 0 99
  app_solicit=1000: 0 1000
  app_solicit=2147483: 0 2147483
  app_solicit=2147484: 0 2147484
  app_solicit=2147483647: 0 2147483647
  app_solicit=2147483648: 1 2147483647
  app_solicit=0x10: 0 16
  app_solicit=1.5: 1 16
  base_reachable_time=-1: 0 -1
  base_reachable_time=0: 0 0
  base_reachable_time=1: 0 1
  base_reachable_time=3: 0 3
  base_reachable_time=99: 0 99
  base_reachable_time=1000: 0 1000
  base_reachable_time=2147483: 0 2147483
  base_reachable_time=2147484: 0 2147484
  base_reachable_time=2147483647: 1 2147484
  base_reachable_time=2147483648: 1 2147484
  base_reachable_time=0x10: 0 16
  base_reachable_time=1.5: 1 16
  base_reachable_time_ms=-1: 1 30000
  base_reachable_time_ms=0: 0 0
  base_reachable_time_ms=1: 0 4
  base_reachable_time_ms=3: 0 4
  base_reachable_time_ms=99: 0 100
  base_reachable_time_ms=1000: 0 1000
  base_reachable_time_ms=2147483: 0 2147484
  base_reachable_time_ms=2147484: 0 2147484
  base_reachable_time_ms=2147483647: 0 2147483648
  base_reachable_time_ms=2147483648: 1 2147483648
  base_reachable_time_ms=0x10: 0 16
  base_reachable_time_ms=1.5: 1 16
  delay_first_probe_time=-1: 0 -1
  delay_first_probe_time=0: 0 0
  delay_first_probe_time=1: 0 1
  delay_first_probe_time=3: 0 3
  delay_first_probe_time=99: 0 99
  delay_first_probe_time=1000: 0 1000
  delay_first_probe_time=2147483: 0 2147483
  delay_first_probe_time=2147484: 0 2147484
  delay_first_probe_time=2147483647: 1 2147484
  delay_first_probe_time=2147483648: 1 2147484
  delay_first_probe_time=0x10: 0 16
  delay_first_probe_time=1.5: 1 16
  gc_stale_time=-1: 0 -1
  gc_stale_time=0: 0 0
  gc_stale_time=1: 0 1
  gc_stale_time=3: 0 3
  gc_stale_time=99: 0 99
  gc_stale_time=1000: 0 1000
  gc_stale_time=2147483: 0 2147483
  gc_stale_time=2147484: 0 2147484
  gc_stale_time=2147483647: 1 2147484
  gc_stale_time=2147483648: 1 2147484
  gc_stale_time=0x10: 0 16
  gc_stale_time=1.5: 1 16
  interval_probe_time_ms=-1: 1 5000
  interval_probe_time_ms=0: 1 5000
  interval_probe_time_ms=1: 0 4
  interval_probe_time_ms=3: 0 4
  interval_probe_time_ms=99: 0 100
  interval_probe_time_ms=1000: 0 1000
  interval_probe_time_ms=2147483: 0 2147484
  interval_probe_time_ms=2147484: 0 2147484
  interval_probe_time_ms=2147483647: 0 2147483648
  interval_probe_time_ms=2147483648: 1 2147483648
  interval_probe_time_ms=0x10: 0 16
  interval_probe_time_ms=1.5: 1 16
  locktime=-1: 0 -0
  locktime=0: 0 0
  locktime=1: 0 0
  locktime=3: 0 2
  locktime=99: 0 98
  locktime=1000: 0 1000
  locktime=2147483: 0 2147482
  locktime=2147484: 0 2147484
  locktime=2147483647: 0 429496728
  locktime=2147483648: 0 429496729
  locktime=0x10: 0 16
  locktime=1.5: 1 16
  mcast_resolicit=-1: 1 0
  mcast_resolicit=0: 0 0
  mcast_resolicit=1: 0 1
  mcast_resolicit=3: 0 3
  mcast_resolicit=99: 0 99
  mcast_resolicit=1000: 0 1000
  mcast_resolicit=2147483: 0 2147483
  mcast_resolicit=2147484: 0 2147484
  mcast_resolicit=2147483647: 0 2147483647
  mcast_resolicit=2147483648: 1 2147483647
  mcast_resolicit=0x10: 0 16
  mcast_resolicit=1.5: 1 16
  mcast_solicit=-1: 1 3
  mcast_solicit=0: 0 0
  mcast_solicit=1: 0 1
  mcast_solicit=3: 0 3
  mcast_solicit=99: 0 99
  mcast_solicit=1000: 0 1000
  mcast_solicit=2147483: 0 2147483
  mcast_solicit=2147484: 0 2147484
  mcast_solicit=2147483647: 0 2147483647
  mcast_solicit=2147483648: 1 2147483647
  mcast_solicit=0x10: 0 16
  mcast_solicit=1.5: 1 16
  proxy_delay=-1: 0 -0
  proxy_delay=0: 0 0
  proxy_delay=1: 0 0
  proxy_delay=3: 0 2
  proxy_delay=99: 0 98
  proxy_delay=1000: 0 1000
  proxy_delay=2147483: 0 2147482
  proxy_delay=2147484: 0 2147484
  proxy_delay=2147483647: 0 429496728
  proxy_delay=2147483648: 0 429496729
  proxy_delay=0x10: 0 16
  proxy_delay=1.5: 1 16
  proxy_qlen=-1: 1 64
  proxy_qlen=0: 0 0
  proxy_qlen=1: 0 1
  proxy_qlen=3: 0 3
  proxy_qlen=99: 0 99
  proxy_qlen=1000: 0 1000
  proxy_qlen=2147483: 0 2147483
  proxy_qlen=2147484: 0 2147484
  proxy_qlen=2147483647: 0 2147483647
  proxy_qlen=2147483648: 1 2147483647
  proxy_qlen=0x10: 0 16
  proxy_qlen=1.5: 1 16
  retrans_time=-1: 0 -0
  retrans_time=0: 0 0
  retrans_time=1: 0 0
  retrans_time=3: 0 2
  retrans_time=99: 0 98
  retrans_time=1000: 0 1000
  retrans_time=2147483: 0 2147482
  retrans_time=2147484: 0 2147484
  retrans_time=2147483647: 0 429496728
  retrans_time=2147483648: 0 429496729
  retrans_time=0x10: 0 16
  retrans_time=1.5: 1 16
  retrans_time_ms=-1: 1 1000
  retrans_time_ms=0: 0 0
  retrans_time_ms=1: 0 4
  retrans_time_ms=3: 0 4
  retrans_time_ms=99: 0 100
  retrans_time_ms=1000: 0 1000
  retrans_time_ms=2147483: 0 2147484
  retrans_time_ms=2147484: 0 2147484
  retrans_time_ms=2147483647: 0 2147483648
  retrans_time_ms=2147483648: 1 2147483648
  retrans_time_ms=0x10: 0 16
  retrans_time_ms=1.5: 1 16
  ucast_solicit=-1: 1 3
  ucast_solicit=0: 0 0
  ucast_solicit=1: 0 1
  ucast_solicit=3: 0 3
  ucast_solicit=99: 0 99
  ucast_solicit=1000: 0 1000
  ucast_solicit=2147483: 0 2147483
  ucast_solicit=2147484: 0 2147484
  ucast_solicit=2147483647: 0 2147483647
  ucast_solicit=2147483648: 1 2147483647
  ucast_solicit=0x10: 0 16
  ucast_solicit=1.5: 1 16
  unres_qlen=-1: 1 101
  unres_qlen=0: 0 0
  unres_qlen=1: 0 1
  unres_qlen=3: 0 3
  unres_qlen=99: 0 99
  unres_qlen=1000: 0 1000
  unres_qlen=2147483: 1 1000
  unres_qlen=2147484: 1 1000
  unres_qlen=2147483647: 1 1000
  unres_qlen=2147483648: 1 1000
  unres_qlen=0x10: 0 16
  unres_qlen=1.5: 1 16
  unres_qlen_bytes=-1: 1 211090
  unres_qlen_bytes=0: 0 0
  unres_qlen_bytes=1: 0 1
  unres_qlen_bytes=3: 0 3
  unres_qlen_bytes=99: 0 99
  unres_qlen_bytes=1000: 0 1000
  unres_qlen_bytes=2147483: 0 2147483
  unres_qlen_bytes=2147484: 0 2147484
  unres_qlen_bytes=2147483647: 0 2147483647
  unres_qlen_bytes=2147483648: 1 2147483647
  unres_qlen_bytes=0x10: 0 16
  unres_qlen_bytes=1.5: 1 16
  $ cd /proc/sys/net/ipv4/neigh/x0 && echo 1 > retrans_time && cat retrans_time retrans_time_ms && echo 1234 > retrans_time_ms && cat retrans_time retrans_time_ms && echo 7 > base_reachable_time && cat base_reachable_time_ms && echo 1001 > base_reachable_time_ms && cat base_reachable_time
  0
  8
  123
  1236
  7000
  1
  $ ip ntable show dev x0 | sed -n 1,20p | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet arp_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 1004 retrans 1236 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  
  inet6 ndisc_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 0 
