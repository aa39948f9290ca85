conntrack's NAT filters after SNAT, MASQUERADE, DNAT and REDIRECT flows: --src-nat, --dst-nat and --any-nat, bare or with the translated address[:port] (filter_nat(): an entry is NATed when its reply tuple differs from the original), combined with each other and with -p, and -D of the DNATed entries.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0b:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.1/24 dev a0; ip -n r addr add 10.1.0.254/24 dev r0
  $ ip -n r addr add 10.2.0.254/24 dev r1; ip -n b addr add 10.2.0.1/24 dev b0
  $ ip -n a route add default via 10.1.0.254; ip -n b route add default via 10.2.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p icmp -j MASQUERADE
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp --dport 7000 -j SNAT --to-source 10.2.0.254:4000
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p udp --dport 5353 -j DNAT --to-destination 10.1.0.1:53
  $ ip netns exec r iptables -t nat -A PREROUTING -i r0 -p udp --dport 9999 -j REDIRECT --to-ports 9000
  $ ip netns exec a ping -c 1 10.2.0.1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=63 time=T
  $ ip netns exec a sh -c 'echo one | nc -u -w 1 -p 6000 10.2.0.1 7000'
  $ ip netns exec b sh -c 'echo two | nc -u -w 1 -p 6001 10.2.0.254 5353'
  $ ip netns exec a sh -c 'echo three | nc -u -w 1 -p 6002 10.2.0.1 9999'
  $ ip netns exec a sh -c 'echo four | nc -u -w 1 -p 6003 10.2.0.1 8000'
  $ export S='s/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=I/g'
  $ ip netns exec r conntrack -L 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 5 flow entries have been shown.
  icmp     1 T src=10.1.0.1 dst=10.2.0.1 type=8 code=0 id=I src=10.2.0.1 dst=10.2.0.254 type=0 code=0 id=I mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6000 dport=7000 [UNREPLIED] src=10.2.0.1 dst=10.2.0.254 sport=7000 dport=4000 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6002 dport=9999 [UNREPLIED] src=10.1.0.254 dst=10.1.0.1 sport=9000 dport=6002 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6003 dport=8000 [UNREPLIED] src=10.2.0.1 dst=10.1.0.1 sport=8000 dport=6003 mark=0 use=1
  udp      17 T src=10.2.0.1 dst=10.2.0.254 sport=6001 dport=5353 [UNREPLIED] src=10.1.0.1 dst=10.2.0.1 sport=53 dport=6001 mark=0 use=1
  $ ip netns exec r conntrack -L --src-nat 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=10.1.0.1 dst=10.2.0.1 type=8 code=0 id=I src=10.2.0.1 dst=10.2.0.254 type=0 code=0 id=I mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6000 dport=7000 [UNREPLIED] src=10.2.0.1 dst=10.2.0.254 sport=7000 dport=4000 mark=0 use=1
  $ ip netns exec r conntrack -L --dst-nat 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=10.1.0.1 dst=10.2.0.1 type=8 code=0 id=I src=10.2.0.1 dst=10.2.0.254 type=0 code=0 id=I mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6002 dport=9999 [UNREPLIED] src=10.1.0.254 dst=10.1.0.1 sport=9000 dport=6002 mark=0 use=1
  udp      17 T src=10.2.0.1 dst=10.2.0.254 sport=6001 dport=5353 [UNREPLIED] src=10.1.0.1 dst=10.2.0.1 sport=53 dport=6001 mark=0 use=1
  $ ip netns exec r conntrack -L --any-nat 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp     1 T src=10.1.0.1 dst=10.2.0.1 type=8 code=0 id=I src=10.2.0.1 dst=10.2.0.254 type=0 code=0 id=I mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6000 dport=7000 [UNREPLIED] src=10.2.0.1 dst=10.2.0.254 sport=7000 dport=4000 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6002 dport=9999 [UNREPLIED] src=10.1.0.254 dst=10.1.0.1 sport=9000 dport=6002 mark=0 use=1
  udp      17 T src=10.2.0.1 dst=10.2.0.254 sport=6001 dport=5353 [UNREPLIED] src=10.1.0.1 dst=10.2.0.1 sport=53 dport=6001 mark=0 use=1
  $ ip netns exec r conntrack -L --src-nat --dst-nat 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.1.0.1 dst=10.2.0.1 type=8 code=0 id=I src=10.2.0.1 dst=10.2.0.254 type=0 code=0 id=I mark=0 use=1
  $ ip netns exec r conntrack -L --src-nat 10.2.0.254 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=10.1.0.1 dst=10.2.0.1 type=8 code=0 id=I src=10.2.0.1 dst=10.2.0.254 type=0 code=0 id=I mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6000 dport=7000 [UNREPLIED] src=10.2.0.1 dst=10.2.0.254 sport=7000 dport=4000 mark=0 use=1
  $ ip netns exec r conntrack -L --src-nat 10.2.0.254:4000 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6000 dport=7000 [UNREPLIED] src=10.2.0.1 dst=10.2.0.254 sport=7000 dport=4000 mark=0 use=1
  $ ip netns exec r conntrack -L --src-nat 10.2.0.254:4001 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -L --dst-nat 10.1.0.1 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.2.0.1 dst=10.2.0.254 sport=6001 dport=5353 [UNREPLIED] src=10.1.0.1 dst=10.2.0.1 sport=53 dport=6001 mark=0 use=1
  $ ip netns exec r conntrack -L --dst-nat 10.1.0.254:9000 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6002 dport=9999 [UNREPLIED] src=10.1.0.254 dst=10.1.0.1 sport=9000 dport=6002 mark=0 use=1
  $ ip netns exec r conntrack -L --any-nat 10.1.0.1 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.2.0.1 dst=10.2.0.254 sport=6001 dport=5353 [UNREPLIED] src=10.1.0.1 dst=10.2.0.1 sport=53 dport=6001 mark=0 use=1
  $ ip netns exec r conntrack -L -p udp --src-nat 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6000 dport=7000 [UNREPLIED] src=10.2.0.1 dst=10.2.0.254 sport=7000 dport=4000 mark=0 use=1
  $ ip netns exec r conntrack -L -p icmp --dst-nat 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.1.0.1 dst=10.2.0.1 type=8 code=0 id=I src=10.2.0.1 dst=10.2.0.254 type=0 code=0 id=I mark=0 use=1
  $ ip netns exec r conntrack -L --dst-nat=10.1.0.1:53 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=10.1.0.1 dst=10.2.0.1 type=8 code=0 id=I src=10.2.0.1 dst=10.2.0.254 type=0 code=0 id=I mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6002 dport=9999 [UNREPLIED] src=10.1.0.254 dst=10.1.0.1 sport=9000 dport=6002 mark=0 use=1
  udp      17 T src=10.2.0.1 dst=10.2.0.254 sport=6001 dport=5353 [UNREPLIED] src=10.1.0.1 dst=10.2.0.1 sport=53 dport=6001 mark=0 use=1
  $ ip netns exec r conntrack -L --src-nat bogus 2>&1
  conntrack v1.4.7 (conntrack-tools): Invalid IP address `bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec r conntrack -D --dst-nat 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been deleted.
  icmp     1 T src=10.1.0.1 dst=10.2.0.1 type=8 code=0 id=I src=10.2.0.1 dst=10.2.0.254 type=0 code=0 id=I mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6002 dport=9999 [UNREPLIED] src=10.1.0.254 dst=10.1.0.1 sport=9000 dport=6002 mark=0 use=1
  udp      17 T src=10.2.0.1 dst=10.2.0.254 sport=6001 dport=5353 [UNREPLIED] src=10.1.0.1 dst=10.2.0.1 sport=53 dport=6001 mark=0 use=1
  $ ip netns exec r conntrack -L 2>&1 | sed -E "$S" | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6000 dport=7000 [UNREPLIED] src=10.2.0.1 dst=10.2.0.254 sport=7000 dport=4000 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.2.0.1 sport=6003 dport=8000 [UNREPLIED] src=10.2.0.1 dst=10.1.0.1 sport=8000 dport=6003 mark=0 use=1
