Source NAT of traffic that stays on lo: MASQUERADE in POSTROUTING -o lo (the address inet_select_addr() picks on lo for a global destination, which lo lacks, comes from another device), SNAT to another local address and to a 127/8 address, NETMAP in OUTPUT of a whole prefix onto the local subnet; what the receiver sees (nc, ss), the conntrack entries and the rule counters.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name eth2 netns h address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.1.5/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip -n h route add default via 192.168.1.254
  $ ip netns exec h iptables -t nat -A POSTROUTING -o lo -p udp --dport 7100 -j MASQUERADE
  $ ip netns exec h iptables -t nat -A POSTROUTING -o lo -p udp --dport 7200 -j SNAT --to-source 192.168.1.5
  $ ip netns exec h iptables -t nat -A POSTROUTING -o lo -p udp --dport 7300 -j SNAT --to-source 127.0.0.9
  $ ip netns exec h iptables -t nat -A OUTPUT -d 10.99.0.0/24 -j NETMAP --to 192.168.2.0/24
  $ for p in 7100 7200 7300 7400; do ip netns exec h sh -c "socat -u UDP-RECV:$p,bind=192.168.2.2 OPEN:r$p.out,creat & sleep 0.2"; done
  $ ip netns exec h sh -c 'echo masq | socat -u - UDP-SENDTO:192.168.2.2:7100,bind=192.168.1.1:5100'
  $ ip netns exec h sh -c 'echo snat | socat -u - UDP-SENDTO:192.168.2.2:7200,bind=192.168.1.1:5200'
  $ ip netns exec h sh -c 'echo snat127 | socat -u - UDP-SENDTO:192.168.2.2:7300,bind=192.168.1.1:5300'
  $ ip netns exec h sh -c 'echo netmap | socat -u - UDP-SENDTO:10.99.0.2:7400,bind=192.168.1.1:5400'
  $ sleep 0.3; cat r7100.out r7200.out r7300.out r7400.out
  masq
  snat
  snat127
  netmap
  $ ip netns exec h conntrack -L -p udp 2>&1 | sed -E 's/ +17 [0-9]+ / 17 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  udp 17 T src=192.168.1.1 dst=10.99.0.2 sport=5400 dport=7400 [UNREPLIED] src=192.168.2.2 dst=192.168.1.1 sport=7400 dport=5400 mark=0 use=1
  udp 17 T src=192.168.1.1 dst=192.168.2.2 sport=5100 dport=7100 [UNREPLIED] src=192.168.2.2 dst=192.168.2.2 sport=7100 dport=5100 mark=0 use=1
  udp 17 T src=192.168.1.1 dst=192.168.2.2 sport=5200 dport=7200 [UNREPLIED] src=192.168.2.2 dst=192.168.1.5 sport=7200 dport=5200 mark=0 use=1
  udp 17 T src=192.168.1.1 dst=192.168.2.2 sport=5300 dport=7300 [UNREPLIED] src=192.168.2.2 dst=127.0.0.9 sport=7300 dport=5300 mark=0 use=1
  $ ip netns exec h iptables -t nat -L -n -v -x | sed -E 's/ +/ /g'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 35 NETMAP 0 -- * * 0.0.0.0/0 10.99.0.0/24 to:192.168.2.0/24
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 33 MASQUERADE 17 -- * lo 0.0.0.0/0 0.0.0.0/0 udp dpt:7100
   1 33 SNAT 17 -- * lo 0.0.0.0/0 0.0.0.0/0 udp dpt:7200 to:192.168.1.5
   1 36 SNAT 17 -- * lo 0.0.0.0/0 0.0.0.0/0 udp dpt:7300 to:127.0.0.9
  $ ip netns exec h sh -c 'nc -l -s 192.168.2.2 -p 7500 > t.out & sleep 0.3'
  $ ip netns exec h iptables -t nat -A POSTROUTING -o lo -p tcp --dport 7500 -j SNAT --to-source 192.168.1.5:6000
  $ ip netns exec h sh -c 'echo tcp-snat | nc -N -w 1 -s 192.168.1.1 -p 5500 192.168.2.2 7500'
  $ sleep 0.3; cat t.out
  tcp-snat
  $ ip netns exec h conntrack -L -p tcp 2>&1 | sed -E 's/ +6 [0-9]+ / 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T TIME_WAIT src=192.168.1.1 dst=192.168.2.2 sport=5500 dport=7500 src=192.168.2.2 dst=192.168.1.5 sport=7500 dport=6000 [ASSURED] mark=0 use=1
  $ ip netns exec h ss -Htan | sed -E 's/ +/ /g; s/ $//' | sort
  TIME-WAIT 0 0 192.168.1.1:5500 192.168.2.2:7500
  $ ip netns pids h | xargs -r kill

