The conf directories seen through the file system: listings and counts per set, modes of the read-only and write-only files, grep -r and globs over them, writes through tee, loops and globs, reads of every device's knob at once.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ls /proc/sys/net/ipv4/conf/all | wc -l; ls /proc/sys/net/ipv4/conf/a0 | wc -l; ls /proc/sys/net/ipv4/neigh/a0 | wc -l; ls /proc/sys/net/ipv6/conf/a0 | wc -l
  33
  33
  17
  61
  $ ls /proc/sys/net/ipv4/conf/all | tr '\n' ' '; echo
  accept_local accept_redirects accept_source_route arp_accept arp_announce arp_evict_nocarrier arp_filter arp_ignore arp_notify bc_forwarding bootp_relay disable_policy disable_xfrm drop_gratuitous_arp drop_unicast_in_l2_multicast force_igmp_version forwarding igmpv2_unsolicited_report_interval igmpv3_unsolicited_report_interval ignore_routes_with_linkdown log_martians mc_forwarding medium_id promote_secondaries proxy_arp proxy_arp_pvlan route_localnet rp_filter secure_redirects send_redirects shared_media src_valid_mark tag 
  $ ls -l /proc/sys/net/ipv4/conf/all/mc_forwarding /proc/sys/net/ipv4/conf/a0/forwarding /proc/sys/net/ipv4/route/flush /proc/sys/net/ipv4/ip_forward | awk '{print $1, $NF}'
  -rw-r--r-- /proc/sys/net/ipv4/conf/a0/forwarding
  -r--r--r-- /proc/sys/net/ipv4/conf/all/mc_forwarding
  -rw-r--r-- /proc/sys/net/ipv4/ip_forward
  --w------- /proc/sys/net/ipv4/route/flush
  $ stat -c '%A %s %n' /proc/sys/net/ipv4/conf/a0/tag /proc/sys/net/ipv4/conf/default
  -rw-r--r-- 0 /proc/sys/net/ipv4/conf/a0/tag
  dr-xr-xr-x 0 /proc/sys/net/ipv4/conf/default
  $ grep -r . /proc/sys/net/ipv4/conf/a0/ | sort | head -40
  /proc/sys/net/ipv4/conf/a0/accept_local:0
  /proc/sys/net/ipv4/conf/a0/accept_redirects:1
  /proc/sys/net/ipv4/conf/a0/accept_source_route:1
  /proc/sys/net/ipv4/conf/a0/arp_accept:0
  /proc/sys/net/ipv4/conf/a0/arp_announce:0
  /proc/sys/net/ipv4/conf/a0/arp_evict_nocarrier:1
  /proc/sys/net/ipv4/conf/a0/arp_filter:0
  /proc/sys/net/ipv4/conf/a0/arp_ignore:0
  /proc/sys/net/ipv4/conf/a0/arp_notify:0
  /proc/sys/net/ipv4/conf/a0/bc_forwarding:0
  /proc/sys/net/ipv4/conf/a0/bootp_relay:0
  /proc/sys/net/ipv4/conf/a0/disable_policy:0
  /proc/sys/net/ipv4/conf/a0/disable_xfrm:0
  /proc/sys/net/ipv4/conf/a0/drop_gratuitous_arp:0
  /proc/sys/net/ipv4/conf/a0/drop_unicast_in_l2_multicast:0
  /proc/sys/net/ipv4/conf/a0/force_igmp_version:0
  /proc/sys/net/ipv4/conf/a0/forwarding:0
  /proc/sys/net/ipv4/conf/a0/igmpv2_unsolicited_report_interval:10000
  /proc/sys/net/ipv4/conf/a0/igmpv3_unsolicited_report_interval:1000
  /proc/sys/net/ipv4/conf/a0/ignore_routes_with_linkdown:0
  /proc/sys/net/ipv4/conf/a0/log_martians:0
  /proc/sys/net/ipv4/conf/a0/mc_forwarding:0
  /proc/sys/net/ipv4/conf/a0/medium_id:0
  /proc/sys/net/ipv4/conf/a0/promote_secondaries:0
  /proc/sys/net/ipv4/conf/a0/proxy_arp:0
  /proc/sys/net/ipv4/conf/a0/proxy_arp_pvlan:0
  /proc/sys/net/ipv4/conf/a0/route_localnet:0
  /proc/sys/net/ipv4/conf/a0/rp_filter:0
  /proc/sys/net/ipv4/conf/a0/secure_redirects:1
  /proc/sys/net/ipv4/conf/a0/send_redirects:1
  /proc/sys/net/ipv4/conf/a0/shared_media:1
  /proc/sys/net/ipv4/conf/a0/src_valid_mark:0
  /proc/sys/net/ipv4/conf/a0/tag:0
  $ grep . /proc/sys/net/ipv4/conf/*/rp_filter
  /proc/sys/net/ipv4/conf/a0/rp_filter:0
  /proc/sys/net/ipv4/conf/all/rp_filter:0
  /proc/sys/net/ipv4/conf/b0/rp_filter:0
  /proc/sys/net/ipv4/conf/default/rp_filter:0
  /proc/sys/net/ipv4/conf/lo/rp_filter:0
  $ sysctl -w net.ipv4.conf.a0.rp_filter=1 net.ipv4.conf.default.rp_filter=2
  net.ipv4.conf.a0.rp_filter = 1
  net.ipv4.conf.default.rp_filter = 2
  $ grep -H . /proc/sys/net/ipv4/conf/*/rp_filter
  /proc/sys/net/ipv4/conf/a0/rp_filter:1
  /proc/sys/net/ipv4/conf/all/rp_filter:0
  /proc/sys/net/ipv4/conf/b0/rp_filter:2
  /proc/sys/net/ipv4/conf/default/rp_filter:2
  /proc/sys/net/ipv4/conf/lo/rp_filter:2
  $ cat /proc/sys/net/ipv4/conf/*/forwarding | tr '\n' ' '; echo
  0 0 0 0 0 
  $ for f in /proc/sys/net/ipv4/conf/*/accept_local; do echo 1 > $f; done; grep . /proc/sys/net/ipv4/conf/*/accept_local
  /proc/sys/net/ipv4/conf/a0/accept_local:1
  /proc/sys/net/ipv4/conf/all/accept_local:1
  /proc/sys/net/ipv4/conf/b0/accept_local:1
  /proc/sys/net/ipv4/conf/default/accept_local:1
  /proc/sys/net/ipv4/conf/lo/accept_local:1
  $ echo 1 | tee /proc/sys/net/ipv4/conf/b0/forwarding
  1
  $ echo 2 | tee /proc/sys/net/ipv4/conf/all/mc_forwarding; echo $?
  tee: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied
  2
  1
  $ echo 2 > /proc/sys/net/ipv4/conf/all/mc_forwarding
  bash: line 48: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied
  [1]
  $ cat /proc/sys/net/ipv4/route/flush
  cat: /proc/sys/net/ipv4/route/flush: Permission denied
  [1]
  $ grep -r . /proc/sys/net/ipv4/route/ 2>&1 | sort | head -20
  /proc/sys/net/ipv4/route/min_adv_mss:256
  /proc/sys/net/ipv4/route/min_pmtu:552
  /proc/sys/net/ipv4/route/mtu_expires:600
  grep: /proc/sys/net/ipv4/route/flush: Permission denied
  $ grep -c . /proc/sys/net/ipv4/conf/all/* | grep -v ':1$'
  [1]
  $ find /proc/sys/net/ipv4/conf/b0 -type f | wc -l; find /proc/sys/net/ipv4/conf -maxdepth 1 | sort
  33
  /proc/sys/net/ipv4/conf
  /proc/sys/net/ipv4/conf/a0
  /proc/sys/net/ipv4/conf/all
  /proc/sys/net/ipv4/conf/b0
  /proc/sys/net/ipv4/conf/default
  /proc/sys/net/ipv4/conf/lo
  $ find /proc/sys/net/ipv4/conf/all -perm -u=w | wc -l; find /proc/sys/net/ipv4/conf/all ! -perm -u=w
  32
  /proc/sys/net/ipv4/conf/all
  /proc/sys/net/ipv4/conf/all/mc_forwarding
  $ find /proc/sys/net/ipv4/route /proc/sys/net/ipv4/conf/all -perm 0200; find /proc/sys/net/ipv4/conf/all -perm 444 -o -perm a=r
  /proc/sys/net/ipv4/route/flush
  /proc/sys/net/ipv4/conf/all/mc_forwarding
  $ find /proc/sys/net/ipv4/route -perm /g=w,o=w | wc -l; find /proc/sys/net/ipv4/route -perm -u=r -type d; find /proc/sys/net/ipv4/route ! -perm /u=r
  0
  /proc/sys/net/ipv4/route
  /proc/sys/net/ipv4/route/flush
  $ find /proc/sys/net/ipv4/route -maxdepth 0 -perm 555 -perm -u=rx,g=rx -perm /0111 -perm u=rx,go=u; find /proc/sys/net/ipv4/route -perm +w; echo $?
  /proc/sys/net/ipv4/route
  0
  $ find /proc/sys/net/ipv4/route -perm -0 | wc -l; find /proc/sys/net/ipv4/route -perm / | wc -l; find /proc/sys/net/ipv4/route -perm 9; echo $?
  5
  find: invalid mode '/'
  0
  find: invalid mode '9'
  1
  $ head -c 1 /proc/sys/net/ipv4/conf/default/rp_filter; echo; wc -c /proc/sys/net/ipv4/conf/default/rp_filter /proc/sys/net/ipv4/ip_local_port_range
  2
  2 /proc/sys/net/ipv4/conf/default/rp_filter
  12 /proc/sys/net/ipv4/ip_local_port_range
  14 total
  $ od -c /proc/sys/net/ipv4/ip_local_port_range | head -2
  0000000   3   2   7   6   8  \t   6   0   9   9   9  \n
  0000014
  $ sysctl net.ipv4.conf.b0.forwarding net.ipv4.conf.a0.rp_filter; ip -4 netconf show dev b0
  net.ipv4.conf.b0.forwarding = 1
  net.ipv4.conf.a0.rp_filter = 1
  inet b0 forwarding on rp_filter loose mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ls /proc/sys/net/ipv4/ | wc -l; ls /proc/sys/net/core | wc -l; ls /proc/sys/net/ | tr '\n' ' '; echo
  134
  13
  bridge core ipv4 ipv6 mptcp netfilter unix 
  $ ls -d /proc/sys/net/ipv4/conf/*/ | tr '\n' ' '; echo
  /proc/sys/net/ipv4/conf/a0/ /proc/sys/net/ipv4/conf/all/ /proc/sys/net/ipv4/conf/b0/ /proc/sys/net/ipv4/conf/default/ /proc/sys/net/ipv4/conf/lo/ 
  $ ip link set a0 down; ls /proc/sys/net/ipv4/conf/ | tr '\n' ' '; echo
  a0 all b0 default lo 
  $ ip link set a0 name z9; grep . /proc/sys/net/ipv4/conf/z9/rp_filter /proc/sys/net/ipv4/neigh/z9/ucast_solicit /proc/sys/net/ipv6/conf/z9/forwarding
  /proc/sys/net/ipv4/conf/z9/rp_filter:1
  /proc/sys/net/ipv4/neigh/z9/ucast_solicit:3
  /proc/sys/net/ipv6/conf/z9/forwarding:0
  $ cd /proc/sys/net/ipv4/conf/z9 && cat rp_filter && echo 0 > rp_filter && cat rp_filter; cd - > /dev/null
  1
  0
  $ ip link del z9; ls /proc/sys/net/ipv4/conf/ | tr '\n' ' '; echo
  all default lo 
  $ cat /proc/sys/net/ipv4/conf/b0/rp_filter
  cat: /proc/sys/net/ipv4/conf/b0/rp_filter: No such file or directory
  [1]
