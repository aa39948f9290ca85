Each writable key of sysctl -a (part 9, net.ipv4.tcp_rto_min_us to net.ipv4.xfrm4_gc_thresh) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_rto_min_us 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_rto_min_us)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_sack 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_sack)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_shrink_window 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_shrink_window)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_slow_start_after_idle 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_slow_start_after_idle)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_stdurg 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_stdurg)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_syn_linear_timeouts 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_syn_linear_timeouts)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_syn_retries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_syn_retries)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_synack_retries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_synack_retries)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_syncookies 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_syncookies)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_thin_linear_timeouts 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_thin_linear_timeouts)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_timestamps 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_timestamps)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_tso_rtt_log 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_tso_rtt_log)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_tso_win_divisor 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_tso_win_divisor)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_tw_reuse 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_tw_reuse)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_tw_reuse_delay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_tw_reuse_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_window_scaling 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_window_scaling)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_wmem 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_wmem)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 16384 4194304 255:0:255 16384 4194304 256:0:256 16384 4194304 -1:1:256 16384 4194304 2147483647:0:2147483647 16384 4194304 2147483648:1:2147483647 16384 4194304 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_workaround_signed_windows 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_workaround_signed_windows)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/udp_child_hash_entries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/udp_child_hash_entries)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/udp_early_demux 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/udp_early_demux)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/udp_hash_entries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/udp_hash_entries)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 72: /proc/sys/net/ipv4/udp_hash_entries: Permission denied 2:1:-16384 bash: line 72: /proc/sys/net/ipv4/udp_hash_entries: Permission denied 255:1:-16384 bash: line 72: /proc/sys/net/ipv4/udp_hash_entries: Permission denied 256:1:-16384 bash: line 72: /proc/sys/net/ipv4/udp_hash_entries: Permission denied -1:1:-16384 bash: line 72: /proc/sys/net/ipv4/udp_hash_entries: Permission denied 2147483647:1:-16384 bash: line 72: /proc/sys/net/ipv4/udp_hash_entries: Permission denied 2147483648:1:-16384 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/udp_l3mdev_accept 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/udp_l3mdev_accept)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/udp_rmem_min 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/udp_rmem_min)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/udp_wmem_min 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/udp_wmem_min)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/xfrm4_gc_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/xfrm4_gc_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
