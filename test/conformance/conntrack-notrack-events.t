CT --notrack in the raw table (state UNTRACKED, no entry), and conntrack -E events of a TCP connection, bounded with timeout.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -t raw -A PREROUTING -p icmp -j CT --notrack
  $ ip netns exec b iptables -t raw -A OUTPUT -p icmp -j NOTRACK
  $ ip netns exec b iptables -A INPUT -m conntrack --ctstate UNTRACKED
  $ ip netns exec b iptables -A INPUT -m state --state NEW
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep -c 'bytes from'
  2
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate UNTRACKED
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            state NEW
  $ ip netns exec b conntrack -L
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 CT         1    --  *      *       0.0.0.0/0            0.0.0.0/0            CT notrack
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 CT         1    --  *      *       0.0.0.0/0            0.0.0.0/0            NOTRACK
  $ ip netns exec b sh -c 'nc -l -p 80 > out 2>&1 &'; sleep 0.2
  $ ip netns exec b sh -c 'timeout 2 conntrack -E -p tcp > ev.out 2>&1 &'; sleep 0.3
  $ ip netns exec a sh -c 'echo hi | nc -N -w 2 -p 40000 10.0.0.2 80'
  $ sleep 2.5; ip netns exec b sed -E 's/ 6 [0-9]+ / 6 T /' ev.out
      [NEW] tcp      6 T SYN_SENT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000
   [UPDATE] tcp      6 T SYN_RECV src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000
   [UPDATE] tcp      6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED]
   [UPDATE] tcp      6 T FIN_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED]
   [UPDATE] tcp      6 T LAST_ACK src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED]
   [UPDATE] tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED]
  conntrack v1.4.7 (conntrack-tools): 6 flow events have been shown.
  $ ip netns exec b conntrack -D -p tcp 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=1
