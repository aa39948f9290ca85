raw NOTRACK before a port forward: untracked packets skip the nat table (no entry, no DNAT), so they reach the router's own socket instead of the inside server; --ctstate UNTRACKED and the nat counters show it; removing the NOTRACK rule lets DNAT apply again.
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
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p udp --dport 53 -j DNAT --to-destination 192.168.1.2
  $ ip netns exec r iptables -t raw -A PREROUTING -i r1 -p udp --dport 53 -s 203.0.113.2 -j NOTRACK
  $ ip netns exec r iptables -A INPUT -m conntrack --ctstate UNTRACKED
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate DNAT
  $ ip netns exec r sh -c 'nc -u -l -p 53 > r.out & sleep 0.2'
  $ ip netns exec a sh -c 'nc -u -l -p 53 > a.out & sleep 0.2'
  $ ip netns exec b sh -c 'echo first | nc -u -w 1 -p 1111 203.0.113.1 53'
  $ sleep 0.2; cat r.out; echo ---; cat a.out
  first
  ---
  $ ip netns exec r conntrack -L 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r iptables -t raw -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       34 CT         17   --  r1     *       203.0.113.2          0.0.0.0/0            udp dpt:53 NOTRACK
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DNAT       17   --  r1     *       0.0.0.0/0            0.0.0.0/0            udp dpt:53 to:192.168.1.2
  $ ip netns exec r iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       34            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate UNTRACKED
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate DNAT
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec r iptables -t raw -D PREROUTING 1
  $ ip netns exec b sh -c 'echo second | nc -u -w 1 -p 1112 203.0.113.1 53'
  $ sleep 0.2; cat r.out; echo ---; cat a.out
  first
  ---
  second
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=1112 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=53 dport=1112 mark=0 use=1
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       35 DNAT       17   --  r1     *       0.0.0.0/0            0.0.0.0/0            udp dpt:53 to:192.168.1.2
  $ ip netns exec r iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       34            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate UNTRACKED
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       35            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate DNAT
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec r iptables -t raw -A PREROUTING -j CT --notrack
  $ ip netns exec r iptables -t raw -A OUTPUT -j NOTRACK
  $ ip netns exec r iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -j CT --notrack
  -A OUTPUT -j NOTRACK
  $ ip netns exec b ping -c 1 -W 1 203.0.113.1 | sed -n 2p
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r conntrack -L -p icmp 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      118            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate UNTRACKED
  $ ip netns exec r iptables -t nat -A PREROUTING -j NOTRACK
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ ip netns exec r iptables -A INPUT -j NOTRACK
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
