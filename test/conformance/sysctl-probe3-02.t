Words, signs, hex, octal, several numbers and empty writes to every third sysctl key (part 2, net.ipv4.icmp_msgs_burst to net.ipv4.tcp_no_metrics_save): what each handler's parser (proc_get_long, kstrtoul...) takes, and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/icmp_msgs_burst 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/icmp_msgs_burst)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:50 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/icmp_ratemask 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/icmp_ratemask)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:6168 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/igmp_max_msf 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/igmp_max_msf)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:10 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/ip_default_ttl 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/ip_default_ttl)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:64 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/ip_forward 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/ip_forward)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/ip_local_port_range)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:32768 60999 [1 2]:1:32768 60999 [0x10]:1:32768 60999 [5abc]:1:32768 60999 [+3]:1:32768 60999 [  7]:1:32768 60999 [010]:1:32768 60999 []:1:32768 60999 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/ip_nonlocal_bind 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/ip_nonlocal_bind)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/ipfrag_low_thresh 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/ipfrag_low_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:3145728 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/anycast_delay 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/anycast_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:100 [1 2]:0:0 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:6 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/delay_first_probe_time 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/delay_first_probe_time)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:5 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/locktime 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/locktime)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:100 [1 2]:0:0 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:6 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/proxy_delay 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/proxy_delay)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:80 [1 2]:0:0 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:6 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/ucast_solicit 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/ucast_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:3 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/nexthop_compat_mode 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/nexthop_compat_mode)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/route/min_adv_mss 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/route/min_adv_mss)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:256 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_abort_on_overflow 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_abort_on_overflow)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_autocorking 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_autocorking)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_challenge_ack_limit 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_challenge_ack_limit)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:2147483647 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_comp_sack_nr 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_comp_sack_nr)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:44 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_early_demux 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_early_demux)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_ecn_fallback 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_ecn_fallback)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_ehash_entries 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_ehash_entries)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 75: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied [abc]:1:-262144 bash: line 75: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied [1 2]:1:-262144 bash: line 75: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied [0x10]:1:-262144 bash: line 75: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied [5abc]:1:-262144 bash: line 75: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied [+3]:1:-262144 bash: line 75: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied [  7]:1:-262144 bash: line 75: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied [010]:1:-262144 bash: line 75: /proc/sys/net/ipv4/tcp_ehash_entries: Permission denied []:1:-262144 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_fastopen_blackhole_timeout_sec 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_fastopen_blackhole_timeout_sec)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_frto 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_frto)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:2 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_keepalive_intvl 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_keepalive_intvl)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:75 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_l3mdev_accept 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_l3mdev_accept)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_max_syn_backlog 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_max_syn_backlog)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:2048 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_min_rtt_wlen 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_min_rtt_wlen)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:300 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_moderate_rcvbuf 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_moderate_rcvbuf)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_no_metrics_save 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_no_metrics_save)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
