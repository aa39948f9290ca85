net.netfilter.nf_conntrack_*_timeout are proc_dointvec_jiffies seconds (at most INT_MAX / HZ,
negative taken), the IPv6 reassembly thresholds are unsigned longs bounding each other
(nf_conntrack_frag6_low_thresh <= nf_conntrack_frag6_high_thresh).
  $ w() { k=$1; shift; for v; do sysctl -w $k="$v" 2>&1 || true; done; sysctl -n $k; }
  $ w net.netfilter.nf_conntrack_udp_timeout 8589934 8589935 -1 30
  net.netfilter.nf_conntrack_udp_timeout = 8589934
  sysctl: setting key "net.netfilter.nf_conntrack_udp_timeout": Invalid argument
  net.netfilter.nf_conntrack_udp_timeout = -1
  net.netfilter.nf_conntrack_udp_timeout = 30
  30
  $ w net.netfilter.nf_conntrack_udp_timeout_stream 2147483647 120
  sysctl: setting key "net.netfilter.nf_conntrack_udp_timeout_stream": Invalid argument
  net.netfilter.nf_conntrack_udp_timeout_stream = 120
  120
  $ w net.netfilter.nf_conntrack_tcp_timeout_established 4294967296 9999999 432000
  sysctl: setting key "net.netfilter.nf_conntrack_tcp_timeout_established": Invalid argument
  sysctl: setting key "net.netfilter.nf_conntrack_tcp_timeout_established": Invalid argument
  net.netfilter.nf_conntrack_tcp_timeout_established = 432000
  432000
  $ w net.netfilter.nf_conntrack_tcp_timeout_time_wait -120 8589934
  net.netfilter.nf_conntrack_tcp_timeout_time_wait = -120
  net.netfilter.nf_conntrack_tcp_timeout_time_wait = 8589934
  8589934
  $ w net.netfilter.nf_conntrack_icmp_timeout 8589935 0x1e
  sysctl: setting key "net.netfilter.nf_conntrack_icmp_timeout": Invalid argument
  net.netfilter.nf_conntrack_icmp_timeout = 0x1e
  30
  $ w net.netfilter.nf_conntrack_generic_timeout 8589935 600
  sysctl: setting key "net.netfilter.nf_conntrack_generic_timeout": Invalid argument
  net.netfilter.nf_conntrack_generic_timeout = 600
  600
  $ w net.netfilter.nf_conntrack_gre_timeout 8589935 31
  sysctl: setting key "net.netfilter.nf_conntrack_gre_timeout": Invalid argument
  net.netfilter.nf_conntrack_gre_timeout = 31
  31
  $ w net.netfilter.nf_conntrack_sctp_timeout_established 8589935 -3
  sysctl: setting key "net.netfilter.nf_conntrack_sctp_timeout_established": Invalid argument
  net.netfilter.nf_conntrack_sctp_timeout_established = -3
  -3
  $ w net.netfilter.nf_conntrack_frag6_timeout 8589935 61
  sysctl: setting key "net.netfilter.nf_conntrack_frag6_timeout": Invalid argument
  net.netfilter.nf_conntrack_frag6_timeout = 61
  61
  $ w net.netfilter.nf_conntrack_frag6_high_thresh 100 3145727 3145728 8000000
  sysctl: setting key "net.netfilter.nf_conntrack_frag6_high_thresh": Invalid argument
  sysctl: setting key "net.netfilter.nf_conntrack_frag6_high_thresh": Invalid argument
  net.netfilter.nf_conntrack_frag6_high_thresh = 3145728
  net.netfilter.nf_conntrack_frag6_high_thresh = 8000000
  8000000
  $ w net.netfilter.nf_conntrack_frag6_low_thresh 8000001 -1 0 8000000
  sysctl: setting key "net.netfilter.nf_conntrack_frag6_low_thresh": Invalid argument
  sysctl: setting key "net.netfilter.nf_conntrack_frag6_low_thresh": Invalid argument
  net.netfilter.nf_conntrack_frag6_low_thresh = 0
  net.netfilter.nf_conntrack_frag6_low_thresh = 8000000
  8000000
  $ w net.netfilter.nf_conntrack_frag6_high_thresh 7999999 4294967296
  sysctl: setting key "net.netfilter.nf_conntrack_frag6_high_thresh": Invalid argument
  net.netfilter.nf_conntrack_frag6_high_thresh = 4294967296
  4294967296
  $ sysctl net.netfilter.nf_conntrack_frag6_high_thresh net.netfilter.nf_conntrack_frag6_low_thresh
  net.netfilter.nf_conntrack_frag6_high_thresh = 4294967296
  net.netfilter.nf_conntrack_frag6_low_thresh = 8000000
  $ echo 8589935 > /proc/sys/net/netfilter/nf_conntrack_udp_timeout; cat /proc/sys/net/netfilter/nf_conntrack_udp_timeout
  bash: line 51: echo: write error: Invalid argument
  30
