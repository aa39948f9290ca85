Writes to the knobs of net.ipv6 (top level, route, icmp), net.mptcp and net.unix: the ranges their handlers check (proc_dou8vec_minmax, proc_douintvec_minmax with extra bounds, proc_doulongvec_minmax of a u64), the jiffies conversions, icmp.ratemask's bitmap list, the write-only route.flush, mptcp's scheduler and path manager names and pm_type kept in step with path_manager.
  $ ip netns add a
  $ ip netns exec a sysctl -w net.ipv6.auto_flowlabels=3
  net.ipv6.auto_flowlabels = 3
  $ ip netns exec a sysctl -w net.ipv6.auto_flowlabels=4
  sysctl: setting key "net.ipv6.auto_flowlabels": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.flowlabel_reflect=8
  sysctl: setting key "net.ipv6.flowlabel_reflect": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.fib_multipath_hash_fields=0
  sysctl: setting key "net.ipv6.fib_multipath_hash_fields": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.fib_multipath_hash_fields=4095
  net.ipv6.fib_multipath_hash_fields = 4095
  $ ip netns exec a sysctl -w net.ipv6.fib_multipath_hash_fields=4096
  sysctl: setting key "net.ipv6.fib_multipath_hash_fields": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.ioam6_id=16777216
  sysctl: setting key "net.ipv6.ioam6_id": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.ioam6_id_wide=72057594037927936
  sysctl: setting key "net.ipv6.ioam6_id_wide": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.ioam6_id_wide=12345678901234567
  net.ipv6.ioam6_id_wide = 12345678901234567
  $ ip netns exec a sysctl net.ipv6.ioam6_id_wide
  net.ipv6.ioam6_id_wide = 12345678901234567
  $ ip netns exec a sysctl -w net.ipv6.bindv6only=256
  sysctl: setting key "net.ipv6.bindv6only": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.bindv6only=2
  net.ipv6.bindv6only = 2
  $ ip netns exec a sysctl -w net.ipv6.idgen_delay=3
  net.ipv6.idgen_delay = 3
  $ ip netns exec a sysctl -w net.ipv6.ip6frag_low_thresh=5000000
  sysctl: setting key "net.ipv6.ip6frag_low_thresh": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.ip6frag_high_thresh=1000
  sysctl: setting key "net.ipv6.ip6frag_high_thresh": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.icmp.ratelimit=1
  net.ipv6.icmp.ratelimit = 1
  $ ip netns exec a sysctl net.ipv6.icmp.ratelimit
  net.ipv6.icmp.ratelimit = 4
  $ ip netns exec a sysctl -w net.ipv6.icmp.ratemask=0-3,128
  net.ipv6.icmp.ratemask = 0-3,128
  $ ip netns exec a sysctl net.ipv6.icmp.ratemask
  net.ipv6.icmp.ratemask = 0-3,128
  $ ip netns exec a sysctl -w net.ipv6.icmp.ratemask=256
  sysctl: setting key "net.ipv6.icmp.ratemask": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.icmp.ratemask=5-2
  sysctl: setting key "net.ipv6.icmp.ratemask": Invalid argument
  [1]
  $ ip netns exec a sysctl net.ipv6.icmp.ratemask
  net.ipv6.icmp.ratemask = 0-3,128
  $ ip netns exec a sysctl -w net.ipv6.icmp.error_anycast_as_unicast=2
  sysctl: setting key "net.ipv6.icmp.error_anycast_as_unicast": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv6.route.gc_min_interval_ms=1
  net.ipv6.route.gc_min_interval_ms = 1
  $ ip netns exec a sysctl net.ipv6.route.gc_min_interval_ms net.ipv6.route.gc_min_interval
  net.ipv6.route.gc_min_interval_ms = 4
  net.ipv6.route.gc_min_interval = 0
  $ ip netns exec a sysctl -w net.ipv6.route.flush=1
  net.ipv6.route.flush = 1
  $ ip netns exec a sysctl net.ipv6.route.flush
  $ ip netns exec a sysctl -w net.ipv6.route.skip_notify_on_dev_down=2
  sysctl: setting key "net.ipv6.route.skip_notify_on_dev_down": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.mptcp.scheduler=nosuch
  sysctl: setting key "net.mptcp.scheduler": No such file or directory
  [1]
  $ ip netns exec a sysctl -w net.mptcp.scheduler=default
  net.mptcp.scheduler = default
  $ ip netns exec a sysctl -w net.mptcp.path_manager=userspace
  net.mptcp.path_manager = userspace
  $ ip netns exec a sysctl net.mptcp.pm_type net.mptcp.path_manager
  net.mptcp.pm_type = 1
  net.mptcp.path_manager = userspace
  $ ip netns exec a sysctl -w net.mptcp.pm_type=0
  net.mptcp.pm_type = 0
  $ ip netns exec a sysctl net.mptcp.path_manager
  net.mptcp.path_manager = kernel
  $ ip netns exec a sysctl -w net.mptcp.pm_type=2
  sysctl: setting key "net.mptcp.pm_type": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.mptcp.available_schedulers=x
  sysctl: setting key "net.mptcp.available_schedulers": Invalid argument
  $ ip netns exec a sysctl -w net.mptcp.stale_loss_cnt=-1
  sysctl: setting key "net.mptcp.stale_loss_cnt": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.mptcp.add_addr_timeout=5 net.mptcp.close_timeout=0
  net.mptcp.add_addr_timeout = 5
  net.mptcp.close_timeout = 0
  $ ip netns exec a sysctl -w net.mptcp.blackhole_timeout=-1
  sysctl: setting key "net.mptcp.blackhole_timeout": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.mptcp.syn_retrans_before_tcp_fallback=300
  sysctl: setting key "net.mptcp.syn_retrans_before_tcp_fallback": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.unix.max_dgram_qlen=-5
  net.unix.max_dgram_qlen = -5
  $ ip netns exec a sysctl -w net.unix.max_dgram_qlen=abc
  sysctl: setting key "net.unix.max_dgram_qlen": Invalid argument
  [1]
  $ ip netns exec a ls -l /proc/sys/net/mptcp /proc/sys/net/ipv6/route | sed -E 's/ [A-Z][a-z]{2} .*:[0-9]{2} / DATE /'
  /proc/sys/net/ipv6/route:
  total 0
  --w------- 1 root root 0 DATE flush
  -rw-r--r-- 1 root root 0 DATE gc_elasticity
  -rw-r--r-- 1 root root 0 DATE gc_interval
  -rw-r--r-- 1 root root 0 DATE gc_min_interval
  -rw-r--r-- 1 root root 0 DATE gc_min_interval_ms
  -rw-r--r-- 1 root root 0 DATE gc_thresh
  -rw-r--r-- 1 root root 0 DATE gc_timeout
  -rw-r--r-- 1 root root 0 DATE max_size
  -rw-r--r-- 1 root root 0 DATE min_adv_mss
  -rw-r--r-- 1 root root 0 DATE mtu_expires
  -rw-r--r-- 1 root root 0 DATE skip_notify_on_dev_down
  
  /proc/sys/net/mptcp:
  total 0
  -rw-r--r-- 1 root root 0 DATE add_addr_timeout
  -rw-r--r-- 1 root root 0 DATE allow_join_initial_addr_port
  -r--r--r-- 1 root root 0 DATE available_path_managers
  -r--r--r-- 1 root root 0 DATE available_schedulers
  -rw-r--r-- 1 root root 0 DATE blackhole_timeout
  -rw-r--r-- 1 root root 0 DATE checksum_enabled
  -rw-r--r-- 1 root root 0 DATE close_timeout
  -rw-r--r-- 1 root root 0 DATE enabled
  -rw-r--r-- 1 root root 0 DATE path_manager
  -rw-r--r-- 1 root root 0 DATE pm_type
  -rw-r--r-- 1 root root 0 DATE scheduler
  -rw-r--r-- 1 root root 0 DATE stale_loss_cnt
  -rw-r--r-- 1 root root 0 DATE syn_retrans_before_tcp_fallback
