Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 2, net.ipv4.conf.d0.proxy_arp_pvlan to net.ipv4.conf.default.forwarding) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/proxy_arp_pvlan 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/proxy_arp_pvlan)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/route_localnet 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/route_localnet)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/rp_filter 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/rp_filter)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/secure_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/secure_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/send_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/send_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/shared_media 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/shared_media)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/src_valid_mark 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/src_valid_mark)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/tag 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/tag)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/accept_local 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/accept_local)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/accept_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/accept_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/accept_source_route 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/accept_source_route)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/arp_accept 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/arp_accept)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/arp_announce 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/arp_announce)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/arp_evict_nocarrier 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/arp_evict_nocarrier)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/arp_filter 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/arp_filter)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/arp_ignore 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/arp_ignore)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/arp_notify 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/arp_notify)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/bc_forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/bc_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/bootp_relay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/bootp_relay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/disable_policy 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/disable_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/disable_xfrm 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/disable_xfrm)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/drop_gratuitous_arp 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/drop_gratuitous_arp)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/drop_unicast_in_l2_multicast 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/drop_unicast_in_l2_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/force_igmp_version 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/force_igmp_version)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/default/forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/default/forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
