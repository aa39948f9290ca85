Words, signs, hex, octal, several numbers and empty writes to every third sysctl key (part 4, net.netfilter.nf_log.3 to net.ipv4.neigh.d0.unres_qlen): what each handler's parser (proc_get_long, kstrtoul...) takes, and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_log/3 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_log/3)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:nf_log_arp [1 2]:1:nf_log_arp [0x10]:1:nf_log_arp [5abc]:1:nf_log_arp [+3]:1:nf_log_arp [  7]:1:nf_log_arp [010]:1:nf_log_arp []:1:nf_log_arp 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_log/6 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_log/6)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:NONE [1 2]:1:NONE [0x10]:1:NONE [5abc]:1:NONE [+3]:1:NONE [  7]:1:NONE [010]:1:NONE []:1:NONE 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/netfilter/nf_log/9 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/netfilter/nf_log/9)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:NONE [1 2]:1:NONE [0x10]:1:NONE [5abc]:1:NONE [+3]:1:NONE [  7]:1:NONE [010]:1:NONE []:1:NONE 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/accept_redirects 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/accept_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/arp_announce 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_announce)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/arp_ignore 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/arp_ignore)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/bootp_relay 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/bootp_relay)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/drop_gratuitous_arp 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/drop_gratuitous_arp)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/forwarding 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/ignore_routes_with_linkdown 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/ignore_routes_with_linkdown)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/medium_id 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/medium_id)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/proxy_arp_pvlan 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/proxy_arp_pvlan)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/secure_redirects 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/secure_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/d0/src_valid_mark 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/d0/src_valid_mark)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/accept_redirects 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/accept_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/arp_announce 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/arp_announce)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/arp_ignore 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/arp_ignore)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/bootp_relay 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/bootp_relay)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/drop_gratuitous_arp 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/drop_gratuitous_arp)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/forwarding 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/forwarding)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/ignore_routes_with_linkdown 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/ignore_routes_with_linkdown)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/medium_id 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/medium_id)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/proxy_arp_pvlan 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/proxy_arp_pvlan)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/secure_redirects 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/secure_redirects)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:1 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/conf/default/src_valid_mark 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/conf/default/src_valid_mark)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/app_solicit 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/app_solicit)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/gc_stale_time 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/gc_stale_time)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:60 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/mcast_resolicit 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/mcast_resolicit)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:0 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/proxy_qlen 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/proxy_qlen)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:64 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
  $ for v in abc '1 2' 0x10 5abc +3 '  7' 010 ''; do echo "$v" > /proc/sys/net/ipv4/neigh/d0/unres_qlen 2>/dev/null; echo "[$v]:$?:$(cat /proc/sys/net/ipv4/neigh/d0/unres_qlen)"; done 2>&1 | tr '\n\t' ' '; echo
  [abc]:1:101 [1 2]:0:1 [0x10]:0:16 [5abc]:1:16 [+3]:1:16 [  7]:0:7 [010]:0:8 []:1:8 
