Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 5, net.ipv6.conf.d0.dad_transmits to net.ipv6.conf.d0.optimistic_dad) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/dad_transmits 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/dad_transmits)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/disable_ipv6 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/disable_ipv6)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/disable_policy 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/disable_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/drop_unicast_in_l2_multicast 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/drop_unicast_in_l2_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/drop_unsolicited_na 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/drop_unsolicited_na)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/enhanced_dad 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/enhanced_dad)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/force_forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/force_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/force_mld_version 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/force_mld_version)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/force_tllao 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/force_tllao)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/hop_limit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/hop_limit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ignore_routes_with_linkdown 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ignore_routes_with_linkdown)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ioam6_enabled 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ioam6_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ioam6_id 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ioam6_id)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ioam6_id_wide 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ioam6_id_wide)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/keep_addr_on_down 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/keep_addr_on_down)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/max_addresses 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/max_addresses)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/max_desync_factor 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/max_desync_factor)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/mldv1_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/mldv1_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/mldv2_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/mldv2_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/mtu 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/mtu)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1500 255:1:1500 256:1:1500 -1:1:1500 2147483647:1:1500 2147483648:1:1500 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ndisc_evict_nocarrier 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ndisc_evict_nocarrier)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ndisc_notify 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ndisc_notify)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/ndisc_tclass 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/ndisc_tclass)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/d0/optimistic_dad 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/d0/optimistic_dad)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
