TCP mid-stream pickup: a connection's entry is flushed while data still flows; with nf_conntrack_tcp_loose=1 the next segment makes a new ESTABLISHED entry (tcp_new picks it up), with tcp_loose=0 the segments get no entry and match --ctstate INVALID (conntrack -S invalid); the data gets through either way.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p tcp -m conntrack --ctstate INVALID
  $ ip netns exec b iptables -A INPUT -p tcp -m conntrack --ctstate NEW
  $ ip netns exec b iptables -A INPUT -p tcp -m conntrack --ctstate ESTABLISHED
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_tcp_loose
  net.netfilter.nf_conntrack_tcp_loose = 1
  $ ip netns exec b sh -c 'nc -l -p 80 > out 2>&1 &'; sleep 0.2
  $ ip netns exec a sh -c '(echo one; sleep 1; echo two; sleep 1; echo three; sleep 1) | nc -N -p 40000 10.0.0.2 80 &'; sleep 0.5
  $ ip netns exec b conntrack -L -p tcp 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec b conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ sleep 1; ip netns exec b conntrack -L -p tcp 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 mark=0 use=1
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_tcp_loose=0
  net.netfilter.nf_conntrack_tcp_loose = 0
  $ ip netns exec b conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ sleep 1; ip netns exec b conntrack -L -p tcp 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ sleep 1.5; ip netns exec b cat out
  one
  two
  three
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      162            6    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
         2      116            6    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
         2      108            6    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate ESTABLISHED
  $ ip netns exec b conntrack -L 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack -S | sed -E 's/.* invalid=([0-9]+) .*/\1/' | awk '{s+=$1} END {print s}'
  5
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_max=10
  sysctl: setting key "net.netfilter.nf_conntrack_max": Invalid argument
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_tcp_loose=2
  sysctl: setting key "net.netfilter.nf_conntrack_tcp_loose": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_tcp_loose=2
  sysctl: setting key "net.netfilter.nf_conntrack_tcp_loose": Invalid argument
  [1]
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_tcp_loose
  net.netfilter.nf_conntrack_tcp_loose = 0
