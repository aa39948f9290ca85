conntrack of traffic between two local addresses of one host: ICMP, UDP and TCP flows over lo each make one entry (both directions local, no NAT), with their states and the extended and filtered listings, the count, and a flush.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name eth2 netns h address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h iptables -A INPUT -m conntrack --ctstate NEW,ESTABLISHED
  $ ip netns exec h iptables -A OUTPUT -m conntrack --ctstate NEW
  $ ip netns exec h ping -c 2 -i 0.2 -I 192.168.1.1 192.168.2.2 | grep -E 'received'
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h sh -c 'nc -u -l -s 192.168.2.2 -p 7000 > u.out & sleep 0.3'
  $ ip netns exec h sh -c 'echo hi-udp | nc -u -w 1 -s 192.168.1.1 -p 7001 192.168.2.2 7000'
  $ ip netns exec h sh -c 'nc -l -s 192.168.1.1 -p 7100 > t.out & sleep 0.3'
  $ ip netns exec h sh -c 'echo hi-tcp | nc -N -w 1 -s 192.168.2.2 -p 7101 192.168.1.1 7100'
  $ sleep 0.3; cat u.out t.out
  hi-udp
  hi-tcp
  $ ip netns exec h conntrack -L 2>&1 | sed -E 's/id=[0-9]+/id=N/g; s/^(icmp|udp|tcp)( +[0-9]+) +[0-9]+ /\1\2 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.1 dst=192.168.2.2 type=8 code=0 id=N src=192.168.2.2 dst=192.168.1.1 type=0 code=0 id=N mark=0 use=1
  tcp      6 T TIME_WAIT src=192.168.2.2 dst=192.168.1.1 sport=7101 dport=7100 src=192.168.1.1 dst=192.168.2.2 sport=7100 dport=7101 [ASSURED] mark=0 use=1
  udp      17 T src=192.168.1.1 dst=192.168.2.2 sport=7001 dport=7000 [UNREPLIED] src=192.168.2.2 dst=192.168.1.1 sport=7000 dport=7001 mark=0 use=1
  $ ip netns exec h conntrack -L -p udp -o extended 2>&1 | sed -E 's/ +17 [0-9]+ / 17 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  ipv4     2 udp 17 T src=192.168.1.1 dst=192.168.2.2 sport=7001 dport=7000 [UNREPLIED] src=192.168.2.2 dst=192.168.1.1 sport=7000 dport=7001 mark=0 use=1
  $ ip netns exec h conntrack -L -s 192.168.2.2 2>&1 | sed -E 's/ +6 [0-9]+ / 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T TIME_WAIT src=192.168.2.2 dst=192.168.1.1 sport=7101 dport=7100 src=192.168.1.1 dst=192.168.2.2 sport=7100 dport=7101 [ASSURED] mark=0 use=1
  $ ip netns exec h conntrack -L -d 192.168.2.2 -p icmp 2>&1 | sed -E 's/id=[0-9]+/id=N/g; s/ +1 [0-9]+ / 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp 1 T src=192.168.1.1 dst=192.168.2.2 type=8 code=0 id=N src=192.168.2.2 dst=192.168.1.1 type=0 code=0 id=N mark=0 use=1
  $ ip netns exec h conntrack -L --reply-src 192.168.1.1 2>&1 | sed -E 's/ +6 [0-9]+ / 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T TIME_WAIT src=192.168.2.2 dst=192.168.1.1 sport=7101 dport=7100 src=192.168.1.1 dst=192.168.2.2 sport=7100 dport=7101 [ASSURED] mark=0 use=1
  $ ip netns exec h conntrack -C
  3
  $ ip netns exec h iptables -L -n -v -x | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   13 810 0 -- * * 0.0.0.0/0 0.0.0.0/0 ctstate NEW,ESTABLISHED
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   3 179 0 -- * * 0.0.0.0/0 0.0.0.0/0 ctstate NEW
  $ ip netns exec h conntrack -D -p udp 2>&1 | sed -E 's/ +17 [0-9]+ / 17 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp 17 T src=192.168.1.1 dst=192.168.2.2 sport=7001 dport=7000 [UNREPLIED] src=192.168.2.2 dst=192.168.1.1 sport=7000 dport=7001 mark=0 use=1
  $ ip netns exec h conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec h conntrack -C
  0
  $ ip netns pids h | xargs -r kill
