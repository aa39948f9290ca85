ip ntable change: per-device and default parms of arp_cache (queue, app_probes, ucast/mcast probes, base_reachable, retrans, gc_stale, delay_probe, proxy_queue, proxy_delay, locktime, thresh1-3 and gc interval of the table), what sysctl then reads, show filters by name and dev, and errors.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip ntable change name arp_cache dev a0 queue 7 app_probes 2 ucast_probes 4 mcast_probes 5
  $ sysctl net.ipv4.neigh.a0.unres_qlen net.ipv4.neigh.a0.unres_qlen_bytes net.ipv4.neigh.a0.app_solicit net.ipv4.neigh.a0.ucast_solicit net.ipv4.neigh.a0.mcast_solicit
  net.ipv4.neigh.a0.unres_qlen = 7
  net.ipv4.neigh.a0.unres_qlen_bytes = 14630
  net.ipv4.neigh.a0.app_solicit = 2
  net.ipv4.neigh.a0.ucast_solicit = 4
  net.ipv4.neigh.a0.mcast_solicit = 5
  $ ip ntable change name arp_cache dev a0 base_reachable 12000 retrans 500 gc_stale 30000 delay_probe 2500
  $ sysctl net.ipv4.neigh.a0.base_reachable_time_ms net.ipv4.neigh.a0.retrans_time_ms net.ipv4.neigh.a0.gc_stale_time net.ipv4.neigh.a0.delay_first_probe_time
  net.ipv4.neigh.a0.base_reachable_time_ms = 12000
  net.ipv4.neigh.a0.retrans_time_ms = 500
  net.ipv4.neigh.a0.gc_stale_time = 30
  net.ipv4.neigh.a0.delay_first_probe_time = 2
  $ ip ntable change name arp_cache dev a0 proxy_queue 9 proxy_delay 300 locktime 2000
  $ sysctl net.ipv4.neigh.a0.proxy_qlen net.ipv4.neigh.a0.proxy_delay net.ipv4.neigh.a0.locktime
  net.ipv4.neigh.a0.proxy_qlen = 9
  net.ipv4.neigh.a0.proxy_delay = 30
  net.ipv4.neigh.a0.locktime = 200
  $ ip ntable show dev a0
  inet arp_cache 
      dev a0 
      refcnt 1 reachable * base_reachable 12000 retrans 500  (glob)
      gc_stale 30000 delay_probe 2500 queue 7 
      app_probes 2 ucast_probes 4 mcast_probes 5 
      anycast_delay 1000 proxy_delay 300 proxy_queue 9 locktime 2000 
  
  inet6 ndisc_cache 
      dev a0 
      refcnt 1 reachable * base_reachable 30000 retrans 1000  (glob)
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 0 
  $ ip ntable change name arp_cache thresh1 64 thresh2 256 thresh3 512 gc_int 15000
  RTNETLINK answers: No such file or directory
  [2]
  $ sysctl net.ipv4.neigh.default.gc_thresh1 net.ipv4.neigh.default.gc_thresh2 net.ipv4.neigh.default.gc_thresh3 net.ipv4.neigh.default.gc_interval
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_thresh1: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_thresh2: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_thresh3: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_interval: No such file or directory
  [4]
  $ ip ntable show name arp_cache | head -3
  inet arp_cache 
      thresh1 128 thresh2 512 thresh3 1024 gc_int 30000 
      refcnt 1 reachable * base_reachable 30000 retrans 1000  (glob)
  $ ip ntable change name arp_cache queue 13
  RTNETLINK answers: No such file or directory
  [2]
  $ sysctl net.ipv4.neigh.default.unres_qlen net.ipv4.neigh.b0.unres_qlen
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/unres_qlen: No such file or directory
  net.ipv4.neigh.b0.unres_qlen = 101
  [1]
  $ ip ntable change name arp_cache dev b0 unres_qlen_bytes 4096
  Error: argument "unres_qlen_bytes" is wrong: unknown
  [255]
  $ ip ntable change name arp_cache dev b0 queue_bytes 4096
  Error: argument "queue_bytes" is wrong: unknown
  [255]
  $ sysctl net.ipv4.neigh.b0.unres_qlen_bytes net.ipv4.neigh.b0.unres_qlen
  net.ipv4.neigh.b0.unres_qlen_bytes = 212992
  net.ipv4.neigh.b0.unres_qlen = 101
  $ ip ntable change name arp_cache dev nosuch queue 3
  Cannot find device "nosuch"
  [1]
  $ ip ntable change name nosuch queue 3
  RTNETLINK answers: No such file or directory
  [2]
  $ ip ntable change dev a0 queue 3
  Error: argument "NAME" is required
  [255]
  $ ip ntable change name arp_cache dev a0 queue
  Command line is not complete. Try option "help"
  [255]
  $ ip ntable change name arp_cache dev a0 queue x
  Error: argument "x" is wrong: "queue" value is invalid
  [255]
  $ ip ntable change name arp_cache dev a0 bogus 1
  Error: argument "bogus" is wrong: unknown
  [255]
  $ ip ntable change name arp_cache dev a0 thresh1 5
  RTNETLINK answers: No such file or directory
  [2]
  $ ip ntable show dev nosuch
  Error: argument "nosuch" is wrong: "DEV" is invalid
  [255]
  $ ip ntable show name nosuch
  $ ip -s ntable show dev a0 | head -4
  inet arp_cache 
      dev a0 
      refcnt 1 reachable * base_reachable 12000 retrans 500  (glob)
      gc_stale 30000 delay_probe 2500 queue 7 
  $ ip link add a2 type veth peer name b2
  $ sysctl net.ipv4.neigh.a2.unres_qlen net.ipv4.neigh.a2.unres_qlen_bytes
  net.ipv4.neigh.a2.unres_qlen = 101
  net.ipv4.neigh.a2.unres_qlen_bytes = 212992
