Words, signs, hex, octal, several numbers and empty writes to every third sysctl key (part 5, net.ipv6.auto_flowlabels to net.ipv6.conf.default.forwarding): what each handler's parser (proc_get_long, kstrtoul...) takes, and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/auto_flowlabels 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/auto_flowlabels)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/accept_ra 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/accept_ra_min_hop_limit 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_min_hop_limit)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/accept_ra_pinfo 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_pinfo)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/accept_ra_rtr_pref 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_ra_rtr_pref)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/accept_untracked_na 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/accept_untracked_na)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/dad_transmits 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/dad_transmits)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/drop_unicast_in_l2_multicast 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/drop_unicast_in_l2_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/force_forwarding 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/force_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/forwarding 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/ioam6_enabled 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/ioam6_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/keep_addr_on_down 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/keep_addr_on_down)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/mldv1_unsolicited_report_interval 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/mldv1_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:10000 [1 2]:0:4 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:8 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/ndisc_evict_nocarrier 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/ndisc_evict_nocarrier)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/optimistic_dad 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/optimistic_dad)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/ra_honor_pio_life 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/ra_honor_pio_life)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/regen_min_advance 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/regen_min_advance)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:2 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/router_solicitation_interval 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/router_solicitation_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:4 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/rpl_seg_enabled 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/rpl_seg_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/temp_prefered_lft 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/temp_prefered_lft)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:86400 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/d0/use_optimistic 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/d0/use_optimistic)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/accept_ra 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/accept_ra_min_hop_limit 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_min_hop_limit)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/accept_ra_pinfo 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_pinfo)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/accept_ra_rtr_pref 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_ra_rtr_pref)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/accept_untracked_na 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/accept_untracked_na)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/dad_transmits 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/dad_transmits)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/drop_unicast_in_l2_multicast 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/drop_unicast_in_l2_multicast)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/force_forwarding 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/force_forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/forwarding 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
