TCP timeouts for unanswered data on a router: once the server stops acknowledging (its INPUT drops the flow), the retransmissions bring the ESTABLISHED entry down to 300 s (nf_conntrack_tcp_timeout_max_retrans once tcp_max_retrans retransmissions are seen, which wins over a shorter nf_conntrack_tcp_timeout_unacknowledged: tcp_packet()), each retransmission refreshing it.
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
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate ESTABLISHED
  $ ip netns exec r sysctl net.netfilter.nf_conntrack_tcp_timeout_unacknowledged net.netfilter.nf_conntrack_tcp_timeout_max_retrans net.netfilter.nf_conntrack_tcp_max_retrans
  net.netfilter.nf_conntrack_tcp_timeout_unacknowledged = 300
  net.netfilter.nf_conntrack_tcp_timeout_max_retrans = 300
  net.netfilter.nf_conntrack_tcp_max_retrans = 3
  $ ip netns exec b sh -c 'nc -l -p 80 > t.out &'; sleep 0.2
  $ ip netns exec a sh -c '(echo one; sleep 1; echo two; sleep 6) | nc -p 40000 203.0.113.2 80 > /dev/null 2>&1 &'; sleep 0.5
  $ ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/ 6 43[0-9]{4} / 6 ~432000 /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 ~432000 ESTABLISHED src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=192.168.1.2 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec b iptables -A INPUT -p tcp --dport 80 -j DROP
  $ sleep 1.5; ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/ 6 (29[0-9]|300) / 6 ~300 /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 ~300 ESTABLISHED src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=192.168.1.2 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec r sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=50
  net.netfilter.nf_conntrack_tcp_timeout_unacknowledged = 50
  $ sleep 1.5; ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/ 6 (4[0-9]|50) / 6 ~50 /; s/ 6 (29[0-9]|300) / 6 ~300 /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 ~300 ESTABLISHED src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=192.168.1.2 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ sleep 3; ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/ 6 (4[0-9]|50) / 6 ~50 /; s/ 6 (29[0-9]|300) / 6 ~300 /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 ~300 ESTABLISHED src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=192.168.1.2 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec b cat t.out
  one
  $ ip netns exec r iptables -L FORWARD -n
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
             0    --  0.0.0.0/0            0.0.0.0/0            ctstate ESTABLISHED
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
