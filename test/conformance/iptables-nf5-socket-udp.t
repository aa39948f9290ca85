The socket match on UDP: a wildcard-bound socket counts only with --nowildcard, --transparent wants IP_TRANSPARENT, no socket no match; hooks allowed.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p udp -m socket
  $ ip netns exec b iptables -A INPUT -p udp -m socket --nowildcard
  $ ip netns exec b iptables -A INPUT -p udp -m socket --transparent --nowildcard
  $ ip netns exec b iptables -A INPUT -p udp -m socket --restore-skmark
  $ ip netns exec b iptables -t mangle -A PREROUTING -p udp -m socket --nowildcard
  $ ip netns exec b sh -c 'nc -u -l 7000 > w.out 2>&1 & socat -u UDP-RECV:7001,bind=10.0.0.2 - > s.out 2>&1 & sleep 0.5'
  $ ip netns exec a sh -c 'echo one | nc -u -w1 10.0.0.2 7000; echo two | nc -u -w1 10.0.0.2 7001; echo three | nc -u -w1 10.0.0.2 7002'
  $ sleep 0.3; ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       32            17   --  *      *       0.0.0.0/0            0.0.0.0/0            socket
         2       64            17   --  *      *       0.0.0.0/0            0.0.0.0/0            socket --nowildcard
         0        0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            socket --transparent --nowildcard
         1       32            17   --  *      *       0.0.0.0/0            0.0.0.0/0            socket --restore-skmark
  $ ip netns exec b iptables -t mangle -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2       64            17   --  *      *       0.0.0.0/0            0.0.0.0/0            socket --nowildcard
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p udp -m socket
  -A INPUT -p udp -m socket --nowildcard
  -A INPUT -p udp -m socket --transparent --nowildcard
  -A INPUT -p udp -m socket --restore-skmark
  $ ip netns exec b iptables -A OUTPUT -m socket
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ ip netns exec b iptables -A FORWARD -m socket --nowildcard
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  [4]
  $ ip netns exec b iptables -t nat -A PREROUTING -m socket
  $ ip netns exec b iptables -A INPUT -m socket --transparent --transparent
  iptables v1.8.9 (nf_tables): socket: option "--transparent" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m socket ! --nowildcard
  iptables v1.8.9 (nf_tables): socket: option "--nowildcard" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns pids b | xargs -r kill; sleep 0.3; cat w.out s.out
  one
  two
