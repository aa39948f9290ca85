Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 1, net.ipv4.conf.d0.accept_local to net.ipv4.conf.d0.proxy_arp) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/accept_local 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/accept_local)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/accept_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/accept_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/accept_source_route 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/accept_source_route)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/arp_accept 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_accept)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/arp_announce 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_announce)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/arp_evict_nocarrier 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_evict_nocarrier)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/arp_filter 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_filter)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/arp_ignore 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_ignore)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/arp_notify 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_notify)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/bc_forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/bc_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/bootp_relay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/bootp_relay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/disable_policy 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/disable_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/disable_xfrm 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/disable_xfrm)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/drop_gratuitous_arp 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/drop_gratuitous_arp)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/drop_unicast_in_l2_multicast 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/drop_unicast_in_l2_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/force_igmp_version 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/force_igmp_version)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/igmpv2_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/igmpv2_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/igmpv3_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/igmpv3_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/ignore_routes_with_linkdown 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/ignore_routes_with_linkdown)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/log_martians 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/log_martians)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/mc_forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/mc_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 75: /proc/sys/net/ipv4/conf/d0/mc_forwarding: Permission denied 2:1:0 bash: line 75: /proc/sys/net/ipv4/conf/d0/mc_forwarding: Permission denied 255:1:0 bash: line 75: /proc/sys/net/ipv4/conf/d0/mc_forwarding: Permission denied 256:1:0 bash: line 75: /proc/sys/net/ipv4/conf/d0/mc_forwarding: Permission denied -1:1:0 bash: line 75: /proc/sys/net/ipv4/conf/d0/mc_forwarding: Permission denied 2147483647:1:0 bash: line 75: /proc/sys/net/ipv4/conf/d0/mc_forwarding: Permission denied 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/medium_id 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/medium_id)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/promote_secondaries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/promote_secondaries)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/proxy_arp 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/proxy_arp)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
