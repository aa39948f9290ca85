Each writable key of sysctl -a (part 8, net.ipv4.tcp_mtu_probe_floor to net.ipv4.tcp_rto_max_ms) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_mtu_probe_floor 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_mtu_probe_floor)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:48 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_mtu_probing 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_mtu_probing)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_no_metrics_save 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_no_metrics_save)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_no_ssthresh_metrics_save 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_no_ssthresh_metrics_save)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_notsent_lowat 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_notsent_lowat)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_orphan_retries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_orphan_retries)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_pacing_ca_ratio 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_pacing_ca_ratio)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_pacing_ss_ratio 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_pacing_ss_ratio)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_pingpong_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_pingpong_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_plb_cong_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_plb_cong_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_plb_enabled 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_plb_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_plb_idle_rehash_rounds 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_plb_idle_rehash_rounds)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_plb_rehash_rounds 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_plb_rehash_rounds)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_plb_suspend_rto_sec 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_plb_suspend_rto_sec)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_probe_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_probe_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_probe_threshold 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_probe_threshold)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_recovery 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_recovery)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_reflect_tos 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_reflect_tos)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_reordering 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_reordering)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_retrans_collapse 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_retrans_collapse)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_retries1 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_retries1)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_retries2 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_retries2)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_rfc1337 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_rfc1337)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_rmem 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_rmem)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:4096 131072 33554432 255:1:4096 131072 33554432 256:1:4096 131072 33554432 -1:1:4096 131072 33554432 2147483647:0:2147483647 131072 33554432 2147483648:1:2147483647 131072 33554432 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_rto_max_ms 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_rto_max_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:120000 255:1:120000 256:1:120000 -1:1:120000 2147483647:1:120000 2147483648:1:120000 
