TCP and UDP conntrack states and timeouts on a router: an unanswered SYN (SYN_SENT, 120 s, [UNREPLIED]), a SYN answered by a reset (CLOSE, 10 s), an open connection (ESTABLISHED [ASSURED], 5 days), its close (TIME_WAIT, 120 s), a UDP flow replied once (30 s) and again after 2 s (a stream: [ASSURED], 120 s); --state filters; shorter timeout sysctls apply to the next packet.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate NEW,ESTABLISHED,RELATED
  $ ip netns exec b iptables -A INPUT -p tcp --dport 81 -j DROP
  $ ip netns exec a sh -c 'nc -w 1 -p 40001 203.0.113.2 81; echo rc=$?'
  rc=1
  $ ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/ 6 1[01][0-9] / 6 ~120 /' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 ~120 SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=81 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=81 dport=40001 mark=0 use=1
  $ ip netns exec a sh -c 'nc -w 1 -p 40002 203.0.113.2 82; echo rc=$?'
  rc=1
  $ ip netns exec r conntrack -L -p tcp --state CLOSE 2>&1 | sed -E 's/ 6 [0-9] / 6 ~10 /' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b sh -c 'nc -l -p 80 > t.out &'; sleep 0.2
  $ ip netns exec a sh -c '(echo one; sleep 2) | nc -N -p 40003 203.0.113.2 80 &'; sleep 0.5
  $ ip netns exec r conntrack -L -p tcp --state ESTABLISHED 2>&1 | sed -E 's/ 6 43[0-9]{4} / 6 ~432000 /' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 ~432000 ESTABLISHED src=192.168.1.2 dst=203.0.113.2 sport=40003 dport=80 src=203.0.113.2 dst=192.168.1.2 sport=80 dport=40003 [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -L -p tcp --state SYN_SENT 2>&1 | sed -E 's/ 6 1[01][0-9] / 6 ~120 /' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 ~120 SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=81 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=81 dport=40001 mark=0 use=1
  $ sleep 2; ip netns exec r conntrack -L -p tcp --state TIME_WAIT 2>&1 | sed -E 's/ 6 1[01][0-9] / 6 ~120 /' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 ~120 TIME_WAIT src=192.168.1.2 dst=203.0.113.2 sport=40003 dport=80 src=203.0.113.2 dst=192.168.1.2 sport=80 dport=40003 [ASSURED] mark=0 use=1
  $ ip netns exec b cat t.out
  one
  $ ip netns exec b sh -c 'socat UDP4-RECVFROM:53,fork EXEC:cat > /dev/null 2>&1 &'; sleep 0.2
  $ ip netns exec a sh -c '(echo q1; sleep 2.5; echo q2; sleep 0.3) | nc -u -p 5353 203.0.113.2 53 > u.out &'; sleep 0.5
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ 17 [23][0-9] / 17 ~30 /; s/ 17 1[01][0-9] / 17 ~120 /' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 ~30 src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=53 src=203.0.113.2 dst=192.168.1.2 sport=53 dport=5353 mark=0 use=1
  $ sleep 2.5; ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ 17 [23][0-9] / 17 ~30 /; s/ 17 1[01][0-9] / 17 ~120 /' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 ~120 src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=53 src=203.0.113.2 dst=192.168.1.2 sport=53 dport=5353 [ASSURED] mark=0 use=1
  $ ip netns exec r sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=7
  net.netfilter.nf_conntrack_udp_timeout_stream = 7
  $ ip netns exec r sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=3
  net.netfilter.nf_conntrack_tcp_timeout_syn_sent = 3
  $ ip netns exec a sh -c 'nc -w 1 -p 40004 203.0.113.2 81; echo rc=$?'
  rc=1
  $ ip netns exec r conntrack -L -p tcp --state SYN_SENT 2>&1 | sed -E 's/ 6 [0-9]{2,} / 6 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  tcp      6 1 SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=40004 dport=81 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=81 dport=40004 mark=0 use=1
  tcp      6 T SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=81 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=81 dport=40001 mark=0 use=1
  $ ip netns exec r conntrack -L -p tcp --state SYN_SENT --sport 40004 2>&1 | sed -E 's/ 6 [0-9]{2,} / 6 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 1 SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=40004 dport=81 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=81 dport=40004 mark=0 use=1
  $ sleep 3; ip netns exec r conntrack -L -p tcp --state SYN_SENT 2>&1 | sed -E 's/ 6 [0-9]{2,} / 6 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=81 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=81 dport=40001 mark=0 use=1
  $ ip netns exec r conntrack -L -p tcp --state BOGUS 2>&1
  conntrack v1.4.7 (conntrack-tools): unknown TCP state `BOGUS'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec r conntrack -L -p udp --state ESTABLISHED 2>&1
  conntrack v1.4.7 (conntrack-tools): unknown option `--state'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ cat u.out
  q1
  q2
  $ ip netns exec r iptables -L FORWARD -n
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
             0    --  0.0.0.0/0            0.0.0.0/0            ctstate NEW,RELATED,ESTABLISHED
  $ ip netns pids b | xargs -r kill
