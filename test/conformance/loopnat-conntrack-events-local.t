conntrack -E while two local addresses of one host talk over lo: the ICMP echo's NEW and UPDATE, the TCP connection's states from SYN_SENT to TIME_WAIT, and with -o timestamp the DESTROY events a flush causes (the requesting socket named as USERSPACE).
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name eth2 netns h address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h iptables -A INPUT -m conntrack --ctstate NEW
  $ ip netns exec h conntrack -E > ev.txt 2>&1 & sleep 0.5
  $ ip netns exec h ping -c 1 -I 192.168.1.1 192.168.2.2 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h sh -c 'nc -l -s 192.168.2.2 -p 7100 > /dev/null & sleep 0.3'
  $ ip netns exec h sh -c 'echo x | nc -N -w 1 -s 192.168.1.1 -p 7101 192.168.2.2 7100'
  $ sleep 0.5; kill %1; wait
  $ sed -E 's/id=[0-9]+/id=N/g; s/^ +\[/[/; s/ +/ /g; s/(icmp|tcp) [0-9]+ [0-9]+ /\1 P T /' ev.txt
  [NEW] icmp P T src=192.168.1.1 dst=192.168.2.2 type=8 code=0 id=N [UNREPLIED] src=192.168.2.2 dst=192.168.1.1 type=0 code=0 id=N
  [UPDATE] icmp P T src=192.168.1.1 dst=192.168.2.2 type=8 code=0 id=N src=192.168.2.2 dst=192.168.1.1 type=0 code=0 id=N
  [NEW] tcp P T SYN_SENT src=192.168.1.1 dst=192.168.2.2 sport=7101 dport=7100 [UNREPLIED] src=192.168.2.2 dst=192.168.1.1 sport=7100 dport=7101
  [UPDATE] tcp P T SYN_RECV src=192.168.1.1 dst=192.168.2.2 sport=7101 dport=7100 src=192.168.2.2 dst=192.168.1.1 sport=7100 dport=7101
  [UPDATE] tcp P T ESTABLISHED src=192.168.1.1 dst=192.168.2.2 sport=7101 dport=7100 src=192.168.2.2 dst=192.168.1.1 sport=7100 dport=7101 [ASSURED]
  [UPDATE] tcp P T FIN_WAIT src=192.168.1.1 dst=192.168.2.2 sport=7101 dport=7100 src=192.168.2.2 dst=192.168.1.1 sport=7100 dport=7101 [ASSURED]
  [UPDATE] tcp P T LAST_ACK src=192.168.1.1 dst=192.168.2.2 sport=7101 dport=7100 src=192.168.2.2 dst=192.168.1.1 sport=7100 dport=7101 [ASSURED]
  [UPDATE] tcp P T TIME_WAIT src=192.168.1.1 dst=192.168.2.2 sport=7101 dport=7100 src=192.168.2.2 dst=192.168.1.1 sport=7100 dport=7101 [ASSURED]
  conntrack v1.4.7 (conntrack-tools): 8 flow events have been shown.
  $ ip netns exec h conntrack -E -o timestamp -p icmp > ev2.txt 2>&1 & sleep 0.5
  $ ip netns exec h conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ sleep 0.3; kill %1; wait
  $ sed -E 's/id=[0-9]+/id=N/g; s/\[[0-9.]+\]/[TS]/; s/ +/ /g; s/ progname=[a-z]+//' ev2.txt
  [TS]	[DESTROY] icmp 1 28 src=192.168.1.1 dst=192.168.2.2 type=8 code=0 id=N src=192.168.2.2 dst=192.168.1.1 type=0 code=0 id=N [USERSPACE] portid=N
  conntrack v1.4.7 (conntrack-tools): 1 flow events have been shown.
