Conntrack accounting (nf_conntrack_acct=1) on a masquerading router: packets= and bytes= of each direction in conntrack -L, -o extended and /proc/net/nf_conntrack for ICMP, UDP and a TCP exchange; entries made before acct was set have no counters; conntrack -Z zeroes them (the old values printed).
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
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec a ping -c 1 -e 100 203.0.113.2 > /dev/null
  $ ip netns exec r sysctl -w net.netfilter.nf_conntrack_acct=1
  net.netfilter.nf_conntrack_acct = 1
  $ ip netns exec a ping -c 3 -i 0.2 -e 101 -s 100 203.0.113.2 > /dev/null
  $ ip netns exec a ping -c 1 -e 100 203.0.113.2 > /dev/null
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=100 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=100 mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=101 packets=3 bytes=384 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=101 packets=3 bytes=384 mark=0 use=1
  $ ip netns exec b sh -c 'nc -u -l -p 53 > u.out & sleep 0.2'
  $ ip netns exec a sh -c 'printf "%s\n" q1 q22 q333 | nc -u -w 1 -p 5353 203.0.113.2 53'
  $ ip netns exec r conntrack -L -p udp -o extended 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  ipv4     2 udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=53 packets=1 bytes=40 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=5353 packets=0 bytes=0 mark=0 use=1
  $ ip netns exec b sh -c 'nc -l -p 80 > t.out &'; sleep 0.2
  $ ip netns exec a sh -c 'echo hello | nc -N -p 40000 203.0.113.2 80'
  $ sleep 0.5; ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/ +[0-9]+ TIME_WAIT/ T TIME_WAIT/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 packets=5 bytes=274 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 packets=3 bytes=164 [ASSURED] mark=0 use=1
  $ ip netns exec r sed -E 's/ +[0-9]+ TIME_WAIT/ T TIME_WAIT/; s/ (17|1) +[0-9]+ / \1 T /' /proc/net/nf_conntrack | sort
  ipv4     2 icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=100 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=100 mark=0 zone=0 use=2
  ipv4     2 icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=101 packets=3 bytes=384 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=101 packets=3 bytes=384 mark=0 zone=0 use=2
  ipv4     2 tcp      6 T TIME_WAIT src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 packets=5 bytes=274 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 packets=3 bytes=164 [ASSURED] mark=0 zone=0 use=2
  ipv4     2 udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=53 packets=1 bytes=40 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=5353 packets=0 bytes=0 mark=0 zone=0 use=2
  $ ip netns exec r conntrack -L -p icmp -Z 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  Try `conntrack -h' or 'conntrack --help' for more information.
  conntrack v1.4.7 (conntrack-tools): unknown option `-Z'
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=100 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=100 mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=101 packets=3 bytes=384 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=101 packets=3 bytes=384 mark=0 use=1
  $ ip netns exec r sysctl -w net.netfilter.nf_conntrack_acct=0
  net.netfilter.nf_conntrack_acct = 0
  $ ip netns exec a ping -c 1 -e 100 203.0.113.2 > /dev/null
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=100 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=100 mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=101 packets=3 bytes=384 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=101 packets=3 bytes=384 mark=0 use=1
