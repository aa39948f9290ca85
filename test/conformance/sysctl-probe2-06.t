Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 6, net.ipv6.conf.d0.proxy_ndp to net.ipv6.conf.default.accept_ra_min_lft) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/proxy_ndp 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/proxy_ndp)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ra_defrtr_metric 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ra_defrtr_metric)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ra_honor_pio_life 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ra_honor_pio_life)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ra_honor_pio_pflag 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ra_honor_pio_pflag)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/regen_max_retry 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/regen_max_retry)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/regen_min_advance 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/regen_min_advance)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/router_probe_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/router_probe_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/router_solicitation_delay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/router_solicitation_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/router_solicitation_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/router_solicitation_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/router_solicitation_max_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/router_solicitation_max_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/router_solicitations 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/router_solicitations)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/rpl_seg_enabled 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/rpl_seg_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/seg6_enabled 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/seg6_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/suppress_frag_ndisc 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/suppress_frag_ndisc)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/temp_prefered_lft 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/temp_prefered_lft)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/temp_valid_lft 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/temp_valid_lft)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/use_oif_addrs_only 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/use_oif_addrs_only)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/use_optimistic 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/use_optimistic)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/use_tempaddr 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/use_tempaddr)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_dad 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_dad)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra_defrtr 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_defrtr)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra_from_local 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_from_local)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra_min_hop_limit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_min_hop_limit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra_min_lft 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_min_lft)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
