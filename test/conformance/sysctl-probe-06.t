Each writable key of sysctl -a (part 6, net.ipv4.neigh.d0.retrans_time_ms to net.ipv4.tcp_ecn) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/retrans_time_ms 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/retrans_time_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/ucast_solicit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/ucast_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/unres_qlen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/unres_qlen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/unres_qlen_bytes 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/unres_qlen_bytes)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/nexthop_compat_mode 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/nexthop_compat_mode)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ping_group_range 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ping_group_range)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:1 0 255:0:1 0 256:0:1 0 -1:1:1 0 2147483647:0:1 0 2147483648:0:1 0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/raw_l3mdev_accept 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/raw_l3mdev_accept)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/route/min_adv_mss 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/route/min_adv_mss)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/route/min_pmtu 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/route/min_pmtu)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:552 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/route/mtu_expires 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/route/mtu_expires)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_abort_on_overflow 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_abort_on_overflow)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_adv_win_scale 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_adv_win_scale)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_app_win 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_app_win)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_autocorking 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_autocorking)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_backlog_ack_defer 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_backlog_ack_defer)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_base_mss 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_base_mss)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_challenge_ack_limit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_challenge_ack_limit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_child_ehash_entries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_child_ehash_entries)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_comp_sack_delay_ns 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_comp_sack_delay_ns)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_comp_sack_nr 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_comp_sack_nr)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_comp_sack_slack_ns 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_comp_sack_slack_ns)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_dsack 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_dsack)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_early_demux 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_early_demux)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_early_retrans 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_early_retrans)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/tcp_ecn 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/tcp_ecn)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
