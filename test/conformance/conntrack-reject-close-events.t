conntrack -E sees the close a firewall reset makes: REJECT --reject-with tcp-reset (iptables) and nft reject with tcp reset on an established connection turn its entry to CLOSE ([UPDATE] ... CLOSE, nf_conntrack_tcp_set_closing()'s IPCT_PROTOINFO event), then the entry is gone after the close timeout (the [DESTROY] event waits for the gc worker: left out); a shorter nf_conntrack_tcp_timeout_close is used at once.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0b:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.1/24 dev a0; ip -n r addr add 10.1.0.254/24 dev r0
  $ ip -n r addr add 10.2.0.254/24 dev r1; ip -n b addr add 10.2.0.1/24 dev b0
  $ ip -n a route add default via 10.1.0.254; ip -n b route add default via 10.2.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec b sh -c 'nc -k -l 80 >/dev/null 2>&1 & nc -k -l 81 >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec r sysctl -qw net.netfilter.nf_conntrack_tcp_timeout_close=3
  $ ip netns exec r sh -c 'conntrack -E -p tcp -o id > ev 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(sleep 2; echo hi; sleep 5) | nc -p 40000 10.2.0.1 80 & sleep 0.5'
  $ ip netns exec r iptables -A FORWARD -p tcp --dport 80 -j REJECT --reject-with tcp-reset
  $ sleep 3
  $ ip netns exec r conntrack -L -p tcp --dport 80 | sed -E 's/ [0-9] CLOSE/ T CLOSE/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T CLOSE src=10.1.0.1 dst=10.2.0.1 sport=40000 dport=80 src=10.2.0.1 dst=10.1.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ sleep 4
  $ ip netns exec r conntrack -L -p tcp --dport 80
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r iptables -D FORWARD 2
  $ ip netns exec r nft add table ip f
  $ ip netns exec r nft add chain ip f fw '{ type filter hook forward priority 0; }'
  $ ip netns exec a sh -c '(sleep 2; echo hi; sleep 5) | nc -p 40001 10.2.0.1 81 & sleep 0.5'
  $ ip netns exec r nft add rule ip f fw tcp dport 81 reject with tcp reset
  $ sleep 3
  $ ip netns exec r conntrack -L -p tcp --dport 81 | sed -E 's/ [0-9] CLOSE/ T CLOSE/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T CLOSE src=10.1.0.1 dst=10.2.0.1 sport=40001 dport=81 src=10.2.0.1 dst=10.1.0.1 sport=81 dport=40001 [ASSURED] mark=0 use=1
  $ ip netns exec r nft list chain ip f fw
  table ip f {
  	chain fw {
  		type filter hook forward priority filter; policy accept;
  		tcp dport 81 reject with tcp reset
  	}
  }
  $ sleep 4
  $ grep -v DESTROY ev | sed -E 's/ id=[0-9]+//'
      [NEW] tcp      6 120 SYN_SENT src=10.1.0.1 dst=10.2.0.1 sport=40000 dport=80 [UNREPLIED] src=10.2.0.1 dst=10.1.0.1 sport=80 dport=40000
   [UPDATE] tcp      6 60 SYN_RECV src=10.1.0.1 dst=10.2.0.1 sport=40000 dport=80 src=10.2.0.1 dst=10.1.0.1 sport=80 dport=40000
   [UPDATE] tcp      6 432000 ESTABLISHED src=10.1.0.1 dst=10.2.0.1 sport=40000 dport=80 src=10.2.0.1 dst=10.1.0.1 sport=80 dport=40000 [ASSURED]
   [UPDATE] tcp      6 3 CLOSE src=10.1.0.1 dst=10.2.0.1 sport=40000 dport=80 src=10.2.0.1 dst=10.1.0.1 sport=80 dport=40000 [ASSURED]
      [NEW] tcp      6 120 SYN_SENT src=10.1.0.1 dst=10.2.0.1 sport=40001 dport=81 [UNREPLIED] src=10.2.0.1 dst=10.1.0.1 sport=81 dport=40001
   [UPDATE] tcp      6 60 SYN_RECV src=10.1.0.1 dst=10.2.0.1 sport=40001 dport=81 src=10.2.0.1 dst=10.1.0.1 sport=81 dport=40001
   [UPDATE] tcp      6 432000 ESTABLISHED src=10.1.0.1 dst=10.2.0.1 sport=40001 dport=81 src=10.2.0.1 dst=10.1.0.1 sport=81 dport=40001 [ASSURED]
   [UPDATE] tcp      6 3 CLOSE src=10.1.0.1 dst=10.2.0.1 sport=40001 dport=81 src=10.2.0.1 dst=10.1.0.1 sport=81 dport=40001 [ASSURED]
  $ ip netns exec r conntrack -S | sed -E 's/^cpu=[0-9]+ +//; s/  +/ /g' | sort | uniq -c
        2 	found=0 invalid=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0 clash_resolve=0 chaintoolong=0 
  $ ip netns exec a nstat -az TcpEstabResets TcpAttemptFails | tail -n +2
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  2                  0.0
