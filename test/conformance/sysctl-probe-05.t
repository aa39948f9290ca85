Each writable key of sysctl -a (part 5, net.ipv4.ip_dynaddr to net.ipv4.neigh.d0.proxy_qlen) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_dynaddr 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_dynaddr)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_early_demux 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_early_demux)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_forward 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_forward)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_forward_update_priority 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_forward_update_priority)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_forward_use_pmtu 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_forward_use_pmtu)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_local_port_range)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:32768 60999 255:1:32768 60999 256:1:32768 60999 -1:1:32768 60999 2147483647:1:32768 60999 2147483648:1:32768 60999 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_local_reserved_ports 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_local_reserved_ports)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_no_pmtu_disc 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_no_pmtu_disc)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_nonlocal_bind 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_nonlocal_bind)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_unprivileged_port_start 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_unprivileged_port_start)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ipfrag_high_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ipfrag_high_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:4194304 255:1:4194304 256:1:4194304 -1:1:4194304 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ipfrag_low_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ipfrag_low_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ipfrag_max_dist 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ipfrag_max_dist)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ipfrag_time 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ipfrag_time)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/anycast_delay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/anycast_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:254 256:0:256 -1:0:-0 2147483647:0:429496728 2147483648:0:429496729 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/app_solicit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/app_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/base_reachable_time_ms 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/base_reachable_time_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/delay_first_probe_time 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/delay_first_probe_time)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/gc_stale_time 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/gc_stale_time)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/interval_probe_time_ms 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/interval_probe_time_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/locktime 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/locktime)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:254 256:0:256 -1:0:-0 2147483647:0:429496728 2147483648:0:429496729 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/mcast_resolicit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/mcast_resolicit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/mcast_solicit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/mcast_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/proxy_delay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/proxy_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:254 256:0:256 -1:0:-0 2147483647:0:429496728 2147483648:0:429496729 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/proxy_qlen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/proxy_qlen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
