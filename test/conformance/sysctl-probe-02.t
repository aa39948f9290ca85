Each writable key of sysctl -a (part 2, net.ipv4.conf.all.disable_xfrm to net.ipv4.conf.d0.arp_accept) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/disable_xfrm 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/disable_xfrm)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/drop_gratuitous_arp 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/drop_gratuitous_arp)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/drop_unicast_in_l2_multicast 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/drop_unicast_in_l2_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/force_igmp_version 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/force_igmp_version)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/igmpv2_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/igmpv2_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/igmpv3_unsolicited_report_interval 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/igmpv3_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/ignore_routes_with_linkdown 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/ignore_routes_with_linkdown)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/log_martians 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/log_martians)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/mc_forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/mc_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 39: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied 2:1:0 bash: line 39: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied 255:1:0 bash: line 39: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied 256:1:0 bash: line 39: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied -1:1:0 bash: line 39: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied 2147483647:1:0 bash: line 39: /proc/sys/net/ipv4/conf/all/mc_forwarding: Permission denied 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/medium_id 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/medium_id)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/promote_secondaries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/promote_secondaries)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/proxy_arp 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/proxy_arp)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/proxy_arp_pvlan 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/proxy_arp_pvlan)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/route_localnet 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/route_localnet)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/rp_filter 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/rp_filter)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/secure_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/secure_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/send_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/send_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/shared_media 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/shared_media)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/src_valid_mark 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/src_valid_mark)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/tag 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/tag)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/accept_local 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/accept_local)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/accept_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/accept_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/accept_source_route 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/accept_source_route)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/arp_accept 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_accept)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
