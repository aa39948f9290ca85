The bounds of the net.ipv4.tcp_* knobs as 6.18 checks them: u8 knobs (proc_dou8vec_minmax without
extra bounds: 0..255, tcp_sack, tcp_dsack, tcp_window_scaling, tcp_rfc1337, tcp_recovery...), the
jiffies-backed times in seconds (proc_dointvec_jiffies: at most INT_MAX / HZ), tcp_min_snd_mss
(48..65535), tcp_max_reordering (at least 1) and tcp_reordering (1..tcp_max_reordering).
  $ w() { k=$1; shift; for v; do sysctl -w $k="$v" 2>&1 || true; done; sysctl -n $k; }
  $ w net.ipv4.tcp_sack 2 255 256 -1 0x10
  net.ipv4.tcp_sack = 2
  net.ipv4.tcp_sack = 255
  sysctl: setting key "net.ipv4.tcp_sack": Invalid argument
  sysctl: setting key "net.ipv4.tcp_sack": Invalid argument
  net.ipv4.tcp_sack = 0x10
  16
  $ w net.ipv4.tcp_dsack 7 0
  net.ipv4.tcp_dsack = 7
  net.ipv4.tcp_dsack = 0
  0
  $ w net.ipv4.tcp_window_scaling 3 1
  net.ipv4.tcp_window_scaling = 3
  net.ipv4.tcp_window_scaling = 1
  1
  $ w net.ipv4.tcp_rfc1337 200 1
  net.ipv4.tcp_rfc1337 = 200
  net.ipv4.tcp_rfc1337 = 1
  1
  $ w net.ipv4.tcp_abort_on_overflow 2 256
  net.ipv4.tcp_abort_on_overflow = 2
  sysctl: setting key "net.ipv4.tcp_abort_on_overflow": Invalid argument
  2
  $ w net.ipv4.tcp_no_metrics_save 9
  net.ipv4.tcp_no_metrics_save = 9
  9
  $ w net.ipv4.tcp_slow_start_after_idle 010
  net.ipv4.tcp_slow_start_after_idle = 010
  8
  $ w net.ipv4.tcp_recovery -1 4 255 256
  sysctl: setting key "net.ipv4.tcp_recovery": Invalid argument
  net.ipv4.tcp_recovery = 4
  net.ipv4.tcp_recovery = 255
  sysctl: setting key "net.ipv4.tcp_recovery": Invalid argument
  255
  $ w net.ipv4.tcp_autocorking 2 1
  sysctl: setting key "net.ipv4.tcp_autocorking": Invalid argument
  net.ipv4.tcp_autocorking = 1
  1
  $ w net.ipv4.tcp_shrink_window 2
  sysctl: setting key "net.ipv4.tcp_shrink_window": Invalid argument
  0
  $ w net.ipv4.tcp_fin_timeout 8589934 8589935 2147483647 -5
  net.ipv4.tcp_fin_timeout = 8589934
  sysctl: setting key "net.ipv4.tcp_fin_timeout": Invalid argument
  sysctl: setting key "net.ipv4.tcp_fin_timeout": Invalid argument
  net.ipv4.tcp_fin_timeout = -5
  -5
  $ w net.ipv4.tcp_keepalive_time 8589935 65536
  sysctl: setting key "net.ipv4.tcp_keepalive_time": Invalid argument
  net.ipv4.tcp_keepalive_time = 65536
  65536
  $ w net.ipv4.tcp_keepalive_intvl 2147483647 -1 0
  sysctl: setting key "net.ipv4.tcp_keepalive_intvl": Invalid argument
  net.ipv4.tcp_keepalive_intvl = -1
  net.ipv4.tcp_keepalive_intvl = 0
  0
  $ w net.ipv4.tcp_min_snd_mss 47 65495 65535 65536
  sysctl: setting key "net.ipv4.tcp_min_snd_mss": Invalid argument
  net.ipv4.tcp_min_snd_mss = 65495
  net.ipv4.tcp_min_snd_mss = 65535
  sysctl: setting key "net.ipv4.tcp_min_snd_mss": Invalid argument
  65535
  $ w net.ipv4.tcp_max_reordering 0 -1 1000
  sysctl: setting key "net.ipv4.tcp_max_reordering": Invalid argument
  sysctl: setting key "net.ipv4.tcp_max_reordering": Invalid argument
  net.ipv4.tcp_max_reordering = 1000
  1000
  $ w net.ipv4.tcp_reordering 0 1000 1001 1
  sysctl: setting key "net.ipv4.tcp_reordering": Invalid argument
  net.ipv4.tcp_reordering = 1000
  sysctl: setting key "net.ipv4.tcp_reordering": Invalid argument
  net.ipv4.tcp_reordering = 1
  1
  $ w net.ipv4.tcp_max_reordering 10
  net.ipv4.tcp_max_reordering = 10
  10
  $ w net.ipv4.tcp_reordering 11 10 '5 6'
  sysctl: setting key "net.ipv4.tcp_reordering": Invalid argument
  net.ipv4.tcp_reordering = 10
  net.ipv4.tcp_reordering = 5 6
  5
  $ sysctl -w net.ipv4.tcp_max_reordering=2; sysctl net.ipv4.tcp_reordering net.ipv4.tcp_max_reordering
  net.ipv4.tcp_max_reordering = 2
  net.ipv4.tcp_reordering = 5
  net.ipv4.tcp_max_reordering = 2
  $ cat /proc/sys/net/ipv4/tcp_fin_timeout /proc/sys/net/ipv4/tcp_sack /proc/sys/net/ipv4/tcp_recovery
  -5
  16
  255
  $ echo 300 > /proc/sys/net/ipv4/tcp_sack; echo 9999999 > /proc/sys/net/ipv4/tcp_keepalive_time; echo 0 > /proc/sys/net/ipv4/tcp_reordering
  bash: line 72: echo: write error: Invalid argument
  bash: line 72: echo: write error: Invalid argument
  bash: line 72: echo: write error: Invalid argument
  [1]
