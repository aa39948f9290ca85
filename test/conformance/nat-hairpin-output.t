Hairpin NAT on a router: a port forward (DNAT) reached from outside, from another inside network and from the server's own network (SNAT back through the router), nat OUTPUT DNAT of the router's own connection, MASQUERADE --to-ports without a protocol (no ports to map: the flow is left alone), conntrack listings, -D and -F.
  $ for n in a c r s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns exec r ip link add br0 type bridge
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:0a:02
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:0c:02
  $ ip link add s0 netns s address 02:00:00:00:05:01 type veth peer name rs netns r address 02:00:00:00:05:02
  $ for n in a c r s; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n s link set s0 up; ip -n r link set ra up; ip -n r link set rc up; ip -n r link set rs up
  $ ip -n a addr add 192.168.1.10/24 dev a0; ip -n c addr add 192.168.2.20/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra; ip -n r addr add 192.168.2.1/24 dev rc; ip -n r addr add 203.0.113.1/24 dev rs
  $ ip -n s addr add 203.0.113.5/24 dev s0
  $ ip -n a route add default via 192.168.1.1; ip -n c route add default via 192.168.2.1; ip -n s route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A PREROUTING -d 203.0.113.1 -p tcp --dport 80 -j DNAT --to-destination 192.168.1.10:8080
  $ ip netns exec r iptables -t nat -A POSTROUTING -s 192.168.0.0/16 -o rs -j MASQUERADE --to-ports 40000-40010
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A POSTROUTING -s 192.168.0.0/16 -d 192.168.1.10 -p tcp --dport 8080 -j SNAT --to-source 192.168.1.1
  $ ip netns exec a sh -c 'nc -k -l 8080 > srv.out 2>&1 & sleep 0.2'
  $ ip netns exec c sh -c 'echo via-hairpin | nc -N -w 1 203.0.113.1 80; echo rc=$?'
  rc=0
  $ ip netns exec s sh -c 'echo from-outside | nc -N -w 1 203.0.113.1 80; echo rc=$?'
  rc=0
  $ ip netns exec a sh -c 'echo from-inside | nc -N -w 1 203.0.113.1 80; echo rc=$?'
  rc=0
  $ sleep 0.3; ip netns exec a cat srv.out
  via-hairpin
  from-outside
  from-inside
  $ ip netns exec c sh -c 'echo x | nc -u -w 1 -p 5000 203.0.113.5 9; echo rc=$?'
  rc=0
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (TIME_WAIT|CLOSE|ESTABLISHED|SYN_SENT|src)/ T \1/; s/sport=[0-9]{5}/sport=P/g; s/dport=[0-9]{5}/dport=P/g' | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  tcp      6 T TIME_WAIT src=192.168.1.10 dst=203.0.113.1 sport=P dport=80 src=192.168.1.10 dst=192.168.1.1 sport=8080 dport=P [ASSURED] mark=0 use=1
  tcp      6 T TIME_WAIT src=192.168.2.20 dst=203.0.113.1 sport=P dport=80 src=192.168.1.10 dst=192.168.1.1 sport=8080 dport=P [ASSURED] mark=0 use=1
  tcp      6 T TIME_WAIT src=203.0.113.5 dst=203.0.113.1 sport=P dport=80 src=192.168.1.10 dst=203.0.113.5 sport=8080 dport=P [ASSURED] mark=0 use=1
  udp      17 T src=192.168.2.20 dst=203.0.113.5 sport=5000 dport=9 [UNREPLIED] src=203.0.113.5 dst=192.168.2.20 sport=9 dport=5000 mark=0 use=1
  $ ip netns exec r iptables -t nat -L -v -n
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3   180 DNAT       6    --  *      *       0.0.0.0/0            203.0.113.1          tcp dpt:80 to:192.168.1.10:8080
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   120 SNAT       6    --  *      *       192.168.0.0/16       192.168.1.10         tcp dpt:8080 to:192.168.1.1
  $ ip netns exec r iptables -t nat -A OUTPUT -d 198.51.100.7 -p tcp --dport 80 -j DNAT --to-destination 192.168.1.10:8080
  $ ip -n r route add 198.51.100.0/24 via 203.0.113.5
  $ ip netns exec r sh -c 'echo from-router | nc -N -w 1 198.51.100.7 80; echo rc=$?'
  rc=0
  $ sleep 0.3; ip netns exec a cat srv.out
  via-hairpin
  from-outside
  from-inside
  from-router
  $ ip netns exec r conntrack -L -p tcp --dport 80 2>&1 | sed -E 's/ +[0-9]+ (TIME_WAIT|CLOSE|ESTABLISHED|SYN_SENT|src)/ T \1/; s/sport=[0-9]{5}/sport=P/g; s/dport=[0-9]{5}/dport=P/g' | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  tcp      6 T TIME_WAIT src=192.168.1.10 dst=203.0.113.1 sport=P dport=80 src=192.168.1.10 dst=192.168.1.1 sport=8080 dport=P [ASSURED] mark=0 use=1
  tcp      6 T TIME_WAIT src=192.168.2.20 dst=203.0.113.1 sport=P dport=80 src=192.168.1.10 dst=192.168.1.1 sport=8080 dport=P [ASSURED] mark=0 use=1
  tcp      6 T TIME_WAIT src=203.0.113.1 dst=198.51.100.7 sport=P dport=80 src=192.168.1.10 dst=203.0.113.1 sport=8080 dport=P [ASSURED] mark=0 use=1
  tcp      6 T TIME_WAIT src=203.0.113.5 dst=203.0.113.1 sport=P dport=80 src=192.168.1.10 dst=203.0.113.5 sport=8080 dport=P [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -D -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 T src=192.168.2.20 dst=203.0.113.5 sport=5000 dport=9 [UNREPLIED] src=203.0.113.5 dst=192.168.2.20 sport=9 dport=5000 mark=0 use=1
  $ ip netns exec r conntrack -F; ip netns exec r conntrack -C
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  0
