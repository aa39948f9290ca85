Words, signs, hex, octal, several numbers and empty writes to every third sysctl key (part 3, net.ipv4.tcp_orphan_retries to net.netfilter.nf_log.1): what each handler's parser (proc_get_long, kstrtoul...) takes, and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_orphan_retries 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_orphan_retries)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_pingpong_thresh 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_pingpong_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_plb_idle_rehash_rounds 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_plb_idle_rehash_rounds)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:3 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_probe_interval 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_probe_interval)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:600 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_reflect_tos 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_reflect_tos)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_retries1 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_retries1)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:3 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_rmem 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_rmem)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:4096 131072 33554432 [1 2]:1:4096 131072 33554432 [0x10]:1:4096 131072 33554432 [5abc]:1:4096 131072 33554432 [+3]:1:4096 131072 33554432 [  7]:1:4096 131072 33554432 [010]:1:4096 131072 33554432 []:1:4096 131072 33554432 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_sack 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_sack)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_stdurg 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_stdurg)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_synack_retries 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_synack_retries)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:5 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_timestamps 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_timestamps)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_tw_reuse 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_tw_reuse)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:2 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/tcp_wmem 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/tcp_wmem)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:4096 16384 4194304 [1 2]:0:1 2 4194304 [0x10]:0:16 2 4194304 [5abc]:1:16 2 4194304 [+3]:1:16 2 4194304 [  7]:0:7 2 4194304 [010]:0:8 2 4194304 []:1:8 2 4194304 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/udp_early_demux 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/udp_early_demux)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/udp_rmem_min 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/udp_rmem_min)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:4096 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_acct 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_acct)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_count 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_count)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 60: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied [abc]:1:0 bash: line 60: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied [1 2]:1:0 bash: line 60: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied [0x10]:1:0 bash: line 60: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied [5abc]:1:0 bash: line 60: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied [+3]:1:0 bash: line 60: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied [  7]:1:0 bash: line 60: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied [010]:1:0 bash: line 60: /proc/sys/net/netfilter/nf_conntrack_count: Permission denied []:1:0 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_frag6_high_thresh 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_frag6_high_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:4194304 [1 2]:1:4194304 [0x10]:1:4194304 [5abc]:1:4194304 [+3]:1:4194304 [  7]:1:4194304 [010]:1:4194304 []:1:4194304 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_generic_timeout 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_generic_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:600 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_icmp_timeout 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_icmp_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:30 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_max 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_max)"; done 2>&1 | tr '\n\t' ' '; echo
  bash: line 72: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied [abc]:1:262144 bash: line 72: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied [1 2]:1:262144 bash: line 72: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied [0x10]:1:262144 bash: line 72: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied [5abc]:1:262144 bash: line 72: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied [+3]:1:262144 bash: line 72: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied [  7]:1:262144 bash: line 72: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied [010]:1:262144 bash: line 72: /proc/sys/net/netfilter/nf_conntrack_max: Permission denied []:1:262144 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_cookie_wait 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_cookie_wait)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:3 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_shutdown_ack_sent 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_sctp_timeout_shutdown_ack_sent)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:3 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_tcp_be_liberal 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_be_liberal)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:1:1 [5abc]:1:1 [+3]:1:1 [  7]:1:1 [010]:1:1 []:1:1 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_tcp_max_retrans 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_max_retrans)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:3 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_established 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_established)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:432000 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_max_retrans 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_max_retrans)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:300 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_time_wait 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_time_wait)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:120 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_conntrack_udp_timeout 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_udp_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:30 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_log/1 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_log/1)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:NONE [1 2]:1:NONE [0x10]:1:NONE [5abc]:1:NONE [+3]:1:NONE [  7]:1:NONE [010]:1:NONE []:1:NONE 
