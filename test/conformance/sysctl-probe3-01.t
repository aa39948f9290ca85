Words, signs, hex, octal, several numbers and empty writes to every third sysctl key (part 1, net.core.optmem_max to net.ipv4.icmp_echo_ignore_broadcasts): what each handler's parser (proc_get_long, kstrtoul...) takes, and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/core/optmem_max 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/core/optmem_max)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:131072 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/core/txrehash 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/core/txrehash)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/core/xfrm_acq_expires 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/core/xfrm_acq_expires)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:30 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/core/xfrm_larval_drop 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/core/xfrm_larval_drop)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/accept_source_route 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/accept_source_route)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/arp_evict_nocarrier 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/arp_evict_nocarrier)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/arp_notify 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/arp_notify)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/disable_policy 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/disable_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/drop_unicast_in_l2_multicast 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/drop_unicast_in_l2_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/igmpv2_unsolicited_report_interval 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/igmpv2_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:10000 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/log_martians 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/log_martians)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/promote_secondaries 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/promote_secondaries)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/route_localnet 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/route_localnet)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/send_redirects 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/send_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/all/tag 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/all/tag)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/accept_source_route 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/accept_source_route)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/arp_evict_nocarrier 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_evict_nocarrier)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/arp_notify 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_notify)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/disable_policy 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/disable_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/drop_unicast_in_l2_multicast 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/drop_unicast_in_l2_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/igmpv2_unsolicited_report_interval 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/igmpv2_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:10000 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/log_martians 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/log_martians)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/promote_secondaries 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/promote_secondaries)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/route_localnet 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/route_localnet)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/send_redirects 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/send_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/tag 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/tag)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/fib_multipath_hash_seed 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/fib_multipath_hash_seed)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/fwmark_reflect 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/fwmark_reflect)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/icmp_echo_ignore_broadcasts 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/icmp_echo_ignore_broadcasts)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
