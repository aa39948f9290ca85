Reading and writing /proc/sys/net/ipv4 with everyday tools: globs over devices, grep -r / grep -H / head -v / tail over the knob files, tee, stat and ls -l modes, wc on a sysctl file, xargs, and a loop that sets a knob on every device.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ echo /proc/sys/net/ipv4/conf/*/rp_filter
  /proc/sys/net/ipv4/conf/a0/rp_filter /proc/sys/net/ipv4/conf/all/rp_filter /proc/sys/net/ipv4/conf/b0/rp_filter /proc/sys/net/ipv4/conf/default/rp_filter /proc/sys/net/ipv4/conf/lo/rp_filter
  $ cat /proc/sys/net/ipv4/conf/*/rp_filter
  0
  0
  0
  0
  0
  $ grep . /proc/sys/net/ipv4/conf/*/rp_filter
  /proc/sys/net/ipv4/conf/a0/rp_filter:0
  /proc/sys/net/ipv4/conf/all/rp_filter:0
  /proc/sys/net/ipv4/conf/b0/rp_filter:0
  /proc/sys/net/ipv4/conf/default/rp_filter:0
  /proc/sys/net/ipv4/conf/lo/rp_filter:0
  $ grep -H . /proc/sys/net/ipv4/conf/a0/arp_ig* /proc/sys/net/ipv4/conf/a0/arp_an*
  /proc/sys/net/ipv4/conf/a0/arp_ignore:0
  /proc/sys/net/ipv4/conf/a0/arp_announce:0
  $ grep -r . /proc/sys/net/ipv4/conf/a0/ | grep -E 'arp_|rp_filter|forwarding' | sort
  /proc/sys/net/ipv4/conf/a0/arp_accept:0
  /proc/sys/net/ipv4/conf/a0/arp_announce:0
  /proc/sys/net/ipv4/conf/a0/arp_evict_nocarrier:1
  /proc/sys/net/ipv4/conf/a0/arp_filter:0
  /proc/sys/net/ipv4/conf/a0/arp_ignore:0
  /proc/sys/net/ipv4/conf/a0/arp_notify:0
  /proc/sys/net/ipv4/conf/a0/bc_forwarding:0
  /proc/sys/net/ipv4/conf/a0/forwarding:0
  /proc/sys/net/ipv4/conf/a0/mc_forwarding:0
  /proc/sys/net/ipv4/conf/a0/proxy_arp_pvlan:0
  /proc/sys/net/ipv4/conf/a0/rp_filter:0
  $ head -v /proc/sys/net/ipv4/conf/lo/forwarding /proc/sys/net/ipv4/conf/lo/mc_forwarding
  ==> /proc/sys/net/ipv4/conf/lo/forwarding <==
  0
  
  ==> /proc/sys/net/ipv4/conf/lo/mc_forwarding <==
  0
  $ tail -n 1 /proc/sys/net/ipv4/ip_local_port_range /proc/sys/net/ipv4/ip_default_ttl
  ==> /proc/sys/net/ipv4/ip_local_port_range <==
  32768	60999
  
  ==> /proc/sys/net/ipv4/ip_default_ttl <==
  64
  $ for d in /proc/sys/net/ipv4/conf/*/; do echo 2 > ${d}rp_filter; done; sysctl -a -r 'conf\..*\.rp_filter'
  net.ipv4.conf.a0.rp_filter = 2
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.b0.rp_filter = 2
  net.ipv4.conf.default.rp_filter = 2
  net.ipv4.conf.lo.rp_filter = 2
  $ echo 1 | tee /proc/sys/net/ipv4/conf/a0/arp_ignore /proc/sys/net/ipv4/conf/b0/arp_ignore
  1
  $ sysctl net.ipv4.conf.a0.arp_ignore net.ipv4.conf.b0.arp_ignore
  net.ipv4.conf.a0.arp_ignore = 1
  net.ipv4.conf.b0.arp_ignore = 1
  $ stat -c '%a %s %n' /proc/sys/net/ipv4/conf/a0/rp_filter /proc/sys/net/ipv4/conf/all/mc_forwarding /proc/sys/net/ipv4/route/flush /proc/sys/net/ipv4/conf/a0
  644 0 /proc/sys/net/ipv4/conf/a0/rp_filter
  444 0 /proc/sys/net/ipv4/conf/all/mc_forwarding
  200 0 /proc/sys/net/ipv4/route/flush
  555 0 /proc/sys/net/ipv4/conf/a0
  $ ls -l /proc/sys/net/ipv4/conf/a0/ | awk 'NR>1{print $1, $NF}' | grep -E 'forwarding|rp_filter|tag'
  -rw-r--r-- arp_filter
  -rw-r--r-- bc_forwarding
  -rw-r--r-- forwarding
  -r--r--r-- mc_forwarding
  -rw-r--r-- rp_filter
  -rw-r--r-- tag
  $ wc -c /proc/sys/net/ipv4/ip_local_port_range /proc/sys/net/ipv4/conf/a0/rp_filter
  12 /proc/sys/net/ipv4/ip_local_port_range
  2 /proc/sys/net/ipv4/conf/a0/rp_filter
  14 total
  $ ls /proc/sys/net/ipv4/conf/a0 | wc -l
  33
  $ ls /proc/sys/net/ipv4/neigh/a0 | xargs echo
  anycast_delay app_solicit base_reachable_time base_reachable_time_ms delay_first_probe_time gc_stale_time interval_probe_time_ms locktime mcast_resolicit mcast_solicit proxy_delay proxy_qlen retrans_time retrans_time_ms ucast_solicit unres_qlen unres_qlen_bytes
  $ echo net.ipv4.conf.a0.rp_filter net.ipv4.conf.b0.rp_filter | xargs sysctl
  net.ipv4.conf.a0.rp_filter = 2
  net.ipv4.conf.b0.rp_filter = 2
  $ cat /proc/sys/net/ipv4/conf/a0/rp_filter /nonexistent /proc/sys/net/ipv4/conf/b0/rp_filter; echo $?
  2
  cat: /nonexistent: No such file or directory
  2
  1
  $ test -w /proc/sys/net/ipv4/conf/all/mc_forwarding; echo $?; test -r /proc/sys/net/ipv4/route/flush; echo $?; test -f /proc/sys/net/ipv4/ip_forward; echo $?
  1
  1
  0
  $ [ -e /proc/sys/net/ipv4/conf/a0 ] && echo yes; ip link del a0; [ -e /proc/sys/net/ipv4/conf/a0 ] || echo gone
  yes
  gone
  $ read v < /proc/sys/net/ipv4/ip_default_ttl; echo "ttl=$v"
  ttl=64
  $ printf '%s\n' $(cat /proc/sys/net/ipv4/ip_local_port_range)
  32768
  60999
  $ sed -n p /proc/sys/net/ipv4/ip_forward; awk '{print $1+1}' /proc/sys/net/ipv4/ip_default_ttl
  0
  65
  $ cp /proc/sys/net/ipv4/ip_default_ttl t; cat t; dd if=/proc/sys/net/ipv4/ip_default_ttl bs=1 count=2 2>/dev/null; echo
  64
  6
