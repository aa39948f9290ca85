ICMP errors and conntrack: an error about a flow the host never tracked (NOTRACK on the way out) has no connection: --ctstate INVALID matches it (nf_conntrack_inet_error finds no entry), while an error about a tracked flow is RELATED; errors counted in conntrack -S.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a iptables -A INPUT -p icmp -m conntrack --ctstate INVALID
  $ ip netns exec a iptables -A INPUT -p icmp -m conntrack --ctstate RELATED
  $ ip netns exec a iptables -A INPUT -p icmp -m conntrack --ctstate UNTRACKED
  $ ip netns exec a iptables -A INPUT -p icmp -m conntrack --ctstate NEW,ESTABLISHED
  $ ip netns exec a iptables -t raw -A OUTPUT -p udp --dport 9 -j NOTRACK
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.2 9; echo rc=$?'
  rc=0
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.2 10; echo rc=$?'
  rc=0
  $ ip netns exec a iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       58            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
         1       58            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED
         0        0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate UNTRACKED
         0        0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED
  $ ip netns exec a conntrack -L 2>&1 | sed -E 's/ 17 [0-9]+ / 17 T /; s/port=[0-9]{5}/port=P/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=P dport=10 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=10 dport=P mark=0 use=1
  $ ip netns exec a conntrack -S | sed -E 's/.* invalid=([0-9]+) .*/\1/' | awk '{s+=$1} END {print s}'
  0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec b iptables -A INPUT -p icmp -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  From 10.0.0.2 icmp_seq=1 Destination Host Unreachable
  $ ip netns exec a iptables -t raw -A OUTPUT -p icmp -j NOTRACK
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  From 10.0.0.2 icmp_seq=1 Destination Host Unreachable
  $ ip netns exec a iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      170            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
         2      170            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED
         0        0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate UNTRACKED
         1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED
  $ ip netns exec a conntrack -L -p icmp 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /; s/id=[0-9]+/id=N/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=N [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=N mark=0 use=1
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=N src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=N mark=0 use=1
