Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 4, net.ipv4.neigh.d0.proxy_delay to net.ipv6.conf.d0.autoconf) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/proxy_delay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/proxy_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:254 256:0:256 -1:0:-0 2147483647:0:429496728 2147483648:0:429496729 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/proxy_qlen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/proxy_qlen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/retrans_time_ms 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/retrans_time_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/ucast_solicit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/ucast_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/unres_qlen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/unres_qlen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/neigh/d0/unres_qlen_bytes 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/neigh/d0/unres_qlen_bytes)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/anycast_src_echo_reply 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/anycast_src_echo_reply)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/auto_flowlabels 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/auto_flowlabels)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/bindv6only 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/bindv6only)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_dad 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_dad)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra_defrtr 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_defrtr)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra_from_local 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_from_local)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra_min_hop_limit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_min_hop_limit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra_min_lft 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_min_lft)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra_mtu 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_mtu)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra_pinfo 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_pinfo)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra_rt_info_max_plen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_rt_info_max_plen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra_rt_info_min_plen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_rt_info_min_plen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_ra_rtr_pref 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_rtr_pref)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_source_route 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_source_route)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/accept_untracked_na 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_untracked_na)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/addr_gen_mode 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/addr_gen_mode)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/autoconf 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/autoconf)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
