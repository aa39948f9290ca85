Each writable key of sysctl -a (part 11, net.netfilter.nf_conntrack_tcp_ignore_invalid_rst to net.netfilter.nf_log.7) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_ignore_invalid_rst 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_ignore_invalid_rst)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_loose 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_loose)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:1 255:1:1 256:1:1 -1:1:1 2147483647:1:1 2147483648:1:1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_max_retrans 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_max_retrans)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:1:255 -1:1:255 2147483647:1:255 2147483648:1:255 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_close 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_close)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_close_wait 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_close_wait)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_established 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_established)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_fin_wait 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_fin_wait)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_last_ack 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_last_ack)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_max_retrans 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_max_retrans)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_syn_recv 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_syn_recv)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_syn_sent 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_syn_sent)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_time_wait 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_time_wait)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_unacknowledged 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_unacknowledged)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_timestamp 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_timestamp)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_udp_timeout 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_udp_timeout)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_conntrack_udp_timeout_stream 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_conntrack_udp_timeout_stream)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/0 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/0)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:NONE 255:1:NONE 256:1:NONE -1:1:NONE 2147483647:1:NONE 2147483648:1:NONE 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/1 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/1)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:NONE 255:1:NONE 256:1:NONE -1:1:NONE 2147483647:1:NONE 2147483648:1:NONE 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/10 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/10)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:nf_log_ipv6 255:1:nf_log_ipv6 256:1:nf_log_ipv6 -1:1:nf_log_ipv6 2147483647:1:nf_log_ipv6 2147483648:1:nf_log_ipv6 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/2 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/2)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:nf_log_ipv4 255:1:nf_log_ipv4 256:1:nf_log_ipv4 -1:1:nf_log_ipv4 2147483647:1:nf_log_ipv4 2147483648:1:nf_log_ipv4 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/3 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/3)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:nf_log_arp 255:1:nf_log_arp 256:1:nf_log_arp -1:1:nf_log_arp 2147483647:1:nf_log_arp 2147483648:1:nf_log_arp 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/4 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/4)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:NONE 255:1:NONE 256:1:NONE -1:1:NONE 2147483647:1:NONE 2147483648:1:NONE 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/5 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/5)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:nf_log_netdev 255:1:nf_log_netdev 256:1:nf_log_netdev -1:1:nf_log_netdev 2147483647:1:nf_log_netdev 2147483648:1:nf_log_netdev 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/6 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/6)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:NONE 255:1:NONE 256:1:NONE -1:1:NONE 2147483647:1:NONE 2147483648:1:NONE 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/7 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/7)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:nf_log_bridge 255:1:nf_log_bridge 256:1:nf_log_bridge -1:1:nf_log_bridge 2147483647:1:nf_log_bridge 2147483648:1:nf_log_bridge 
