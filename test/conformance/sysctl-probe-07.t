Each writable key of sysctl -a (part 7, net.ipv4.tcp_ecn_fallback to net.ipv4.tcp_moderate_rcvbuf) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_ecn_fallback 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_ecn_fallback)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_ecn_option 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_ecn_option)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_ecn_option_beacon 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_ecn_option_beacon)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_ehash_entries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_ehash_entries)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 21: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied 2:1:-262144 bash: line 21: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied 255:1:-262144 bash: line 21: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied 256:1:-262144 bash: line 21: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied -1:1:-262144 bash: line 21: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied 2147483647:1:-262144 bash: line 21: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied 2147483648:1:-262144 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_fack 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_fack)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_fastopen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_fastopen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_fastopen_blackhole_timeout_sec 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_fastopen_blackhole_timeout_sec)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_fastopen_key 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_fastopen_key)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:00000000-00000000-00000000-00000000 255:1:00000000-00000000-00000000-00000000 256:1:00000000-00000000-00000000-00000000 -1:1:00000000-00000000-00000000-00000000 2147483647:1:00000000-00000000-00000000-00000000 2147483648:1:00000000-00000000-00000000-00000000 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_fin_timeout 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_fin_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_frto 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_frto)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_fwmark_accept 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_fwmark_accept)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_invalid_ratelimit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_invalid_ratelimit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_keepalive_intvl 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_keepalive_intvl)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_keepalive_probes 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_keepalive_probes)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_keepalive_time 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_keepalive_time)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_l3mdev_accept 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_l3mdev_accept)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_limit_output_bytes 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_limit_output_bytes)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_max_reordering 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_max_reordering)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_max_syn_backlog 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_max_syn_backlog)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_max_tw_buckets 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_max_tw_buckets)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_migrate_req 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_migrate_req)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_min_rtt_wlen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_min_rtt_wlen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_min_snd_mss 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_min_snd_mss)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:48 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_min_tso_segs 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_min_tso_segs)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_moderate_rcvbuf 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_moderate_rcvbuf)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
