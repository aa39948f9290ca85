nfnetlink_log seen from /proc and sysctl: tcpdump -i nflog binds nfnetlink_log as the IPv4 logger of the namespace (NFULNL_CFG_CMD_PF_UNBIND then PF_BIND), which stays after it exits; /proc/net/netfilter/nfnetlink_log lists the bound group (portid masked) while the capture runs; a second capture of the same group fails.
  $ ip link set lo up
  $ cat /proc/net/netfilter/nf_log
   0 NONE (nfnetlink_log)
   1 NONE (nfnetlink_log)
   2 nf_log_ipv4 (nf_log_ipv4,nfnetlink_log)
   3 nf_log_arp (nf_log_arp,nfnetlink_log)
   4 NONE (nfnetlink_log)
   5 nf_log_netdev (nf_log_netdev,nfnetlink_log)
   6 NONE (nfnetlink_log)
   7 nf_log_bridge (nf_log_bridge,nfnetlink_log)
   8 NONE (nfnetlink_log)
   9 NONE (nfnetlink_log)
  10 nf_log_ipv6 (nf_log_ipv6,nfnetlink_log)
  $ sysctl net.netfilter.nf_log.2 net.netfilter.nf_log.10
  net.netfilter.nf_log.2 = nf_log_ipv4
  net.netfilter.nf_log.10 = nf_log_ipv6
  $ cat /proc/net/netfilter/nfnetlink_log
  $ iptables -A OUTPUT -p icmp -j NFLOG --nflog-group 6
  $ sh -c 'timeout 2 tcpdump -n -i nflog:6 > n6.out 2>&1 &'; sleep 0.3
  $ ping -c 1 127.0.0.1 > /dev/null
  $ sed -E 's/^( +[0-9]+) +[0-9]+ /\1 PORTID /' /proc/net/netfilter/nfnetlink_log
      6 PORTID     2 2 65531    100  2
  $ tcpdump -n -c 1 -i nflog:6 2>&1
  tcpdump: Can't listen on group index: Operation not permitted
  [1]
  $ sleep 2; sed -E 's/^[0-9]{2}:[0-9:.]+ /TS /; s/id [0-9]+,/id N,/' n6.out
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on nflog:6, link-type NFLOG (Linux netfilter log messages), snapshot length 262144 bytes
  TS IP 127.0.0.1 > 127.0.0.1: ICMP echo request, id N, seq 1, length 64
  TS IP 127.0.0.1 > 127.0.0.1: ICMP echo reply, id N, seq 1, length 64
  
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ cat /proc/net/netfilter/nfnetlink_log
  $ cat /proc/net/netfilter/nf_log
   0 NONE (nfnetlink_log)
   1 NONE (nfnetlink_log)
   2 nfnetlink_log (nf_log_ipv4,nfnetlink_log)
   3 nf_log_arp (nf_log_arp,nfnetlink_log)
   4 NONE (nfnetlink_log)
   5 nf_log_netdev (nf_log_netdev,nfnetlink_log)
   6 NONE (nfnetlink_log)
   7 nf_log_bridge (nf_log_bridge,nfnetlink_log)
   8 NONE (nfnetlink_log)
   9 NONE (nfnetlink_log)
  10 nf_log_ipv6 (nf_log_ipv6,nfnetlink_log)
  $ sysctl net.netfilter.nf_log.2
  net.netfilter.nf_log.2 = nfnetlink_log
  $ sysctl -w net.netfilter.nf_log.2=NONE
  net.netfilter.nf_log.2 = NONE
  $ cat /proc/net/netfilter/nfnetlink_queue
  $ tcpdump -i nflog:70000 2>&1
  tcpdump: Netfilter group range from 0 to 65535 (got 70000)
  [1]
  $ tcpdump -i nflog:x 2>&1
  tcpdump: Can't get netfilter group(s) index from nflog:x
  [1]
