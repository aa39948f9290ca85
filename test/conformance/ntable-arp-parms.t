ip ntable: the ARP table's message (thresholds, gc interval, default parms) and
the per-device parms of the namespace (newest device first), the same
neigh_parms the net.ipv4.neigh.DEV sysctls read and write; ip ntable change
(RTM_SETNEIGHTBL) and its errors. reachable is random (neigh_rand_reach_time):
masked. The IPv6 ndisc_cache table is left out (-4 or name arp_cache).
  $ ip netns add a
  $ ip -n a link add a0 type veth peer name b0
  $ ip -n a link add c0 type veth peer name c1
  $ ip -4 -n a ntable show | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet arp_cache 
      thresh1 128 thresh2 512 thresh3 1024 gc_int 30000 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  
  inet arp_cache 
      dev c0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  
  inet arp_cache 
      dev c1 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  
  inet arp_cache 
      dev a0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  
  inet arp_cache 
      dev b0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  
  inet arp_cache 
      dev lo 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  $ ip -n a ntable show name arp_cache dev b0 | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet arp_cache 
      dev b0 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  $ ip -n a ntable show name arp_cache dev none | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet arp_cache 
      thresh1 128 thresh2 512 thresh3 1024 gc_int 30000 
      refcnt 1 reachable X base_reachable 30000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  $ ip -n a ntable change name arp_cache dev a0 queue 7 retrans 250 app_probes 2 ucast_probes 5 mcast_probes 1
  $ ip -n a ntable change name arp_cache dev a0 base_reachable 10001 gc_stale 1003 delay_probe 2000 anycast_delay 3 proxy_delay 999 proxy_queue 12 locktime 0
  $ ip -n a ntable show name arp_cache dev a0 | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet arp_cache 
      dev a0 
      refcnt 1 reachable X base_reachable 10004 retrans 252 
      gc_stale 1004 delay_probe 2000 queue 7 
      app_probes 2 ucast_probes 5 mcast_probes 1 
      anycast_delay 4 proxy_delay 1000 proxy_queue 12 locktime 0 
  $ ip netns exec a sysctl net.ipv4.neigh.a0.unres_qlen net.ipv4.neigh.a0.unres_qlen_bytes net.ipv4.neigh.a0.retrans_time_ms net.ipv4.neigh.a0.app_solicit net.ipv4.neigh.a0.ucast_solicit net.ipv4.neigh.a0.mcast_solicit
  net.ipv4.neigh.a0.unres_qlen = 7
  net.ipv4.neigh.a0.unres_qlen_bytes = 14630
  net.ipv4.neigh.a0.retrans_time_ms = 252
  net.ipv4.neigh.a0.app_solicit = 2
  net.ipv4.neigh.a0.ucast_solicit = 5
  net.ipv4.neigh.a0.mcast_solicit = 1
  $ ip netns exec a sysctl net.ipv4.neigh.a0.base_reachable_time_ms net.ipv4.neigh.a0.gc_stale_time net.ipv4.neigh.a0.delay_first_probe_time net.ipv4.neigh.a0.anycast_delay net.ipv4.neigh.a0.proxy_delay net.ipv4.neigh.a0.proxy_qlen net.ipv4.neigh.a0.locktime
  net.ipv4.neigh.a0.base_reachable_time_ms = 10004
  net.ipv4.neigh.a0.gc_stale_time = 1
  net.ipv4.neigh.a0.delay_first_probe_time = 2
  net.ipv4.neigh.a0.anycast_delay = 0
  net.ipv4.neigh.a0.proxy_delay = 100
  net.ipv4.neigh.a0.proxy_qlen = 12
  net.ipv4.neigh.a0.locktime = 0
  $ ip netns exec a sysctl -qw net.ipv4.neigh.c0.retrans_time_ms=4000 net.ipv4.neigh.c0.unres_qlen_bytes=5000
  $ ip -n a ntable show name arp_cache dev c0 | sed -n 3,4p | sed -E 's/ reachable [0-9]+ / reachable X /'
      refcnt 1 reachable X base_reachable 30000 retrans 4000 
      gc_stale 60000 delay_probe 5000 queue 2 
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a link set a0 up
  $ ip -n a link set b0 up
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0 nud stale
  $ ip -n a ntable show dev a0 | sed -n 3p | sed -E 's/ reachable [0-9]+ / reachable X /'
      refcnt 3 reachable X base_reachable 10004 retrans 252 
  $ ip -n a neigh del 10.0.0.2 dev a0
  $ ip -n a ntable show dev a0 | sed -n 3p | sed -E 's/ reachable [0-9]+ / reachable X /'
      refcnt 2 reachable X base_reachable 10004 retrans 252 
  $ ip -n a ntable change name arp_cache dev a0 nosuch 1
  Error: argument "nosuch" is wrong: unknown
  [255]
  $ ip -n a ntable change name arp_cache dev a0 queue x
  Error: argument "x" is wrong: "queue" value is invalid
  [255]
  $ ip -n a ntable change name arp_cache dev a0 queue -1
  Error: argument "-1" is wrong: "queue" value is invalid
  [255]
  $ ip -n a ntable change name arp_cache dev a0
  Not enough information: changeable attributes required.
  [255]
  $ ip -n a ntable change dev a0 queue 3
  Error: argument "NAME" is required
  [255]
  $ ip -n a ntable change name arp_cache name arp_cache queue 3
  Error: duplicate "NAME": "arp_cache" is the second value.
  [255]
  $ ip -n a ntable change name arp_cache dev nosuch queue 3
  Cannot find device "nosuch"
  [1]
  $ ip -n a ntable change name nosuch_cache dev a0 queue 3
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a ntable change name arp_cache queue 3
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a ntable change name arp_cache thresh1 64
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a ntable change name arp_cache dev a0 gc_int 1000
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a ntable change name arp_cache dev a0 queue
  Command line is not complete. Try option "help"
  [255]
  $ ip -n a ntable show dev nosuch
  Error: argument "nosuch" is wrong: "DEV" is invalid
  [255]
  $ ip -n a ntable show bogus
  Error: argument "bogus" is wrong: unknown
  [255]
  $ ip -n a ntable show name nosuch_cache
  $ ip -n a ntable frob
  Command "frob" is unknown, try "ip ntable help".
  [255]
  $ ip -n a ntable help
  Usage: ip ntable change name NAME [ dev DEV ]
          [ thresh1 VAL ] [ thresh2 VAL ] [ thresh3 VAL ] [ gc_int MSEC ]
          [ PARMS ]
  Usage: ip ntable show [ dev DEV ] [ name NAME ]
  PARMS := [ base_reachable MSEC ] [ retrans MSEC ] [ gc_stale MSEC ]
           [ delay_probe MSEC ] [ queue LEN ]
           [ app_probes VAL ] [ ucast_probes VAL ] [ mcast_probes VAL ]
           [ anycast_delay MSEC ] [ proxy_delay MSEC ] [ proxy_queue LEN ]
           [ locktime MSEC ]
  [255]
  $ ip -n a -j ntable show name arp_cache dev c0 | sed -E 's/"reachable":[0-9]+,/"reachable":0,/'
  [{"family":"inet","name":"arp_cache","dev":"c0","refcnt":1,"reachable":0,"base_reachable":30000,"retrans":4000,"gc_stale":60000,"delay_probe":5000,"queue":2,"app_probes":0,"ucast_probes":3,"mcast_probes":3,"anycast_delay":1000,"proxy_delay":800,"proxy_queue":64,"locktime":1000}]
  $ ip -n a -s ntable show name arp_cache dev c0 | sed -E 's/ reachable [0-9]+ / reachable X /'
  inet arp_cache 
      dev c0 
      refcnt 1 reachable X base_reachable 30000 retrans 4000 
      gc_stale 60000 delay_probe 5000 queue 2 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  $ sleep 1
  $ ip -n a -s ntable show name arp_cache dev none | sed -n 3,4p | sed -E "s/[0-9]+/N/g"
      config key_len N entry_size N entries N 
          last_flush N-N-N N:N:N last_rand N-N-N N:N:N 
  $ ip -n a -s ntable show name arp_cache dev none | sed -n 10,11p | sed -E 's/[0-9]+/N/g'
      stats allocs N destroys N hash_grows N 
      res_failed N lookups N hits N 
  $ ip -n a ntable show name arp_cache dev b0 | head -1
  inet arp_cache 
  $ ip netns add b
  $ ip -n a link set b0 netns b
  $ ip -n b ntable show name arp_cache | grep dev
      dev b0 
      dev lo 
  $ ip -n a ntable show name arp_cache | grep dev
      dev c0 
      dev c1 
      dev a0 
      dev lo 
  $ ip -n a link set a0 name x0
  $ ip -n a ntable show name arp_cache | grep dev
      dev c0 
      dev c1 
      dev x0 
      dev lo 
