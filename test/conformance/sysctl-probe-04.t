Each writable key of sysctl -a (part 4, net.ipv4.conf.d0.send_redirects to net.ipv4.ip_default_ttl) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/send_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/send_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/shared_media 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/shared_media)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/src_valid_mark 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/src_valid_mark)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/d0/tag 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/d0/tag)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/fib_multipath_hash_fields 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/fib_multipath_hash_fields)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/fib_multipath_hash_policy 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/fib_multipath_hash_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/fib_multipath_hash_seed 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/fib_multipath_hash_seed)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/fib_multipath_use_neigh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/fib_multipath_use_neigh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/fib_notify_on_flag_change 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/fib_notify_on_flag_change)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/fwmark_reflect 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/fwmark_reflect)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/icmp_echo_enable_probe 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/icmp_echo_enable_probe)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/icmp_echo_ignore_all 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/icmp_echo_ignore_all)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/icmp_echo_ignore_broadcasts 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/icmp_echo_ignore_broadcasts)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/icmp_errors_use_inbound_ifaddr 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/icmp_errors_use_inbound_ifaddr)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/icmp_ignore_bogus_error_responses 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/icmp_ignore_bogus_error_responses)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/icmp_msgs_burst 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/icmp_msgs_burst)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/icmp_msgs_per_sec 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/icmp_msgs_per_sec)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/icmp_ratelimit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/icmp_ratelimit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/icmp_ratemask 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/icmp_ratemask)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/igmp_link_local_mcast_reports 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/igmp_link_local_mcast_reports)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/igmp_max_memberships 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/igmp_max_memberships)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/igmp_max_msf 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/igmp_max_msf)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/igmp_qrv 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/igmp_qrv)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_autobind_reuse 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_autobind_reuse)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/ip_default_ttl 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/ip_default_ttl)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
