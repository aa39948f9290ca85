Number forms the kernel's proc handlers accept for ARP and neighbour knobs (proc_get_long(): strtoul base 0, so 0x10 is hex and 010 octal; a leading + or spaces, a trailing newline or garbage; negative values): written with sysctl -w and echo, read back.
  $ ip link add e0 type veth peer name x0
  $ w() { sysctl -w "$1=$2" 2>&1; sysctl -n "$1"; }
  $ w net.ipv4.conf.e0.arp_ignore 0x8; w net.ipv4.conf.e0.arp_ignore 010; w net.ipv4.conf.e0.arp_ignore 9
  net.ipv4.conf.e0.arp_ignore = 0x8
  8
  net.ipv4.conf.e0.arp_ignore = 010
  8
  net.ipv4.conf.e0.arp_ignore = 9
  9
  $ w net.ipv4.conf.e0.arp_announce 0x2; w net.ipv4.conf.e0.arp_announce 07; w net.ipv4.conf.e0.arp_announce -1
  net.ipv4.conf.e0.arp_announce = 0x2
  2
  net.ipv4.conf.e0.arp_announce = 07
  7
  net.ipv4.conf.e0.arp_announce = -1
  -1
  $ w net.ipv4.conf.e0.arp_accept 0x2; w net.ipv4.conf.e0.arp_accept ' 1'; w net.ipv4.conf.e0.arp_accept 1x
  net.ipv4.conf.e0.arp_accept = 0x2
  2
  net.ipv4.conf.e0.arp_accept = 1
  1
  sysctl: setting key "net.ipv4.conf.e0.arp_accept": Invalid argument
  1
  $ w net.ipv4.conf.e0.medium_id 0x10; w net.ipv4.conf.e0.medium_id -0x2
  net.ipv4.conf.e0.medium_id = 0x10
  16
  net.ipv4.conf.e0.medium_id = -0x2
  -2
  $ w net.ipv4.neigh.e0.ucast_solicit 010; w net.ipv4.neigh.e0.mcast_solicit 0x5; w net.ipv4.neigh.e0.app_solicit -1
  net.ipv4.neigh.e0.ucast_solicit = 010
  8
  net.ipv4.neigh.e0.mcast_solicit = 0x5
  5
  sysctl: setting key "net.ipv4.neigh.e0.app_solicit": Invalid argument
  0
  $ w net.ipv4.neigh.e0.base_reachable_time_ms 0x400; w net.ipv4.neigh.e0.base_reachable_time 010
  net.ipv4.neigh.e0.base_reachable_time_ms = 0x400
  1024
  net.ipv4.neigh.e0.base_reachable_time = 010
  8
  $ w net.ipv4.neigh.e0.retrans_time_ms 0x80; w net.ipv4.neigh.e0.retrans_time 0x19
  net.ipv4.neigh.e0.retrans_time_ms = 0x80
  128
  net.ipv4.neigh.e0.retrans_time = 0x19
  24
  $ w net.ipv4.neigh.e0.delay_first_probe_time 0x3; w net.ipv4.neigh.e0.gc_stale_time 010
  net.ipv4.neigh.e0.delay_first_probe_time = 0x3
  3
  net.ipv4.neigh.e0.gc_stale_time = 010
  8
  $ w net.ipv4.neigh.e0.unres_qlen 0x20; sysctl -n net.ipv4.neigh.e0.unres_qlen_bytes; w net.ipv4.neigh.e0.unres_qlen_bytes 0x10000; sysctl -n net.ipv4.neigh.e0.unres_qlen
  net.ipv4.neigh.e0.unres_qlen = 0x20
  32
  66880
  net.ipv4.neigh.e0.unres_qlen_bytes = 0x10000
  65536
  31
  $ w net.ipv4.neigh.e0.locktime 0x64; w net.ipv4.neigh.e0.proxy_delay 010; w net.ipv4.neigh.e0.proxy_qlen 0x10
  net.ipv4.neigh.e0.locktime = 0x64
  100
  net.ipv4.neigh.e0.proxy_delay = 010
  8
  net.ipv4.neigh.e0.proxy_qlen = 0x10
  16
  $ w net.ipv4.neigh.e0.interval_probe_time_ms 0x10; w net.ipv4.neigh.e0.mcast_resolicit 0x3
  net.ipv4.neigh.e0.interval_probe_time_ms = 0x10
  16
  net.ipv4.neigh.e0.mcast_resolicit = 0x3
  3
  $ echo 0x3 > /proc/sys/net/ipv4/neigh/e0/ucast_solicit; cat /proc/sys/net/ipv4/neigh/e0/ucast_solicit
  3
  $ echo '  12 junk' > /proc/sys/net/ipv4/neigh/e0/ucast_solicit; echo $?; cat /proc/sys/net/ipv4/neigh/e0/ucast_solicit
  0
  12
  $ printf '5\n6\n' > /proc/sys/net/ipv4/conf/e0/arp_ignore; cat /proc/sys/net/ipv4/conf/e0/arp_ignore
  5
  $ ip ntable show dev e0 | grep -o 'ucast_probes [0-9]*\|mcast_probes [0-9]*\|retrans [0-9]*\|base_reachable [0-9]*\|locktime [0-9]*\|proxy_delay [0-9]*\|queue [0-9]*'
  base_reachable 8000
  retrans 248
  queue 31
  ucast_probes 12
  mcast_probes 5
  proxy_delay 80
  queue 16
  locktime 1000
  base_reachable 30000
  retrans 1000
  queue 101
  ucast_probes 3
  mcast_probes 3
  proxy_delay 800
  queue 64
  locktime 0
