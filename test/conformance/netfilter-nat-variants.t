NAT with traffic: SNAT, MASQUERADE, DNAT with ports, REDIRECT, and conntrack listings.
  $ for n in c r s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add c0 netns c address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name s0 netns s address 02:00:00:00:00:04
  $ for x in "c c0" "r r0" "r r1" "s s0" "c lo" "r lo" "s lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n c addr add 192.168.1.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n s addr add 203.0.113.2/24 dev s0
  $ ip -n c route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1:20000-20010
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p tcp --dport 8080 -j DNAT --to-destination 192.168.1.2:80
  $ ip netns exec s sh -c 'nc -u -l -p 53 > u.out & sleep 0.2'
  $ ip netns exec c sh -c 'echo q | nc -u -w 1 -p 3333 203.0.113.2 53'
  $ sleep 0.2; ip netns exec s cat u.out
  q
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/^udp +17 [0-9]+ /udp 17 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=3333 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=200?? mark=0 use=1 (glob)
  $ ip netns exec c ping -c 1 203.0.113.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/^icmp +1 [0-9]+ /icmp 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=* src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=* mark=0 use=1 (glob)
  $ ip netns exec c sh -c 'nc -l -p 80 > t.out & sleep 0.2'
  $ ip netns exec s sh -c 'echo web | nc -N 203.0.113.1 8080'
  $ sleep 0.2; ip netns exec c cat t.out
  web
  $ ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/^tcp +6 [0-9]+ /tcp 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T TIME_WAIT src=203.0.113.2 dst=203.0.113.1 sport=* dport=8080 src=192.168.1.2 dst=203.0.113.2 sport=80 dport=* [ASSURED] mark=0 use=1 (glob)
  $ ip netns exec r iptables -t nat -L -n -v | sed -E 's/^ *//'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
  pkts bytes target     prot opt in     out     source               destination         
  1    60 DNAT       6    --  r1     *       0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:192.168.1.2:80
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
  pkts bytes target     prot opt in     out     source               destination         
  1    30 SNAT       17   --  *      r1      0.0.0.0/0            0.0.0.0/0            to:203.0.113.1:20000-20010
  1    84 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r conntrack -C
  3
  $ ip netns exec r conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec r conntrack -L
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r sh -c 'nc -l -p 9999 > rd.out & sleep 0.2'
  $ ip netns exec r iptables -t nat -A PREROUTING -i r0 -p tcp --dport 25 -j REDIRECT --to-ports 9999
  $ ip netns exec c sh -c 'echo mail | nc -N 192.168.1.1 25'
  $ sleep 0.2; ip netns exec r cat rd.out
  mail
  $ ip netns exec r conntrack -L -p tcp --dport 25 2>&1 | sed -E 's/^tcp +6 [0-9]+ /tcp 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T TIME_WAIT src=192.168.1.2 dst=192.168.1.1 sport=* dport=25 src=192.168.1.1 dst=192.168.1.2 sport=9999 dport=* [ASSURED] mark=0 use=1 (glob)
