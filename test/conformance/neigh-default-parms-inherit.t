The neighbour parms of net.ipv4.neigh.default and the devices: a device's value follows a change of default until it is set on the device itself (neigh_proc_update -> neigh_copy_dflt_parms with the data_state bit), a device made later starts from the current default, ip ntable change of default behaves the same, and lo and a device of another namespace keep their own.
  $ ip netns add a
  $ ip -n a link add d0 type ifb; ip -n a link add d1 type ifb
  $ ip netns exec a sysctl net.ipv4.neigh.default.base_reachable_time_ms net.ipv4.neigh.d0.base_reachable_time_ms net.ipv4.neigh.lo.base_reachable_time_ms
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/base_reachable_time_ms: No such file or directory
  net.ipv4.neigh.d0.base_reachable_time_ms = 30000
  net.ipv4.neigh.lo.base_reachable_time_ms = 30000
  [1]
  $ ip netns exec a sysctl -w net.ipv4.neigh.default.base_reachable_time_ms=12000
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/base_reachable_time_ms: No such file or directory
  [1]
  $ ip netns exec a sysctl net.ipv4.neigh.d0.base_reachable_time_ms net.ipv4.neigh.d1.base_reachable_time_ms net.ipv4.neigh.lo.base_reachable_time_ms net.ipv4.neigh.d0.base_reachable_time
  net.ipv4.neigh.d0.base_reachable_time_ms = 30000
  net.ipv4.neigh.d1.base_reachable_time_ms = 30000
  net.ipv4.neigh.lo.base_reachable_time_ms = 30000
  net.ipv4.neigh.d0.base_reachable_time = 30
  $ ip netns exec a sysctl -w net.ipv4.neigh.d1.base_reachable_time_ms=7000
  net.ipv4.neigh.d1.base_reachable_time_ms = 7000
  $ ip netns exec a sysctl -w net.ipv4.neigh.default.base_reachable_time_ms=15000
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/base_reachable_time_ms: No such file or directory
  [1]
  $ ip netns exec a sysctl net.ipv4.neigh.d0.base_reachable_time_ms net.ipv4.neigh.d1.base_reachable_time_ms
  net.ipv4.neigh.d0.base_reachable_time_ms = 30000
  net.ipv4.neigh.d1.base_reachable_time_ms = 7000
  $ ip netns exec a sysctl -w net.ipv4.neigh.d0.base_reachable_time_ms=15000
  net.ipv4.neigh.d0.base_reachable_time_ms = 15000
  $ ip netns exec a sysctl -w net.ipv4.neigh.default.base_reachable_time_ms=20000
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/base_reachable_time_ms: No such file or directory
  [1]
  $ ip netns exec a sysctl net.ipv4.neigh.d0.base_reachable_time_ms
  net.ipv4.neigh.d0.base_reachable_time_ms = 15000
  $ ip netns exec a sysctl -w net.ipv4.neigh.default.ucast_solicit=7 net.ipv4.neigh.default.mcast_solicit=5 net.ipv4.neigh.default.unres_qlen=9 net.ipv4.neigh.default.retrans_time_ms=2500 net.ipv4.neigh.default.gc_stale_time=90 net.ipv4.neigh.default.delay_first_probe_time=3 net.ipv4.neigh.default.locktime=50 net.ipv4.neigh.default.proxy_delay=20
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/ucast_solicit: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/mcast_solicit: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/unres_qlen: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/retrans_time_ms: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_stale_time: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/delay_first_probe_time: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/locktime: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/proxy_delay: No such file or directory
  [1]
  $ ip netns exec a sysctl -a 2>/dev/null | grep -E 'neigh\.d0\.(ucast_solicit|mcast_solicit|unres_qlen |unres_qlen_bytes|retrans_time|gc_stale_time|delay_first_probe_time|locktime|proxy_delay|mcast_resolicit|app_solicit)'
  net.ipv4.neigh.d0.app_solicit = 0
  net.ipv4.neigh.d0.delay_first_probe_time = 5
  net.ipv4.neigh.d0.gc_stale_time = 60
  net.ipv4.neigh.d0.locktime = 100
  net.ipv4.neigh.d0.mcast_resolicit = 0
  net.ipv4.neigh.d0.mcast_solicit = 3
  net.ipv4.neigh.d0.proxy_delay = 80
  net.ipv4.neigh.d0.retrans_time_ms = 1000
  net.ipv4.neigh.d0.ucast_solicit = 3
  net.ipv4.neigh.d0.unres_qlen = 101
  net.ipv4.neigh.d0.unres_qlen_bytes = 212992
  net.ipv6.neigh.d0.app_solicit = 0
  net.ipv6.neigh.d0.delay_first_probe_time = 5
  net.ipv6.neigh.d0.gc_stale_time = 60
  net.ipv6.neigh.d0.locktime = 0
  net.ipv6.neigh.d0.mcast_resolicit = 0
  net.ipv6.neigh.d0.mcast_solicit = 3
  net.ipv6.neigh.d0.proxy_delay = 80
  net.ipv6.neigh.d0.retrans_time_ms = 1000
  net.ipv6.neigh.d0.ucast_solicit = 3
  net.ipv6.neigh.d0.unres_qlen = 101
  net.ipv6.neigh.d0.unres_qlen_bytes = 212992
  $ ip -n a link add d2 type ifb
  $ ip netns exec a sysctl net.ipv4.neigh.d2.base_reachable_time_ms net.ipv4.neigh.d2.ucast_solicit net.ipv4.neigh.d2.unres_qlen_bytes net.ipv4.neigh.d2.retrans_time
  net.ipv4.neigh.d2.base_reachable_time_ms = 30000
  net.ipv4.neigh.d2.ucast_solicit = 3
  net.ipv4.neigh.d2.unres_qlen_bytes = 212992
  net.ipv4.neigh.d2.retrans_time = 100
  $ ip netns exec a sysctl -w net.ipv4.neigh.default.unres_qlen_bytes=100000
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/unres_qlen_bytes: No such file or directory
  [1]
  $ ip netns exec a sysctl net.ipv4.neigh.d0.unres_qlen net.ipv4.neigh.d2.unres_qlen net.ipv4.neigh.d0.unres_qlen_bytes
  net.ipv4.neigh.d0.unres_qlen = 101
  net.ipv4.neigh.d2.unres_qlen = 101
  net.ipv4.neigh.d0.unres_qlen_bytes = 212992
  $ ip -n a ntable change name arp_cache queue 4
  RTNETLINK answers: No such file or directory
  [2]
  $ ip netns exec a sysctl net.ipv4.neigh.default.unres_qlen net.ipv4.neigh.d0.unres_qlen net.ipv4.neigh.d1.unres_qlen
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/unres_qlen: No such file or directory
  net.ipv4.neigh.d0.unres_qlen = 101
  net.ipv4.neigh.d1.unres_qlen = 101
  [1]
  $ ip -n a ntable change name arp_cache dev d1 app_probes 2
  $ ip -n a ntable change name arp_cache app_probes 3
  RTNETLINK answers: No such file or directory
  [2]
  $ ip netns exec a sysctl net.ipv4.neigh.d0.app_solicit net.ipv4.neigh.d1.app_solicit net.ipv4.neigh.d2.app_solicit
  net.ipv4.neigh.d0.app_solicit = 0
  net.ipv4.neigh.d1.app_solicit = 2
  net.ipv4.neigh.d2.app_solicit = 0
  $ ip -n a ntable show dev d0 | sed -n 2,6p | sed -E "s/ reachable [0-9]+ / reachable X /"
      dev d0 
      refcnt 1 reachable X base_reachable 15000 retrans 1000 
      gc_stale 60000 delay_probe 5000 queue 101 
      app_probes 0 ucast_probes 3 mcast_probes 3 
      anycast_delay 1000 proxy_delay 800 proxy_queue 64 locktime 1000 
  $ ip netns add b
  $ ip netns exec b sysctl net.ipv4.neigh.default.base_reachable_time_ms net.ipv4.neigh.lo.base_reachable_time_ms net.ipv4.neigh.default.unres_qlen
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/base_reachable_time_ms: No such file or directory
  net.ipv4.neigh.lo.base_reachable_time_ms = 30000
  sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/unres_qlen: No such file or directory
  [2]
  $ ip -n a link set d2 netns b
  $ ip netns exec b sysctl net.ipv4.neigh.d2.base_reachable_time_ms net.ipv4.neigh.d2.ucast_solicit
  net.ipv4.neigh.d2.base_reachable_time_ms = 30000
  net.ipv4.neigh.d2.ucast_solicit = 3
