Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 7, net.ipv6.conf.default.accept_ra_mtu to net.ipv6.conf.default.ioam6_id_wide) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra_mtu 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_mtu)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra_pinfo 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_pinfo)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra_rt_info_max_plen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_rt_info_max_plen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra_rt_info_min_plen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_rt_info_min_plen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_ra_rtr_pref 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_rtr_pref)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_source_route 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_source_route)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/accept_untracked_na 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_untracked_na)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/addr_gen_mode 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/addr_gen_mode)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/autoconf 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/autoconf)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/dad_transmits 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/dad_transmits)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/disable_ipv6 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/disable_ipv6)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/disable_policy 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/disable_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/drop_unicast_in_l2_multicast 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/drop_unicast_in_l2_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/drop_unsolicited_na 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/drop_unsolicited_na)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/enhanced_dad 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/enhanced_dad)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/force_forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/force_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/force_mld_version 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/force_mld_version)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/force_tllao 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/force_tllao)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/hop_limit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/hop_limit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ignore_routes_with_linkdown 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ignore_routes_with_linkdown)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ioam6_enabled 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ioam6_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ioam6_id 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ioam6_id)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/ioam6_id_wide 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/ioam6_id_wide)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
