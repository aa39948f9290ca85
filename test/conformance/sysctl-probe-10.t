Each writable key of sysctl -a (part 10, net.netfilter.nf_conntrack_acct to net.netfilter.nf_conntrack_tcp_be_liberal) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_acct 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_acct)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_buckets 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_buckets)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 15: /proc/sys/net/netfilter/nf_conntrack_buckets: Permission denied 2:1:262144 bash: line 15: /proc/sys/net/netfilter/nf_conntrack_buckets: Permission denied 255:1:262144 bash: line 15: /proc/sys/net/netfilter/nf_conntrack_buckets: Permission denied 256:1:262144 bash: line 15: /proc/sys/net/netfilter/nf_conntrack_buckets: Permission denied -1:1:262144 bash: line 15: /proc/sys/net/netfilter/nf_conntrack_buckets: Permission denied 2147483647:1:262144 bash: line 15: /proc/sys/net/netfilter/nf_conntrack_buckets: Permission denied 2147483648:1:262144 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_checksum 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_checksum)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_count 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_count)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 21: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied 2:1:0 bash: line 21: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied 255:1:0 bash: line 21: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied 256:1:0 bash: line 21: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied -1:1:0 bash: line 21: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied 2147483647:1:0 bash: line 21: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_events 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_events)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_expect_max 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_expect_max)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 27: /proc/sys/net/netfilter/nf_conntrack_expect_max: Permission denied 2:1:4096 bash: line 27: /proc/sys/net/netfilter/nf_conntrack_expect_max: Permission denied 255:1:4096 bash: line 27: /proc/sys/net/netfilter/nf_conntrack_expect_max: Permission denied 256:1:4096 bash: line 27: /proc/sys/net/netfilter/nf_conntrack_expect_max: Permission denied -1:1:4096 bash: line 27: /proc/sys/net/netfilter/nf_conntrack_expect_max: Permission denied 2147483647:1:4096 bash: line 27: /proc/sys/net/netfilter/nf_conntrack_expect_max: Permission denied 2147483648:1:4096 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_frag6_high_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_frag6_high_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:4194304 255:1:4194304 256:1:4194304 -1:1:4194304 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_frag6_low_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_frag6_low_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_frag6_timeout 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_frag6_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_generic_timeout 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_generic_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_gre_timeout 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_gre_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_gre_timeout_stream 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_gre_timeout_stream)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_icmp_timeout 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_icmp_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_icmpv6_timeout 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_icmpv6_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_log_invalid 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_log_invalid)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_max 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_max)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 57: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied 2:1:262144 bash: line 57: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied 255:1:262144 bash: line 57: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied 256:1:262144 bash: line 57: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied -1:1:262144 bash: line 57: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied 2147483647:1:262144 bash: line 57: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied 2147483648:1:262144 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_closed 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_closed)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_cookie_echoed 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_cookie_echoed)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_cookie_wait 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_cookie_wait)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_established 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_established)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_heartbeat_sent 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_heartbeat_sent)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_shutdown_ack_sent 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_shutdown_ack_sent)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_shutdown_recd 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_shutdown_recd)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_shutdown_sent 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_shutdown_sent)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_be_liberal 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_be_liberal)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
