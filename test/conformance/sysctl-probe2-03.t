Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 3, net.ipv4.conf.default.igmpv2_unsolicited_report_interval to net.ipv4.neigh.d0.mcast_solicit) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/igmpv2_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/igmpv2_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/igmpv3_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/igmpv3_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/ignore_routes_with_linkdown 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/ignore_routes_with_linkdown)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/log_martians 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/log_martians)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/mc_forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/mc_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 24: /proc/sys/net/ipv4/conf/default/mc_forwarding: Permission denied 2:1:0 bash: line 24: /proc/sys/net/ipv4/conf/default/mc_forwarding: Permission denied 255:1:0 bash: line 24: /proc/sys/net/ipv4/conf/default/mc_forwarding: Permission denied 256:1:0 bash: line 24: /proc/sys/net/ipv4/conf/default/mc_forwarding: Permission denied -1:1:0 bash: line 24: /proc/sys/net/ipv4/conf/default/mc_forwarding: Permission denied 2147483647:1:0 bash: line 24: /proc/sys/net/ipv4/conf/default/mc_forwarding: Permission denied 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/medium_id 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/medium_id)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/promote_secondaries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/promote_secondaries)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/proxy_arp 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/proxy_arp)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/proxy_arp_pvlan 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/proxy_arp_pvlan)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/route_localnet 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/route_localnet)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/rp_filter 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/rp_filter)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/secure_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/secure_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/send_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/send_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/shared_media 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/shared_media)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/src_valid_mark 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/src_valid_mark)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/tag 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/tag)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
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
