The TCP knobs of a namespace: defaults, the congestion control algorithms, refused values.
  $ ip netns add a
  $ ip netns exec a sysctl net.ipv4.tcp_syn_retries net.ipv4.tcp_synack_retries net.ipv4.tcp_fin_timeout net.ipv4.tcp_timestamps net.ipv4.tcp_sack net.ipv4.tcp_window_scaling
  net.ipv4.tcp_syn_retries = 6
  net.ipv4.tcp_synack_retries = 5
  net.ipv4.tcp_fin_timeout = 60
  net.ipv4.tcp_timestamps = 1
  net.ipv4.tcp_sack = 1
  net.ipv4.tcp_window_scaling = 1
  $ ip netns exec a sysctl net.ipv4.tcp_keepalive_time net.ipv4.tcp_keepalive_intvl net.ipv4.tcp_keepalive_probes net.ipv4.tcp_retries2 net.ipv4.tcp_max_syn_backlog
  net.ipv4.tcp_keepalive_time = 7200
  net.ipv4.tcp_keepalive_intvl = 75
  net.ipv4.tcp_keepalive_probes = 9
  net.ipv4.tcp_retries2 = 15
  net.ipv4.tcp_max_syn_backlog = 2048
  $ ip netns exec a sysctl -w net.ipv4.tcp_congestion_control=reno
  net.ipv4.tcp_congestion_control = reno
  $ ip netns exec a cat /proc/sys/net/ipv4/tcp_congestion_control
  reno
  $ ip netns exec a sysctl -w net.ipv4.tcp_congestion_control=nosuch
  sysctl: setting key "net.ipv4.tcp_congestion_control": No such file or directory
  [1]
  $ ip netns exec a sysctl -w net.ipv4.tcp_syn_retries=0
  sysctl: setting key "net.ipv4.tcp_syn_retries": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.ipv4.tcp_syn_retries=3
  net.ipv4.tcp_syn_retries = 3
  $ ip netns exec a sysctl net.ipv4.tcp_syn_retries
  net.ipv4.tcp_syn_retries = 3
