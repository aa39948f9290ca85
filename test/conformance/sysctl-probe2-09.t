Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 9, net.ipv6.conf.default.temp_valid_lft to net.ipv6.ip_nonlocal_bind) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/temp_valid_lft 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/temp_valid_lft)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/use_oif_addrs_only 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/use_oif_addrs_only)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/use_optimistic 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/use_optimistic)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/conf/default/use_tempaddr 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/conf/default/use_tempaddr)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/fib_multipath_hash_fields 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/fib_multipath_hash_fields)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/fib_multipath_hash_policy 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/fib_multipath_hash_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/fib_notify_on_flag_change 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/fib_notify_on_flag_change)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/flowlabel_consistency 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/flowlabel_consistency)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/flowlabel_reflect 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/flowlabel_reflect)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:2 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/flowlabel_state_ranges 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/flowlabel_state_ranges)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/fwmark_reflect 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/fwmark_reflect)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/icmp/echo_ignore_all 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/icmp/echo_ignore_all)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/icmp/echo_ignore_anycast 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/icmp/echo_ignore_anycast)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/icmp/echo_ignore_multicast 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/icmp/echo_ignore_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/icmp/error_anycast_as_unicast 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/icmp/error_anycast_as_unicast)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/icmp/ratelimit 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/icmp/ratelimit)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:4 255:0:256 256:0:256 -1:1:256 2147483647:0:2147483648 2147483648:1:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/icmp/ratemask 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/icmp/ratemask)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/idgen_delay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/idgen_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/idgen_retries 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/idgen_retries)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/ioam6_id 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/ioam6_id)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:1:256 2147483648:1:256 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/ioam6_id_wide 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/ioam6_id_wide)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/ip6frag_high_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/ip6frag_high_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:4194304 255:1:4194304 256:1:4194304 -1:1:4194304 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/ip6frag_low_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/ip6frag_low_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/ip6frag_time 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/ip6frag_time)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/ip_nonlocal_bind 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/ip_nonlocal_bind)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
