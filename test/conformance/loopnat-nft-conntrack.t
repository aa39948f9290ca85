Loopback NAT in other dresses: an nft prerouting dnat to 127.0.0.1 with route_localnet, the conntrack views of it (proc, extended, --dst-nat, reply filters), REDIRECT and DNAT to 127.0.0.1 in OUTPUT for the host's own connections, and the saved rules.
  $ ip netns add c
  $ ip netns add g
  $ ip link add eth0 netns c address 02:00:00:00:04:01 type veth peer name eth0 netns g address 02:00:00:00:04:02
  $ for n in c g; do ip -n $n link set lo up; ip -n $n link set eth0 up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ ip -n c addr add 172.16.5.2/24 dev eth0
  $ ip -n g addr add 172.16.5.1/24 dev eth0
  $ ip netns exec g nft add table ip nat
  $ ip netns exec g nft add chain ip nat pre '{ type nat hook prerouting priority -100; }'
  $ ip netns exec g nft add rule ip nat pre iifname eth0 tcp dport 80 dnat to 127.0.0.1:8080
  $ ip netns exec g nft list ruleset
  table ip nat {
  	chain pre {
  		type nat hook prerouting priority dstnat; policy accept;
  		iifname "eth0" tcp dport 80 dnat to 127.0.0.1:8080
  	}
  }
  $ ip netns exec g sysctl -qw net.ipv4.conf.eth0.route_localnet=1
  $ ip netns exec g sh -c "nc -l -s 127.0.0.1 -p 8080 > srv.out & sleep 0.3"
  $ ip netns exec c sh -c "echo hi | nc -N -w 1 -p 41010 172.16.5.1 80"; echo rc=$?
  rc=0
  $ sleep 0.2; cat srv.out
  hi
  $ ip netns exec g cat /proc/net/nf_conntrack | sed -E 's/ [0-9]+ TIME_WAIT/ T TIME_WAIT/'
  ipv4     2 tcp      6 T TIME_WAIT src=172.16.5.2 dst=172.16.5.1 sport=41010 dport=80 src=127.0.0.1 dst=172.16.5.2 sport=8080 dport=41010 [ASSURED] mark=0 zone=0 use=2
  $ ip netns exec g conntrack -L -o extended 2>/dev/null | sed -E 's/ [0-9]+ TIME_WAIT/ T TIME_WAIT/'
  ipv4     2 tcp      6 T TIME_WAIT src=172.16.5.2 dst=172.16.5.1 sport=41010 dport=80 src=127.0.0.1 dst=172.16.5.2 sport=8080 dport=41010 [ASSURED] mark=0 use=1
  $ ip netns exec g conntrack -L --dst-nat 2>&1 | sed -E 's/ [0-9]+ TIME_WAIT/ T TIME_WAIT/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=172.16.5.2 dst=172.16.5.1 sport=41010 dport=80 src=127.0.0.1 dst=172.16.5.2 sport=8080 dport=41010 [ASSURED] mark=0 use=1
  $ ip netns exec g conntrack -L -d 172.16.5.1 --reply-src 127.0.0.1 2>&1 | sed -E 's/ [0-9]+ TIME_WAIT/ T TIME_WAIT/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=172.16.5.2 dst=172.16.5.1 sport=41010 dport=80 src=127.0.0.1 dst=172.16.5.2 sport=8080 dport=41010 [ASSURED] mark=0 use=1
  $ ip netns exec g iptables -t nat -A OUTPUT -p tcp -d 172.16.5.1 --dport 81 -j REDIRECT --to-ports 8081
  $ ip netns exec g sh -c "nc -l -p 8081 > srv2.out & sleep 0.3"
  $ ip netns exec g sh -c "echo self | nc -N -w 1 -p 41011 172.16.5.1 81"; echo rc=$?
  rc=0
  $ sleep 0.2; cat srv2.out
  self
  $ ip netns exec g conntrack -L -p tcp --orig-port-src 41011 2>&1 | sed -E 's/ [0-9]+ TIME_WAIT/ T TIME_WAIT/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=172.16.5.1 dst=172.16.5.1 sport=41011 dport=81 src=127.0.0.1 dst=172.16.5.1 sport=8081 dport=41011 [ASSURED] mark=0 use=1
  $ ip netns exec g iptables -t nat -A OUTPUT -p tcp -d 172.16.5.1 --dport 82 -j DNAT --to-destination 127.0.0.1:8082
  $ ip netns exec g sh -c "nc -l -s 127.0.0.1 -p 8082 > srv3.out & sleep 0.3"
  $ ip netns exec g sh -c "echo lo | nc -N -w 1 -s 172.16.5.1 -p 41012 172.16.5.1 82"; echo rc=$?
  rc=0
  $ sleep 0.2; cat srv3.out
  lo
  $ ip netns exec g conntrack -L -p tcp --orig-port-src 41012 2>&1 | sed -E 's/ [0-9]+ TIME_WAIT/ T TIME_WAIT/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=172.16.5.1 dst=172.16.5.1 sport=41012 dport=82 src=127.0.0.1 dst=172.16.5.1 sport=8082 dport=41012 [ASSURED] mark=0 use=1
  $ ip netns exec g iptables-save -t nat | grep -v "^#"
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A OUTPUT -d 172.16.5.1/32 -p tcp -m tcp --dport 81 -j REDIRECT --to-ports 8081
  -A OUTPUT -d 172.16.5.1/32 -p tcp -m tcp --dport 82 -j DNAT --to-destination 127.0.0.1:8082
  COMMIT
  $ ip netns exec g nft list table ip nat
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain pre {
  		type nat hook prerouting priority dstnat; policy accept;
  		iifname "eth0" tcp dport 80 dnat to 127.0.0.1:8080
  	}
  
  	chain OUTPUT {
  		type nat hook output priority -100; policy accept;
  		ip daddr 172.16.5.1 tcp dport 81 counter packets 1 bytes 60 redirect to :8081
  		ip daddr 172.16.5.1 tcp dport 82 counter packets 1 bytes 60 dnat to 127.0.0.1:8082
  	}
  }
