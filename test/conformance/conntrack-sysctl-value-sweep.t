net.netfilter conntrack sysctls written with edge and bad values in a fresh namespace (negative, 0, 2, INT_MAX+1, junk, two words): sysctl's message, exit code, and the value read back.
  $ for k in nf_conntrack_acct nf_conntrack_checksum nf_conntrack_events nf_conntrack_timestamp nf_conntrack_log_invalid nf_conntrack_tcp_loose nf_conntrack_tcp_be_liberal nf_conntrack_tcp_ignore_invalid_rst nf_conntrack_tcp_max_retrans nf_conntrack_max nf_conntrack_buckets nf_conntrack_count nf_conntrack_expect_max nf_conntrack_generic_timeout nf_conntrack_icmp_timeout nf_conntrack_udp_timeout nf_conntrack_udp_timeout_stream nf_conntrack_tcp_timeout_established nf_conntrack_tcp_timeout_time_wait nf_conntrack_tcp_timeout_unacknowledged nf_conntrack_gre_timeout nf_conntrack_sctp_timeout_established; do for v in -1 0 2 256 2147483648 abc "5 6"; do printf '%s=%s: ' $k "$v"; sysctl -w "net.netfilter.$k=$v" >/dev/null 2>/tmp/sweepnf10.err; r=$?; sed 's/^sysctl: //' /tmp/sweepnf10.err | tr '\n' ' '; echo "rc=$r now=$(cat /proc/sys/net/netfilter/$k)"; done; done; rm -f /tmp/sweepnf10.err
  nf_conntrack_acct=-1: setting key "net.netfilter.nf_conntrack_acct": Invalid argument rc=1 now=0
  nf_conntrack_acct=0: rc=0 now=0
  nf_conntrack_acct=2: setting key "net.netfilter.nf_conntrack_acct": Invalid argument rc=1 now=0
  nf_conntrack_acct=256: setting key "net.netfilter.nf_conntrack_acct": Invalid argument rc=1 now=0
  nf_conntrack_acct=2147483648: setting key "net.netfilter.nf_conntrack_acct": Invalid argument rc=1 now=0
  nf_conntrack_acct=abc: setting key "net.netfilter.nf_conntrack_acct": Invalid argument rc=1 now=0
  nf_conntrack_acct=5 6: setting key "net.netfilter.nf_conntrack_acct": Invalid argument rc=1 now=0
  nf_conntrack_checksum=-1: setting key "net.netfilter.nf_conntrack_checksum": Invalid argument rc=1 now=1
  nf_conntrack_checksum=0: rc=0 now=0
  nf_conntrack_checksum=2: setting key "net.netfilter.nf_conntrack_checksum": Invalid argument rc=1 now=0
  nf_conntrack_checksum=256: setting key "net.netfilter.nf_conntrack_checksum": Invalid argument rc=1 now=0
  nf_conntrack_checksum=2147483648: setting key "net.netfilter.nf_conntrack_checksum": Invalid argument rc=1 now=0
  nf_conntrack_checksum=abc: setting key "net.netfilter.nf_conntrack_checksum": Invalid argument rc=1 now=0
  nf_conntrack_checksum=5 6: setting key "net.netfilter.nf_conntrack_checksum": Invalid argument rc=1 now=0
  nf_conntrack_events=-1: setting key "net.netfilter.nf_conntrack_events": Invalid argument rc=1 now=2
  nf_conntrack_events=0: rc=0 now=0
  nf_conntrack_events=2: rc=0 now=2
  nf_conntrack_events=256: setting key "net.netfilter.nf_conntrack_events": Invalid argument rc=1 now=2
  nf_conntrack_events=2147483648: setting key "net.netfilter.nf_conntrack_events": Invalid argument rc=1 now=2
  nf_conntrack_events=abc: setting key "net.netfilter.nf_conntrack_events": Invalid argument rc=1 now=2
  nf_conntrack_events=5 6: setting key "net.netfilter.nf_conntrack_events": Invalid argument rc=1 now=2
  nf_conntrack_timestamp=-1: setting key "net.netfilter.nf_conntrack_timestamp": Invalid argument rc=1 now=0
  nf_conntrack_timestamp=0: rc=0 now=0
  nf_conntrack_timestamp=2: setting key "net.netfilter.nf_conntrack_timestamp": Invalid argument rc=1 now=0
  nf_conntrack_timestamp=256: setting key "net.netfilter.nf_conntrack_timestamp": Invalid argument rc=1 now=0
  nf_conntrack_timestamp=2147483648: setting key "net.netfilter.nf_conntrack_timestamp": Invalid argument rc=1 now=0
  nf_conntrack_timestamp=abc: setting key "net.netfilter.nf_conntrack_timestamp": Invalid argument rc=1 now=0
  nf_conntrack_timestamp=5 6: setting key "net.netfilter.nf_conntrack_timestamp": Invalid argument rc=1 now=0
  nf_conntrack_log_invalid=-1: setting key "net.netfilter.nf_conntrack_log_invalid": Invalid argument rc=1 now=0
  nf_conntrack_log_invalid=0: rc=0 now=0
  nf_conntrack_log_invalid=2: rc=0 now=2
  nf_conntrack_log_invalid=256: setting key "net.netfilter.nf_conntrack_log_invalid": Invalid argument rc=1 now=2
  nf_conntrack_log_invalid=2147483648: setting key "net.netfilter.nf_conntrack_log_invalid": Invalid argument rc=1 now=2
  nf_conntrack_log_invalid=abc: setting key "net.netfilter.nf_conntrack_log_invalid": Invalid argument rc=1 now=2
  nf_conntrack_log_invalid=5 6: rc=0 now=5
  nf_conntrack_tcp_loose=-1: setting key "net.netfilter.nf_conntrack_tcp_loose": Invalid argument rc=1 now=1
  nf_conntrack_tcp_loose=0: rc=0 now=0
  nf_conntrack_tcp_loose=2: setting key "net.netfilter.nf_conntrack_tcp_loose": Invalid argument rc=1 now=0
  nf_conntrack_tcp_loose=256: setting key "net.netfilter.nf_conntrack_tcp_loose": Invalid argument rc=1 now=0
  nf_conntrack_tcp_loose=2147483648: setting key "net.netfilter.nf_conntrack_tcp_loose": Invalid argument rc=1 now=0
  nf_conntrack_tcp_loose=abc: setting key "net.netfilter.nf_conntrack_tcp_loose": Invalid argument rc=1 now=0
  nf_conntrack_tcp_loose=5 6: setting key "net.netfilter.nf_conntrack_tcp_loose": Invalid argument rc=1 now=0
  nf_conntrack_tcp_be_liberal=-1: setting key "net.netfilter.nf_conntrack_tcp_be_liberal": Invalid argument rc=1 now=0
  nf_conntrack_tcp_be_liberal=0: rc=0 now=0
  nf_conntrack_tcp_be_liberal=2: setting key "net.netfilter.nf_conntrack_tcp_be_liberal": Invalid argument rc=1 now=0
  nf_conntrack_tcp_be_liberal=256: setting key "net.netfilter.nf_conntrack_tcp_be_liberal": Invalid argument rc=1 now=0
  nf_conntrack_tcp_be_liberal=2147483648: setting key "net.netfilter.nf_conntrack_tcp_be_liberal": Invalid argument rc=1 now=0
  nf_conntrack_tcp_be_liberal=abc: setting key "net.netfilter.nf_conntrack_tcp_be_liberal": Invalid argument rc=1 now=0
  nf_conntrack_tcp_be_liberal=5 6: setting key "net.netfilter.nf_conntrack_tcp_be_liberal": Invalid argument rc=1 now=0
  nf_conntrack_tcp_ignore_invalid_rst=-1: setting key "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": Invalid argument rc=1 now=0
  nf_conntrack_tcp_ignore_invalid_rst=0: rc=0 now=0
  nf_conntrack_tcp_ignore_invalid_rst=2: setting key "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": Invalid argument rc=1 now=0
  nf_conntrack_tcp_ignore_invalid_rst=256: setting key "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": Invalid argument rc=1 now=0
  nf_conntrack_tcp_ignore_invalid_rst=2147483648: setting key "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": Invalid argument rc=1 now=0
  nf_conntrack_tcp_ignore_invalid_rst=abc: setting key "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": Invalid argument rc=1 now=0
  nf_conntrack_tcp_ignore_invalid_rst=5 6: setting key "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": Invalid argument rc=1 now=0
  nf_conntrack_tcp_max_retrans=-1: setting key "net.netfilter.nf_conntrack_tcp_max_retrans": Invalid argument rc=1 now=3
  nf_conntrack_tcp_max_retrans=0: rc=0 now=0
  nf_conntrack_tcp_max_retrans=2: rc=0 now=2
  nf_conntrack_tcp_max_retrans=256: setting key "net.netfilter.nf_conntrack_tcp_max_retrans": Invalid argument rc=1 now=2
  nf_conntrack_tcp_max_retrans=2147483648: setting key "net.netfilter.nf_conntrack_tcp_max_retrans": Invalid argument rc=1 now=2
  nf_conntrack_tcp_max_retrans=abc: setting key "net.netfilter.nf_conntrack_tcp_max_retrans": Invalid argument rc=1 now=2
  nf_conntrack_tcp_max_retrans=5 6: rc=0 now=5
  nf_conntrack_max=-1: setting key "net.netfilter.nf_conntrack_max": Invalid argument rc=0 now=262144
  nf_conntrack_max=0: setting key "net.netfilter.nf_conntrack_max": Invalid argument rc=0 now=262144
  nf_conntrack_max=2: setting key "net.netfilter.nf_conntrack_max": Invalid argument rc=0 now=262144
  nf_conntrack_max=256: setting key "net.netfilter.nf_conntrack_max": Invalid argument rc=0 now=262144
  nf_conntrack_max=2147483648: setting key "net.netfilter.nf_conntrack_max": Invalid argument rc=0 now=262144
  nf_conntrack_max=abc: setting key "net.netfilter.nf_conntrack_max": Invalid argument rc=0 now=262144
  nf_conntrack_max=5 6: setting key "net.netfilter.nf_conntrack_max": Invalid argument rc=0 now=262144
  nf_conntrack_buckets=-1: setting key "net.netfilter.nf_conntrack_buckets": Invalid argument rc=0 now=262144
  nf_conntrack_buckets=0: setting key "net.netfilter.nf_conntrack_buckets": Invalid argument rc=0 now=262144
  nf_conntrack_buckets=2: setting key "net.netfilter.nf_conntrack_buckets": Invalid argument rc=0 now=262144
  nf_conntrack_buckets=256: setting key "net.netfilter.nf_conntrack_buckets": Invalid argument rc=0 now=262144
  nf_conntrack_buckets=2147483648: setting key "net.netfilter.nf_conntrack_buckets": Invalid argument rc=0 now=262144
  nf_conntrack_buckets=abc: setting key "net.netfilter.nf_conntrack_buckets": Invalid argument rc=0 now=262144
  nf_conntrack_buckets=5 6: setting key "net.netfilter.nf_conntrack_buckets": Invalid argument rc=0 now=262144
  nf_conntrack_count=-1: setting key "net.netfilter.nf_conntrack_count": Invalid argument rc=0 now=0
  nf_conntrack_count=0: setting key "net.netfilter.nf_conntrack_count": Invalid argument rc=0 now=0
  nf_conntrack_count=2: setting key "net.netfilter.nf_conntrack_count": Invalid argument rc=0 now=0
  nf_conntrack_count=256: setting key "net.netfilter.nf_conntrack_count": Invalid argument rc=0 now=0
  nf_conntrack_count=2147483648: setting key "net.netfilter.nf_conntrack_count": Invalid argument rc=0 now=0
  nf_conntrack_count=abc: setting key "net.netfilter.nf_conntrack_count": Invalid argument rc=0 now=0
  nf_conntrack_count=5 6: setting key "net.netfilter.nf_conntrack_count": Invalid argument rc=0 now=0
  nf_conntrack_expect_max=-1: setting key "net.netfilter.nf_conntrack_expect_max": Invalid argument rc=0 now=4096
  nf_conntrack_expect_max=0: setting key "net.netfilter.nf_conntrack_expect_max": Invalid argument rc=0 now=4096
  nf_conntrack_expect_max=2: setting key "net.netfilter.nf_conntrack_expect_max": Invalid argument rc=0 now=4096
  nf_conntrack_expect_max=256: setting key "net.netfilter.nf_conntrack_expect_max": Invalid argument rc=0 now=4096
  nf_conntrack_expect_max=2147483648: setting key "net.netfilter.nf_conntrack_expect_max": Invalid argument rc=0 now=4096
  nf_conntrack_expect_max=abc: setting key "net.netfilter.nf_conntrack_expect_max": Invalid argument rc=0 now=4096
  nf_conntrack_expect_max=5 6: setting key "net.netfilter.nf_conntrack_expect_max": Invalid argument rc=0 now=4096
  nf_conntrack_generic_timeout=-1: rc=0 now=-1
  nf_conntrack_generic_timeout=0: rc=0 now=0
  nf_conntrack_generic_timeout=2: rc=0 now=2
  nf_conntrack_generic_timeout=256: rc=0 now=256
  nf_conntrack_generic_timeout=2147483648: setting key "net.netfilter.nf_conntrack_generic_timeout": Invalid argument rc=1 now=256
  nf_conntrack_generic_timeout=abc: setting key "net.netfilter.nf_conntrack_generic_timeout": Invalid argument rc=1 now=256
  nf_conntrack_generic_timeout=5 6: rc=0 now=5
  nf_conntrack_icmp_timeout=-1: rc=0 now=-1
  nf_conntrack_icmp_timeout=0: rc=0 now=0
  nf_conntrack_icmp_timeout=2: rc=0 now=2
  nf_conntrack_icmp_timeout=256: rc=0 now=256
  nf_conntrack_icmp_timeout=2147483648: setting key "net.netfilter.nf_conntrack_icmp_timeout": Invalid argument rc=1 now=256
  nf_conntrack_icmp_timeout=abc: setting key "net.netfilter.nf_conntrack_icmp_timeout": Invalid argument rc=1 now=256
  nf_conntrack_icmp_timeout=5 6: rc=0 now=5
  nf_conntrack_udp_timeout=-1: rc=0 now=-1
  nf_conntrack_udp_timeout=0: rc=0 now=0
  nf_conntrack_udp_timeout=2: rc=0 now=2
  nf_conntrack_udp_timeout=256: rc=0 now=256
  nf_conntrack_udp_timeout=2147483648: setting key "net.netfilter.nf_conntrack_udp_timeout": Invalid argument rc=1 now=256
  nf_conntrack_udp_timeout=abc: setting key "net.netfilter.nf_conntrack_udp_timeout": Invalid argument rc=1 now=256
  nf_conntrack_udp_timeout=5 6: rc=0 now=5
  nf_conntrack_udp_timeout_stream=-1: rc=0 now=-1
  nf_conntrack_udp_timeout_stream=0: rc=0 now=0
  nf_conntrack_udp_timeout_stream=2: rc=0 now=2
  nf_conntrack_udp_timeout_stream=256: rc=0 now=256
  nf_conntrack_udp_timeout_stream=2147483648: setting key "net.netfilter.nf_conntrack_udp_timeout_stream": Invalid argument rc=1 now=256
  nf_conntrack_udp_timeout_stream=abc: setting key "net.netfilter.nf_conntrack_udp_timeout_stream": Invalid argument rc=1 now=256
  nf_conntrack_udp_timeout_stream=5 6: rc=0 now=5
  nf_conntrack_tcp_timeout_established=-1: rc=0 now=-1
  nf_conntrack_tcp_timeout_established=0: rc=0 now=0
  nf_conntrack_tcp_timeout_established=2: rc=0 now=2
  nf_conntrack_tcp_timeout_established=256: rc=0 now=256
  nf_conntrack_tcp_timeout_established=2147483648: setting key "net.netfilter.nf_conntrack_tcp_timeout_established": Invalid argument rc=1 now=256
  nf_conntrack_tcp_timeout_established=abc: setting key "net.netfilter.nf_conntrack_tcp_timeout_established": Invalid argument rc=1 now=256
  nf_conntrack_tcp_timeout_established=5 6: rc=0 now=5
  nf_conntrack_tcp_timeout_time_wait=-1: rc=0 now=-1
  nf_conntrack_tcp_timeout_time_wait=0: rc=0 now=0
  nf_conntrack_tcp_timeout_time_wait=2: rc=0 now=2
  nf_conntrack_tcp_timeout_time_wait=256: rc=0 now=256
  nf_conntrack_tcp_timeout_time_wait=2147483648: setting key "net.netfilter.nf_conntrack_tcp_timeout_time_wait": Invalid argument rc=1 now=256
  nf_conntrack_tcp_timeout_time_wait=abc: setting key "net.netfilter.nf_conntrack_tcp_timeout_time_wait": Invalid argument rc=1 now=256
  nf_conntrack_tcp_timeout_time_wait=5 6: rc=0 now=5
  nf_conntrack_tcp_timeout_unacknowledged=-1: rc=0 now=-1
  nf_conntrack_tcp_timeout_unacknowledged=0: rc=0 now=0
  nf_conntrack_tcp_timeout_unacknowledged=2: rc=0 now=2
  nf_conntrack_tcp_timeout_unacknowledged=256: rc=0 now=256
  nf_conntrack_tcp_timeout_unacknowledged=2147483648: setting key "net.netfilter.nf_conntrack_tcp_timeout_unacknowledged": Invalid argument rc=1 now=256
  nf_conntrack_tcp_timeout_unacknowledged=abc: setting key "net.netfilter.nf_conntrack_tcp_timeout_unacknowledged": Invalid argument rc=1 now=256
  nf_conntrack_tcp_timeout_unacknowledged=5 6: rc=0 now=5
  nf_conntrack_gre_timeout=-1: rc=0 now=-1
  nf_conntrack_gre_timeout=0: rc=0 now=0
  nf_conntrack_gre_timeout=2: rc=0 now=2
  nf_conntrack_gre_timeout=256: rc=0 now=256
  nf_conntrack_gre_timeout=2147483648: setting key "net.netfilter.nf_conntrack_gre_timeout": Invalid argument rc=1 now=256
  nf_conntrack_gre_timeout=abc: setting key "net.netfilter.nf_conntrack_gre_timeout": Invalid argument rc=1 now=256
  nf_conntrack_gre_timeout=5 6: rc=0 now=5
  nf_conntrack_sctp_timeout_established=-1: rc=0 now=-1
  nf_conntrack_sctp_timeout_established=0: rc=0 now=0
  nf_conntrack_sctp_timeout_established=2: rc=0 now=2
  nf_conntrack_sctp_timeout_established=256: rc=0 now=256
  nf_conntrack_sctp_timeout_established=2147483648: setting key "net.netfilter.nf_conntrack_sctp_timeout_established": Invalid argument rc=1 now=256
  nf_conntrack_sctp_timeout_established=abc: setting key "net.netfilter.nf_conntrack_sctp_timeout_established": Invalid argument rc=1 now=256
  nf_conntrack_sctp_timeout_established=5 6: rc=0 now=5
