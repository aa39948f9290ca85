net.netfilter.nf_log.N: the logger each protocol family of a namespace binds (nf_log_syslog binds nf_log_ipv4, arp, netdev, bridge, ipv6; nfnetlink_log is registered for every family), written by name in any case, NONE to unbind, ENOENT for a logger the family lacks; /proc/net/netfilter/nf_log; dash reports a failed echo into /proc as an I/O error.
  $ ip netns add a
  $ ip netns exec a ls /proc/sys/net/netfilter/nf_log
  0
  1
  10
  2
  3
  4
  5
  6
  7
  8
  9
  $ ip netns exec a sysctl net.netfilter.nf_log.2
  net.netfilter.nf_log.2 = nf_log_ipv4
  $ ip netns exec a sysctl -w net.netfilter.nf_log.2=nfnetlink_log
  net.netfilter.nf_log.2 = nfnetlink_log
  $ ip netns exec a sysctl -w net.netfilter.nf_log.2=NONE
  net.netfilter.nf_log.2 = NONE
  $ ip netns exec a sysctl net.netfilter.nf_log.2
  net.netfilter.nf_log.2 = NONE
  $ ip netns exec a sysctl -w net.netfilter.nf_log.2=nf_log_arp
  sysctl: setting key "net.netfilter.nf_log.2": No such file or directory
  [1]
  $ ip netns exec a sysctl -w net.netfilter.nf_log.2=NF_LOG_IPV4
  net.netfilter.nf_log.2 = NF_LOG_IPV4
  $ ip netns exec a sysctl -w net.netfilter.nf_log.2=nosuch
  sysctl: setting key "net.netfilter.nf_log.2": No such file or directory
  [1]
  $ ip netns exec a sysctl -w net.netfilter.nf_log.4=nf_log_ipv4
  sysctl: setting key "net.netfilter.nf_log.4": No such file or directory
  [1]
  $ ip netns exec a cat /proc/net/netfilter/nf_log
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
  $ ip netns exec a sh -c 'echo none > /proc/sys/net/netfilter/nf_log.2'
  sh: 1: cannot create /proc/sys/net/netfilter/nf_log.2: Directory nonexistent
  [2]
  $ ip netns exec a sh -c 'echo none > /proc/sys/net/netfilter/nf_log/2'
  sh: 1: echo: echo: I/O error
  [1]
  $ ip netns exec a sh -c 'echo NONE > /proc/sys/net/netfilter/nf_log/2; cat /proc/sys/net/netfilter/nf_log/2'
  NONE
  $ ip netns exec a ls -l /proc/sys/net/netfilter/nf_log | sed -E 's/ [A-Z][a-z]{2} .*:[0-9]{2} / DATE /'
  total 0
  -rw-r--r-- 1 root root 0 DATE 0
  -rw-r--r-- 1 root root 0 DATE 1
  -rw-r--r-- 1 root root 0 DATE 10
  -rw-r--r-- 1 root root 0 DATE 2
  -rw-r--r-- 1 root root 0 DATE 3
  -rw-r--r-- 1 root root 0 DATE 4
  -rw-r--r-- 1 root root 0 DATE 5
  -rw-r--r-- 1 root root 0 DATE 6
  -rw-r--r-- 1 root root 0 DATE 7
  -rw-r--r-- 1 root root 0 DATE 8
  -rw-r--r-- 1 root root 0 DATE 9
