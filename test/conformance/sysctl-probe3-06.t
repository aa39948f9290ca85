Words, signs, hex, octal, several numbers and empty writes to every third sysctl key (part 6, net.ipv6.conf.default.ioam6_enabled to net.ipv6.route.skip_notify_on_dev_down): what each handler's parser (proc_get_long, kstrtoul...) takes, and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/ioam6_enabled 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/ioam6_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/keep_addr_on_down 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/keep_addr_on_down)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/mldv1_unsolicited_report_interval 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/mldv1_unsolicited_report_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:10000 [1 2]:0:4 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:8 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/ndisc_evict_nocarrier 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/ndisc_evict_nocarrier)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/optimistic_dad 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/optimistic_dad)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/ra_honor_pio_life 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/ra_honor_pio_life)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/regen_min_advance 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/regen_min_advance)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:2 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/router_solicitation_interval 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/router_solicitation_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:4 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/rpl_seg_enabled 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/rpl_seg_enabled)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/temp_prefered_lft 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/temp_prefered_lft)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:86400 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/conf/default/use_optimistic 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/conf/default/use_optimistic)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/fib_multipath_hash_policy 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/fib_multipath_hash_policy)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/flowlabel_reflect 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/flowlabel_reflect)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:0:7 [010]:1:7 []:1:7 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/icmp/echo_ignore_all 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/icmp/echo_ignore_all)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/icmp/error_anycast_as_unicast 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/icmp/error_anycast_as_unicast)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/idgen_delay 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/idgen_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/ioam6_id_wide 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/ioam6_id_wide)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:72057594037927935 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/ip6frag_time 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/ip6frag_time)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:60 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/max_dst_opts_number 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/max_dst_opts_number)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:8 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/neigh/d0/anycast_delay 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/neigh/d0/anycast_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:100 [1 2]:0:0 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:6 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/neigh/d0/delay_first_probe_time 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/neigh/d0/delay_first_probe_time)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:5 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/neigh/d0/locktime 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/neigh/d0/locktime)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:0 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:6 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/neigh/d0/proxy_delay 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/neigh/d0/proxy_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:80 [1 2]:0:0 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:6 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/neigh/d0/ucast_solicit 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/neigh/d0/ucast_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:3 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/route/gc_elasticity 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/route/gc_elasticity)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:9 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/route/gc_min_interval_ms 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/route/gc_min_interval_ms)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:500 [1 2]:0:4 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:8 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/route/max_size 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/route/max_size)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:2147483647 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv6/route/skip_notify_on_dev_down 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv6/route/skip_notify_on_dev_down)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
