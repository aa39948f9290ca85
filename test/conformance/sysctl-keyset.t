The net.core and net.ipv4 key sets of a child namespace (sysctl -a, -N, ls /proc/sys), their defaults, modes and write checks; tuxnet's own knobs are never listed.
  $ sysctl -a 2>/dev/null | grep -E '^net\.(ipv4|core)\.' | grep -v '\.conf\.\|\.neigh\.\|congestion_control'
  net.core.optmem_max = 131072
  net.core.rmem_default = 212992
  net.core.rmem_max = 4194304
  net.core.rps_default_mask = 0
  net.core.somaxconn = 4096
  net.core.tstamp_allow_data = 1
  net.core.txrehash = 1
  net.core.wmem_default = 212992
  net.core.wmem_max = 4194304
  net.core.xfrm_acq_expires = 30
  net.core.xfrm_aevent_etime = 10
  net.core.xfrm_aevent_rseqth = 2
  net.core.xfrm_larval_drop = 1
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
  net.ipv4.igmp_link_local_mcast_reports = 1
  net.ipv4.igmp_max_memberships = 20
  net.ipv4.igmp_max_msf = 10
  net.ipv4.igmp_qrv = 2
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
  net.ipv4.nexthop_compat_mode = 1
  net.ipv4.ping_group_range = 1	0
  net.ipv4.raw_l3mdev_accept = 1
  net.ipv4.route.min_adv_mss = 256
  net.ipv4.route.min_pmtu = 552
  net.ipv4.route.mtu_expires = 600
  net.ipv4.tcp_abort_on_overflow = 0
  net.ipv4.tcp_adv_win_scale = 1
  net.ipv4.tcp_app_win = 31
  net.ipv4.tcp_autocorking = 1
  net.ipv4.tcp_backlog_ack_defer = 1
  net.ipv4.tcp_base_mss = 1024
  net.ipv4.tcp_challenge_ack_limit = 2147483647
  net.ipv4.tcp_child_ehash_entries = 0
  net.ipv4.tcp_comp_sack_delay_ns = 1000000
  net.ipv4.tcp_comp_sack_nr = 44
  net.ipv4.tcp_comp_sack_slack_ns = 100000
  net.ipv4.tcp_dsack = 1
  net.ipv4.tcp_early_demux = 1
  net.ipv4.tcp_early_retrans = 3
  net.ipv4.tcp_ecn = 2
  net.ipv4.tcp_ecn_fallback = 1
  net.ipv4.tcp_ecn_option = 2
  net.ipv4.tcp_ecn_option_beacon = 3
  net.ipv4.tcp_ehash_entries = -262144
  net.ipv4.tcp_fack = 0
  net.ipv4.tcp_fastopen = 1
  net.ipv4.tcp_fastopen_blackhole_timeout_sec = 0
  net.ipv4.tcp_fastopen_key = 00000000-00000000-00000000-00000000
  net.ipv4.tcp_fin_timeout = 60
  net.ipv4.tcp_frto = 2
  net.ipv4.tcp_fwmark_accept = 0
  net.ipv4.tcp_invalid_ratelimit = 500
  net.ipv4.tcp_keepalive_intvl = 75
  net.ipv4.tcp_keepalive_probes = 9
  net.ipv4.tcp_keepalive_time = 7200
  net.ipv4.tcp_l3mdev_accept = 0
  net.ipv4.tcp_limit_output_bytes = 4194304
  net.ipv4.tcp_max_reordering = 300
  net.ipv4.tcp_max_syn_backlog = 2048
  net.ipv4.tcp_max_tw_buckets = 131072
  net.ipv4.tcp_migrate_req = 0
  net.ipv4.tcp_min_rtt_wlen = 300
  net.ipv4.tcp_min_snd_mss = 48
  net.ipv4.tcp_min_tso_segs = 2
  net.ipv4.tcp_moderate_rcvbuf = 1
  net.ipv4.tcp_mtu_probe_floor = 48
  net.ipv4.tcp_mtu_probing = 0
  net.ipv4.tcp_no_metrics_save = 0
  net.ipv4.tcp_no_ssthresh_metrics_save = 1
  net.ipv4.tcp_notsent_lowat = 4294967295
  net.ipv4.tcp_orphan_retries = 0
  net.ipv4.tcp_pacing_ca_ratio = 120
  net.ipv4.tcp_pacing_ss_ratio = 200
  net.ipv4.tcp_pingpong_thresh = 1
  net.ipv4.tcp_plb_cong_thresh = 128
  net.ipv4.tcp_plb_enabled = 0
  net.ipv4.tcp_plb_idle_rehash_rounds = 3
  net.ipv4.tcp_plb_rehash_rounds = 12
  net.ipv4.tcp_plb_suspend_rto_sec = 60
  net.ipv4.tcp_probe_interval = 600
  net.ipv4.tcp_probe_threshold = 8
  net.ipv4.tcp_recovery = 1
  net.ipv4.tcp_reflect_tos = 0
  net.ipv4.tcp_reordering = 3
  net.ipv4.tcp_retrans_collapse = 1
  net.ipv4.tcp_retries1 = 3
  net.ipv4.tcp_retries2 = 15
  net.ipv4.tcp_rfc1337 = 0
  net.ipv4.tcp_rmem = 4096	131072	33554432
  net.ipv4.tcp_rto_max_ms = 120000
  net.ipv4.tcp_rto_min_us = 200000
  net.ipv4.tcp_sack = 1
  net.ipv4.tcp_shrink_window = 0
  net.ipv4.tcp_slow_start_after_idle = 1
  net.ipv4.tcp_stdurg = 0
  net.ipv4.tcp_syn_linear_timeouts = 4
  net.ipv4.tcp_syn_retries = 6
  net.ipv4.tcp_synack_retries = 5
  net.ipv4.tcp_syncookies = 1
  net.ipv4.tcp_thin_linear_timeouts = 0
  net.ipv4.tcp_timestamps = 1
  net.ipv4.tcp_tso_rtt_log = 9
  net.ipv4.tcp_tso_win_divisor = 3
  net.ipv4.tcp_tw_reuse = 2
  net.ipv4.tcp_tw_reuse_delay = 1000
  net.ipv4.tcp_window_scaling = 1
  net.ipv4.tcp_wmem = 4096	16384	4194304
  net.ipv4.tcp_workaround_signed_windows = 0
  net.ipv4.udp_child_hash_entries = 0
  net.ipv4.udp_early_demux = 1
  net.ipv4.udp_hash_entries = -16384
  net.ipv4.udp_l3mdev_accept = 0
  net.ipv4.udp_rmem_min = 4096
  net.ipv4.udp_wmem_min = 4096
  net.ipv4.xfrm4_gc_thresh = 32768
  $ sysctl -a -N 2>/dev/null | grep -c '^net\.ipv4\.'
  248
  $ sysctl -a -N 2>/dev/null | grep -c '^net\.core\.'
  13
  $ sysctl net.core
  net.core.optmem_max = 131072
  net.core.rmem_default = 212992
  net.core.rmem_max = 4194304
  net.core.rps_default_mask = 0
  net.core.somaxconn = 4096
  net.core.tstamp_allow_data = 1
  net.core.txrehash = 1
  net.core.wmem_default = 212992
  net.core.wmem_max = 4194304
  net.core.xfrm_acq_expires = 30
  net.core.xfrm_aevent_etime = 10
  net.core.xfrm_aevent_rseqth = 2
  net.core.xfrm_larval_drop = 1
  $ ls /proc/sys/net/core
  optmem_max
  rmem_default
  rmem_max
  rps_default_mask
  somaxconn
  tstamp_allow_data
  txrehash
  wmem_default
  wmem_max
  xfrm_acq_expires
  xfrm_aevent_etime
  xfrm_aevent_rseqth
  xfrm_larval_drop
  $ ls -l /proc/sys/net/core | sed -E 's/ .* / /'
  total 0
  -rw-r--r-- optmem_max
  -r--r--r-- rmem_default
  -r--r--r-- rmem_max
  -rw-r--r-- rps_default_mask
  -rw-r--r-- somaxconn
  -rw-r--r-- tstamp_allow_data
  -rw-r--r-- txrehash
  -r--r--r-- wmem_default
  -r--r--r-- wmem_max
  -rw-r--r-- xfrm_acq_expires
  -rw-r--r-- xfrm_aevent_etime
  -rw-r--r-- xfrm_aevent_rseqth
  -rw-r--r-- xfrm_larval_drop
  $ ls -l /proc/sys/net/ipv4 | grep -v '^-rw-r--r--' | sed -E 's/ .* / /'
  total 0
  dr-xr-xr-x conf
  dr-xr-xr-x neigh
  dr-xr-xr-x route
  -r--r--r-- tcp_allowed_congestion_control
  -r--r--r-- tcp_available_congestion_control
  -r--r--r-- tcp_ehash_entries
  -rw------- tcp_fastopen_key
  -r--r--r-- udp_hash_entries
  $ ls /proc/sys/net/ipv4 | grep -c loop
  0
  [1]
  $ sysctl -a -N 2>/dev/null | grep -c 'loop'
  0
  [1]
  $ sysctl -w net.core.txrehash=2
  sysctl: setting key "net.core.txrehash": Invalid argument
  [1]
  $ sysctl -w net.core.txrehash=0 net.core.tstamp_allow_data=0
  net.core.txrehash = 0
  net.core.tstamp_allow_data = 0
  $ sysctl -w net.core.rmem_max=1000000
  sysctl: setting key "net.core.rmem_max": Invalid argument
  $ echo 1000000 > /proc/sys/net/core/wmem_default
  bash: line 45: /proc/sys/net/core/wmem_default: Permission denied
  [1]
  $ sysctl net.core.rmem_max net.core.wmem_default
  net.core.rmem_max = 4194304
  net.core.wmem_default = 212992
  $ sysctl -w net.core.somaxconn=-1
  sysctl: setting key "net.core.somaxconn": Invalid argument
  [1]
  $ sysctl -w net.core.somaxconn=128 net.core.optmem_max=20480
  net.core.somaxconn = 128
  net.core.optmem_max = 20480
  $ sysctl -w net.core.rps_default_mask=3
  net.core.rps_default_mask = 3
  $ sysctl -w net.core.rps_default_mask=4
  sysctl: setting key "net.core.rps_default_mask": Value too large for defined data type
  [1]
  $ sysctl -w net.core.rps_default_mask=g
  sysctl: setting key "net.core.rps_default_mask": Invalid argument
  [1]
  $ cat /proc/sys/net/core/rps_default_mask
  0
  $ sysctl -w net.core.xfrm_aevent_etime=-1
  sysctl: setting key "net.core.xfrm_aevent_etime": Invalid argument
  [1]
  $ sysctl -w net.core.xfrm_larval_drop=-1 net.core.xfrm_acq_expires=0
  net.core.xfrm_larval_drop = -1
  net.core.xfrm_acq_expires = 0
  $ sysctl -w net.ipv4.tcp_tw_reuse=3
  sysctl: setting key "net.ipv4.tcp_tw_reuse": Invalid argument
  [1]
  $ sysctl -w net.ipv4.tcp_tw_reuse=0 net.ipv4.tcp_tw_reuse_delay=60000
  net.ipv4.tcp_tw_reuse = 0
  net.ipv4.tcp_tw_reuse_delay = 60000
  $ sysctl -w net.ipv4.tcp_tw_reuse_delay=60001
  sysctl: setting key "net.ipv4.tcp_tw_reuse_delay": Invalid argument
  [1]
  $ sysctl -w net.ipv4.tcp_adv_win_scale=-31 net.ipv4.tcp_app_win=32
  net.ipv4.tcp_adv_win_scale = -31
  sysctl: setting key "net.ipv4.tcp_app_win": Invalid argument
  [1]
  $ sysctl -w net.ipv4.tcp_rto_max_ms=999
  sysctl: setting key "net.ipv4.tcp_rto_max_ms": Invalid argument
  [1]
  $ sysctl -w net.ipv4.tcp_rto_max_ms=1000 net.ipv4.tcp_rto_min_us=0
  net.ipv4.tcp_rto_max_ms = 1000
  sysctl: setting key "net.ipv4.tcp_rto_min_us": Invalid argument
  [1]
  $ sysctl -w net.ipv4.tcp_invalid_ratelimit=7 net.ipv4.tcp_comp_sack_delay_ns=4294967296
  net.ipv4.tcp_invalid_ratelimit = 7
  net.ipv4.tcp_comp_sack_delay_ns = 4294967296
  $ sysctl -w net.ipv4.tcp_notsent_lowat=-1
  sysctl: setting key "net.ipv4.tcp_notsent_lowat": Invalid argument
  [1]
  $ sysctl -w net.ipv4.tcp_mtu_probing=2 net.ipv4.tcp_mtu_probe_floor=47
  net.ipv4.tcp_mtu_probing = 2
  sysctl: setting key "net.ipv4.tcp_mtu_probe_floor": Invalid argument
  [1]
  $ sysctl net.ipv4.tcp_fastopen_key
  net.ipv4.tcp_fastopen_key = 00000000-00000000-00000000-00000000
  $ sysctl -w net.ipv4.tcp_fastopen_key=1
  sysctl: setting key "net.ipv4.tcp_fastopen_key": Invalid argument
  [1]
  $ sysctl -w net.ipv4.tcp_fastopen_key=00000001-00000002-abcdef-ffffffff
  net.ipv4.tcp_fastopen_key = 00000001-00000002-abcdef-ffffffff
  $ cat /proc/sys/net/ipv4/tcp_fastopen_key
  00000001-00000002-00abcdef-ffffffff
  $ sysctl -w net.ipv4.tcp_ehash_entries=1
  sysctl: setting key "net.ipv4.tcp_ehash_entries": Invalid argument
  $ sysctl -w net.ipv4.udp_child_hash_entries=65537
  sysctl: setting key "net.ipv4.udp_child_hash_entries": Invalid argument
  [1]
  $ sysctl -w net.ipv4.udp_child_hash_entries=65536 net.ipv4.tcp_child_ehash_entries=16777216
  net.ipv4.udp_child_hash_entries = 65536
  net.ipv4.tcp_child_ehash_entries = 16777216
  $ sysctl -w net.ipv4.tcp_child_ehash_entries=16777217
  sysctl: setting key "net.ipv4.tcp_child_ehash_entries": Invalid argument
  [1]
  $ ip netns add a
  $ ip netns exec a sysctl net.core.somaxconn net.ipv4.tcp_tw_reuse net.ipv4.udp_child_hash_entries net.core.rps_default_mask
  net.core.somaxconn = 4096
  net.ipv4.tcp_tw_reuse = 2
  net.ipv4.udp_child_hash_entries = 0
  net.core.rps_default_mask = 0
  $ sysctl -a -r 'tcp_(ecn|plb)'
  net.ipv4.tcp_ecn = 2
  net.ipv4.tcp_ecn_fallback = 1
  net.ipv4.tcp_ecn_option = 2
  net.ipv4.tcp_ecn_option_beacon = 3
  net.ipv4.tcp_plb_cong_thresh = 128
  net.ipv4.tcp_plb_enabled = 0
  net.ipv4.tcp_plb_idle_rehash_rounds = 3
  net.ipv4.tcp_plb_rehash_rounds = 12
  net.ipv4.tcp_plb_suspend_rto_sec = 60
