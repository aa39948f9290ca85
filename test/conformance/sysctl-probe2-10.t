Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 10, net.ipv6.max_dst_opts_length to net.ipv6.route.gc_timeout) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/max_dst_opts_length 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/max_dst_opts_length)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/max_dst_opts_number 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/max_dst_opts_number)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/max_hbh_length 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/max_hbh_length)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/max_hbh_opts_number 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/max_hbh_opts_number)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/anycast_delay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/anycast_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:254 256:0:256 -1:0:-0 2147483647:0:429496728 2147483648:0:429496729 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/app_solicit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/app_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/base_reachable_time_ms 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/base_reachable_time_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/delay_first_probe_time 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/delay_first_probe_time)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/gc_stale_time 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/gc_stale_time)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/interval_probe_time_ms 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/interval_probe_time_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/locktime 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/locktime)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:254 256:0:256 -1:0:-0 2147483647:0:429496728 2147483648:0:429496729 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/mcast_resolicit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/mcast_resolicit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/mcast_solicit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/mcast_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/proxy_delay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/proxy_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:254 256:0:256 -1:0:-0 2147483647:0:429496728 2147483648:0:429496729 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/proxy_qlen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/proxy_qlen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/retrans_time_ms 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/retrans_time_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/ucast_solicit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/ucast_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/unres_qlen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/unres_qlen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/neigh/d0/unres_qlen_bytes 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/neigh/d0/unres_qlen_bytes)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/gc_elasticity 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/gc_elasticity)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/gc_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/gc_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/gc_min_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/gc_min_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/gc_min_interval_ms 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/gc_min_interval_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/gc_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/gc_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/gc_timeout 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/gc_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
