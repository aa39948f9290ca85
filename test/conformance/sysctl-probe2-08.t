Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 8, net.ipv6.conf.default.keep_addr_on_down to net.ipv6.conf.default.temp_prefered_lft) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/keep_addr_on_down 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/keep_addr_on_down)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/max_addresses 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/max_addresses)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/max_desync_factor 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/max_desync_factor)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/mldv1_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/mldv1_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/mldv2_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/mldv2_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/mtu 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/mtu)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1280 255:1:1280 256:1:1280 -1:1:1280 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ndisc_evict_nocarrier 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ndisc_evict_nocarrier)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ndisc_notify 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ndisc_notify)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ndisc_tclass 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ndisc_tclass)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/optimistic_dad 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/optimistic_dad)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/proxy_ndp 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/proxy_ndp)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ra_defrtr_metric 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ra_defrtr_metric)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ra_honor_pio_life 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ra_honor_pio_life)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ra_honor_pio_pflag 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ra_honor_pio_pflag)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/regen_max_retry 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/regen_max_retry)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/regen_min_advance 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/regen_min_advance)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/router_probe_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/router_probe_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/router_solicitation_delay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/router_solicitation_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/router_solicitation_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/router_solicitation_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/router_solicitation_max_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/router_solicitation_max_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/router_solicitations 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/router_solicitations)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/rpl_seg_enabled 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/rpl_seg_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/seg6_enabled 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/seg6_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/suppress_frag_ndisc 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/suppress_frag_ndisc)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/temp_prefered_lft 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/temp_prefered_lft)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
