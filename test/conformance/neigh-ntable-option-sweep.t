ip ntable change with every parameter and edge values in a loop (bad numbers, 0, huge, name/dev combos, family), then ip ntable show forms (-4, -6, dev, name, -s, -j) of what stuck.
  $ ip link add x0 type veth peer name y0
  $ for o in "thresh1 10" "thresh2 -1" "thresh3 4294967296" "gc_int 0" "gc_int 1000" "base_reachable 7000" "retrans 0" "retrans 4294967295" "gc_stale 12000" "delay_probe 1" "queue 5" "app_probes 2" "ucast_probes 9" "mcast_probes 0" "anycast_delay 5" "proxy_delay 0" "proxy_queue 77" "locktime 0" "unres_qlen 3" "unres_qlen_bytes 0" "bogus 1" "thresh1" "queue x" "dev y0 queue 9" "dev nodev queue 9" "dev y0 thresh1 5"; do echo "== $o"; ip ntable change name arp_cache dev x0 $o 2>&1; echo "rc $?"; done
  == thresh1 10
  RTNETLINK answers: No such file or directory
  rc 2
  == thresh2 -1
  Error: argument "-1" is wrong: "thresh2" value is invalid
  rc 255
  == thresh3 4294967296
  Error: argument "4294967296" is wrong: "thresh3" value is invalid
  rc 255
  == gc_int 0
  RTNETLINK answers: No such file or directory
  rc 2
  == gc_int 1000
  RTNETLINK answers: No such file or directory
  rc 2
  == base_reachable 7000
  rc 0
  == retrans 0
  rc 0
  == retrans 4294967295
  rc 0
  == gc_stale 12000
  rc 0
  == delay_probe 1
  rc 0
  == queue 5
  rc 0
  == app_probes 2
  rc 0
  == ucast_probes 9
  rc 0
  == mcast_probes 0
  rc 0
  == anycast_delay 5
  rc 0
  == proxy_delay 0
  rc 0
  == proxy_queue 77
  rc 0
  == locktime 0
  rc 0
  == unres_qlen 3
  Error: argument "unres_qlen" is wrong: unknown
  rc 255
  == unres_qlen_bytes 0
  Error: argument "unres_qlen_bytes" is wrong: unknown
  rc 255
  == bogus 1
  Error: argument "bogus" is wrong: unknown
  rc 255
  == thresh1
  Command line is not complete. Try option "help"
  rc 255
  == queue x
  Error: argument "x" is wrong: "queue" value is invalid
  rc 255
  == dev y0 queue 9
  rc 0
  == dev nodev queue 9
  Cannot find device "nodev"
  rc 1
  == dev y0 thresh1 5
  RTNETLINK answers: No such file or directory
  rc 2
  $ ip ntable change name arp_cache thresh1 11 gc_int 9000; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip ntable change name nope thresh1 11; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip ntable change thresh1 11; echo $?
  Error: argument "NAME" is required
  255
  $ ip -4 ntable show dev x0 | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet arp_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 7000 retrans 4294967288 
      gc_stale 12000 delay_probe 4 queue 5 
      app_probes 2 ucast_probes 9 mcast_probes 0 
      anycast_delay 8 proxy_delay 0 proxy_queue 77 locktime 0 
  $ ip -4 ntable show name arp_cache | sed -n 1,4p | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet arp_cache 
      thresh1 128 thresh2 512 thresh3 1024 gc_int 30000 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
  $ ip -4 -j ntable show dev y0 | sed -E 's/"reachable":[0-9]+/"reachable":X/'
  [{"family":"inet","name":"arp_cache","dev":"y0","refcnt":1,"reachable":X,"base_reachable":30000,"retrans":1000,"gc_stale":60000,"delay_probe":5000,"queue":9,"app_probes":0,"ucast_probes":3,"mcast_probes":3,"anycast_delay":1000,"proxy_delay":800,"proxy_queue":64,"locktime":1000}]
  $ ip -6 ntable show dev x0 | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet6 ndisc_cache 
      dev x0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 0 
  $ ip -4 ntable show dev nodev; echo $?
  Error: argument "nodev" is wrong: "DEV" is invalid
  255
  $ cat /proc/sys/net/ipv4/neigh/x0/{retrans_time_ms,base_reachable_time_ms,delay_first_probe_time,locktime,unres_qlen,unres_qlen_bytes,proxy_qlen,ucast_solicit,mcast_solicit,app_solicit,anycast_delay,gc_stale_time}
  -8
  7000
  0
  0
  5
  10450
  77
  9
  0
  2
  0
  12
  $ cat /proc/sys/net/ipv4/neigh/default/{gc_thresh1,gc_thresh2,gc_thresh3,gc_interval}
  cat: /proc/sys/net/ipv4/neigh/default/gc_thresh1: No such file or directory
  cat: /proc/sys/net/ipv4/neigh/default/gc_thresh2: No such file or directory
  cat: /proc/sys/net/ipv4/neigh/default/gc_thresh3: No such file or directory
  cat: /proc/sys/net/ipv4/neigh/default/gc_interval: No such file or directory
  [1]
