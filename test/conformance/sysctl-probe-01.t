Each writable key of sysctl -a (part 1, net.core.optmem_max to net.ipv4.conf.all.disable_policy) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/optmem_max 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/optmem_max)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/rmem_default 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/rmem_default)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 15: /proc/sys/net/core/rmem_default: Permission denied 2:1:212992 bash: line 15: /proc/sys/net/core/rmem_default: Permission denied 255:1:212992 bash: line 15: /proc/sys/net/core/rmem_default: Permission denied 256:1:212992 bash: line 15: /proc/sys/net/core/rmem_default: Permission denied -1:1:212992 bash: line 15: /proc/sys/net/core/rmem_default: Permission denied 2147483647:1:212992 bash: line 15: /proc/sys/net/core/rmem_default: Permission denied 2147483648:1:212992 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/rmem_max 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/rmem_max)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 18: /proc/sys/net/core/rmem_max: Permission denied 2:1:4194304 bash: line 18: /proc/sys/net/core/rmem_max: Permission denied 255:1:4194304 bash: line 18: /proc/sys/net/core/rmem_max: Permission denied 256:1:4194304 bash: line 18: /proc/sys/net/core/rmem_max: Permission denied -1:1:4194304 bash: line 18: /proc/sys/net/core/rmem_max: Permission denied 2147483647:1:4194304 bash: line 18: /proc/sys/net/core/rmem_max: Permission denied 2147483648:1:4194304 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/rps_default_mask 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/rps_default_mask)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:1:1 256:1:2 -1:1:2 2147483647:1:2 2147483648:1:2 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/somaxconn 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/somaxconn)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/tstamp_allow_data 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/tstamp_allow_data)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/txrehash 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/txrehash)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/wmem_default 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/wmem_default)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 33: /proc/sys/net/core/wmem_default: Permission denied 2:1:212992 bash: line 33: /proc/sys/net/core/wmem_default: Permission denied 255:1:212992 bash: line 33: /proc/sys/net/core/wmem_default: Permission denied 256:1:212992 bash: line 33: /proc/sys/net/core/wmem_default: Permission denied -1:1:212992 bash: line 33: /proc/sys/net/core/wmem_default: Permission denied 2147483647:1:212992 bash: line 33: /proc/sys/net/core/wmem_default: Permission denied 2147483648:1:212992 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/wmem_max 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/wmem_max)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 36: /proc/sys/net/core/wmem_max: Permission denied 2:1:4194304 bash: line 36: /proc/sys/net/core/wmem_max: Permission denied 255:1:4194304 bash: line 36: /proc/sys/net/core/wmem_max: Permission denied 256:1:4194304 bash: line 36: /proc/sys/net/core/wmem_max: Permission denied -1:1:4194304 bash: line 36: /proc/sys/net/core/wmem_max: Permission denied 2147483647:1:4194304 bash: line 36: /proc/sys/net/core/wmem_max: Permission denied 2147483648:1:4194304 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/xfrm_acq_expires 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/xfrm_acq_expires)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/xfrm_aevent_etime 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/xfrm_aevent_etime)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/xfrm_aevent_rseqth 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/xfrm_aevent_rseqth)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:1:256 2147483647:0:2147483647 2147483648:0:2147483648 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/core/xfrm_larval_drop 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/core/xfrm_larval_drop)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/accept_local 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/accept_local)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/accept_redirects 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/accept_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/accept_source_route 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/accept_source_route)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/arp_accept 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/arp_accept)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/arp_announce 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/arp_announce)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/arp_evict_nocarrier 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/arp_evict_nocarrier)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/arp_filter 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/arp_filter)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/arp_ignore 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/arp_ignore)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/arp_notify 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/arp_notify)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/bc_forwarding 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/bc_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/bootp_relay 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/bootp_relay)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv4/conf/all/disable_policy 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv4/conf/all/disable_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
