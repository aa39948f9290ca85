The route and forwarding sysctls of a namespace other than init_net: net.ipv4.route has only min_pmtu, mtu_expires, min_adv_mss and the write-only flush (mode 0200: a read is refused, ls -l shows --w-------); ranges and errors of the forwarding, PMTU and ICMP knobs; the read-only mc_forwarding files.
  $ sysctl -a 2>/dev/null | grep '^net.ipv4.route'
  net.ipv4.route.min_adv_mss = 256
  net.ipv4.route.min_pmtu = 552
  net.ipv4.route.mtu_expires = 600
  $ sysctl -w net.ipv4.route.min_pmtu=67
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  [1]
  $ sysctl -w net.ipv4.route.min_pmtu=68
  net.ipv4.route.min_pmtu = 68
  $ sysctl -w net.ipv4.route.min_pmtu=65536
  net.ipv4.route.min_pmtu = 65536
  $ sysctl -w net.ipv4.route.min_pmtu=65535
  net.ipv4.route.min_pmtu = 65535
  $ sysctl -w net.ipv4.route.mtu_expires=-1
  net.ipv4.route.mtu_expires = -1
  $ sysctl -w net.ipv4.route.mtu_expires=0
  net.ipv4.route.mtu_expires = 0
  $ sysctl -w net.ipv4.route.error_cost=-5
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  [1]
  $ sysctl -w net.ipv4.route.min_adv_mss=10
  net.ipv4.route.min_adv_mss = 10
  $ sysctl -w net.ipv4.route.flush=1
  net.ipv4.route.flush = 1
  $ sysctl net.ipv4.route.flush
  $ cat /proc/sys/net/ipv4/route/flush
  cat: /proc/sys/net/ipv4/route/flush: Permission denied
  [1]
  $ ls -l /proc/sys/net/ipv4/route/ | sed -E 's/ +[0-9]+ [A-Z][a-z]+ +[0-9]+ [0-9:]+ / /' | sort
  --w------- 1 root root flush
  -rw-r--r-- 1 root root min_adv_mss
  -rw-r--r-- 1 root root min_pmtu
  -rw-r--r-- 1 root root mtu_expires
  total 0
  $ sysctl -w net.ipv4.route.gc_timeout=100 net.ipv4.route.redirect_number=3
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  [1]
  $ sysctl net.ipv4.route.gc_timeout net.ipv4.route.redirect_number
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  [2]
  $ ip netns add x
  $ ip netns exec x sysctl net.ipv4.route.gc_timeout net.ipv4.route.redirect_number net.ipv4.route.min_pmtu net.ipv4.route.mtu_expires
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  net.ipv4.route.min_pmtu = 552
  net.ipv4.route.mtu_expires = 600
  [2]
  $ sysctl -a 2>/dev/null | grep -E '^net.ipv4.(ip_forward|ip_no_pmtu|ip_forward_use_pmtu|ip_forward_update_priority|icmp_|fwmark_reflect|fib_|ip_default_ttl|ip_dynaddr|ip_early_demux|ip_nonlocal_bind|ip_autobind|ip_local|ip_unpriv|ipfrag)'
  net.ipv4.fib_multipath_hash_fields = 7
  net.ipv4.fib_multipath_hash_policy = 0
  net.ipv4.fib_multipath_hash_seed = 0
  net.ipv4.fib_multipath_use_neigh = 0
  net.ipv4.fib_notify_on_flag_change = 0
  net.ipv4.fwmark_reflect = 0
  net.ipv4.icmp_echo_enable_probe = 0
  net.ipv4.icmp_echo_ignore_all = 0
  net.ipv4.icmp_echo_ignore_broadcasts = 1
  net.ipv4.icmp_errors_use_inbound_ifaddr = 0
  net.ipv4.icmp_ignore_bogus_error_responses = 1
  net.ipv4.icmp_msgs_burst = 50
  net.ipv4.icmp_msgs_per_sec = 1000
  net.ipv4.icmp_ratelimit = 1000
  net.ipv4.icmp_ratemask = 6168
  net.ipv4.ip_autobind_reuse = 0
  net.ipv4.ip_default_ttl = 64
  net.ipv4.ip_dynaddr = 0
  net.ipv4.ip_early_demux = 1
  net.ipv4.ip_forward = 0
  net.ipv4.ip_forward_update_priority = 1
  net.ipv4.ip_forward_use_pmtu = 0
  net.ipv4.ip_local_port_range = 32768	60999
  net.ipv4.ip_local_reserved_ports = 
  net.ipv4.ip_no_pmtu_disc = 0
  net.ipv4.ip_nonlocal_bind = 0
  net.ipv4.ip_unprivileged_port_start = 1024
  net.ipv4.ipfrag_high_thresh = 4194304
  net.ipv4.ipfrag_low_thresh = 3145728
  net.ipv4.ipfrag_max_dist = 64
  net.ipv4.ipfrag_time = 30
  $ sysctl -w net.ipv4.ip_default_ttl=0
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_default_ttl=256
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_forward_update_priority=2
  sysctl: setting key "net.ipv4.ip_forward_update_priority": Invalid argument
  [1]
  $ sysctl -w net.ipv4.ip_no_pmtu_disc=-1
  sysctl: setting key "net.ipv4.ip_no_pmtu_disc": Invalid argument
  [1]
  $ sysctl -w net.ipv4.fib_multipath_hash_policy=4
  sysctl: setting key "net.ipv4.fib_multipath_hash_policy": Invalid argument
  [1]
  $ sysctl -w net.ipv4.fib_multipath_hash_policy=3
  net.ipv4.fib_multipath_hash_policy = 3
  $ sysctl -w net.ipv4.fib_multipath_hash_fields=0
  sysctl: setting key "net.ipv4.fib_multipath_hash_fields": Invalid argument
  [1]
  $ sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=2
  sysctl: setting key "net.ipv4.icmp_errors_use_inbound_ifaddr": Invalid argument
  [1]
  $ sysctl -w net.ipv4.icmp_echo_ignore_all=2
  sysctl: setting key "net.ipv4.icmp_echo_ignore_all": Invalid argument
  [1]
  $ sysctl -w net.ipv4.icmp_echo_enable_probe=2
  sysctl: setting key "net.ipv4.icmp_echo_enable_probe": Invalid argument
  [1]
  $ ls -l /proc/sys/net/ipv4/conf/lo/ | grep -v -- '-rw-r--r--' | sed -E 's/ +[0-9]+ [A-Z][a-z]+ +[0-9]+ [0-9:]+ / /'
  total 0
  -r--r--r-- 1 root root mc_forwarding
  $ ls -l /proc/sys/net/ipv4/route/flush | sed -E 's/ +[0-9]+ [A-Z][a-z]+ +[0-9]+ [0-9:]+ / /'
  --w------- 1 root root /proc/sys/net/ipv4/route/flush
  $ echo 1 > /proc/sys/net/ipv4/conf/all/mc_forwarding
  bash: line 99: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied
  [1]
  $ sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding
  net.ipv4.ip_forward = 0
  net.ipv4.conf.all.forwarding = 0
  $ echo 1 > /proc/sys/net/ipv4/route/flush; echo $?
  0
