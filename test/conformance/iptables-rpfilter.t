rpfilter: reverse-path checks in raw PREROUTING on a router (strict, --loose, --invert to drop spoofed sources, --accept-local, --validmark), counters of a spoofed and a genuine ping, listings and where the match is refused.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n a addr add 203.0.113.77/32 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t raw -A PREROUTING -p icmp -m rpfilter
  $ ip netns exec r iptables -t raw -A PREROUTING -p icmp -m rpfilter --loose
  $ ip netns exec r iptables -t raw -A PREROUTING -p icmp -m rpfilter --accept-local --validmark
  $ ip netns exec r iptables -t raw -A PREROUTING -p icmp -m rpfilter --invert -j DROP
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 | grep -c 'bytes from'
  1
  $ ip netns exec a ping -c 1 -W 1 -I 203.0.113.77 203.0.113.2 | grep -c 'bytes from'
  0
  [1]
  $ ip netns exec a ping -c 1 -W 1 -I 203.0.113.77 192.168.1.1 | grep -c 'bytes from'
  0
  [1]
  $ ip netns exec r iptables -t raw -L PREROUTING -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            rpfilter
      4   336            1    --  *      *       0.0.0.0/0            0.0.0.0/0            rpfilter loose
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            rpfilter validmark accept-local
      2   168 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            rpfilter invert
  $ ip netns exec r iptables -t raw -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -p icmp -m rpfilter
  -A PREROUTING -p icmp -m rpfilter --loose
  -A PREROUTING -p icmp -m rpfilter --validmark --accept-local
  -A PREROUTING -p icmp -m rpfilter --invert -j DROP
  $ ip netns exec r iptables -t raw -L PREROUTING
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
             icmp --  anywhere             anywhere             rpfilter
             icmp --  anywhere             anywhere             rpfilter loose
             icmp --  anywhere             anywhere             rpfilter validmark accept-local
  DROP       icmp --  anywhere             anywhere             rpfilter invert
  $ ip netns exec r iptables -t mangle -A PREROUTING -m rpfilter --loose --invert -j DROP
  $ ip netns exec r iptables -t mangle -A INPUT -m rpfilter -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec r iptables -A INPUT -m rpfilter -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec r iptables -t raw -A PREROUTING -m rpfilter ! --loose -j DROP
  iptables v1.8.9 (nf_tables): rpfilter: option "--loose" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t raw -A PREROUTING -m rpfilter --loose --loose -j DROP
  iptables v1.8.9 (nf_tables): rpfilter: option "--loose" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables-save -t mangle | grep rpfilter
  -A PREROUTING -m rpfilter --loose --invert -j DROP
