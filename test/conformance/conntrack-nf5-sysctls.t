Conntrack sysctls in a namespace: timeouts cut entries, be_liberal/log_invalid/checksum values and range errors, count and max.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_icmp_timeout net.netfilter.nf_conntrack_udp_timeout net.netfilter.nf_conntrack_udp_timeout_stream net.netfilter.nf_conntrack_generic_timeout
  net.netfilter.nf_conntrack_icmp_timeout = 30
  net.netfilter.nf_conntrack_udp_timeout = 30
  net.netfilter.nf_conntrack_udp_timeout_stream = 120
  net.netfilter.nf_conntrack_generic_timeout = 600
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_tcp_be_liberal net.netfilter.nf_conntrack_tcp_loose net.netfilter.nf_conntrack_log_invalid net.netfilter.nf_conntrack_checksum net.netfilter.nf_conntrack_acct net.netfilter.nf_conntrack_timestamp
  net.netfilter.nf_conntrack_tcp_be_liberal = 0
  net.netfilter.nf_conntrack_tcp_loose = 1
  net.netfilter.nf_conntrack_log_invalid = 0
  net.netfilter.nf_conntrack_checksum = 1
  net.netfilter.nf_conntrack_acct = 0
  net.netfilter.nf_conntrack_timestamp = 0
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_icmp_timeout=2
  net.netfilter.nf_conntrack_icmp_timeout = 2
  $ ip netns exec a ping -c 1 -q 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_count
  net.netfilter.nf_conntrack_count = 1
  $ ip netns exec b conntrack -C
  1
  $ sleep 3; ip netns exec b conntrack -C
  1
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_count
  net.netfilter.nf_conntrack_count = 1
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_udp_timeout=1
  net.netfilter.nf_conntrack_udp_timeout = 1
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.2 9'
  $ ip netns exec b conntrack -L -p udp 2>&1 | sed -E 's/sport=[0-9]+/sport=P/; s/dport=[0-9]{5}/dport=P/; s/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=P dport=9 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9 dport=P mark=0 use=1
  $ sleep 2; ip netns exec b conntrack -L -p udp 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=2
  sysctl: setting key "net.netfilter.nf_conntrack_tcp_be_liberal": Invalid argument
  [1]
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_tcp_be_liberal
  net.netfilter.nf_conntrack_tcp_be_liberal = 0
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_log_invalid=256
  sysctl: setting key "net.netfilter.nf_conntrack_log_invalid": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_log_invalid=6
  net.netfilter.nf_conntrack_log_invalid = 6
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_checksum=5
  sysctl: setting key "net.netfilter.nf_conntrack_checksum": Invalid argument
  [1]
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_checksum
  net.netfilter.nf_conntrack_checksum = 1
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_acct=1
  net.netfilter.nf_conntrack_acct = 1
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b conntrack -L -p icmp 2>&1 | sed -E 's/id=[0-9]+/id=ID/g; s/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=ID packets=2 bytes=168 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=ID packets=2 bytes=168 mark=0 use=1
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_max=1
  sysctl: setting key "net.netfilter.nf_conntrack_max": Invalid argument
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_max net.nf_conntrack_max
  net.netfilter.nf_conntrack_max = 262144
  sysctl: cannot stat /proc/sys/net/nf_conntrack_max: No such file or directory
  [1]
  $ ip netns exec b cat /proc/sys/net/netfilter/nf_conntrack_buckets > /dev/null; echo $?
  0
  $ ip netns exec b sh -c 'echo 5 > /proc/sys/net/netfilter/nf_conntrack_buckets'
  sh: 1: cannot create /proc/sys/net/netfilter/nf_conntrack_buckets: Permission denied
  [2]
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      198            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
