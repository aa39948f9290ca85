The ecn match: the IP header's ECN field (--ecn-ip-ect 0-3, set here by ping -Q), the TCP header's ECE and CWR bits (only in a TCP rule, else the kernel refuses it), each invertible; its listing, saving and errors.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h2 iptables -A INPUT -p icmp -m ecn --ecn-ip-ect 0
  $ ip netns exec h2 iptables -A INPUT -p icmp -m ecn --ecn-ip-ect 1
  $ ip netns exec h2 iptables -A INPUT -p icmp -m ecn ! --ecn-ip-ect 3
  $ ip netns exec h2 iptables -A INPUT -p tcp -m ecn --ecn-tcp-ece ! --ecn-tcp-cwr --ecn-ip-ect 2
  $ ip netns exec h2 iptables -A OUTPUT -p icmp -m ecn --ecn-ip-ect 2
  $ for q in 0 1 2 3 0x21; do ip netns exec h1 ping -c 1 -W 1 -Q $q 10.0.0.2 > /dev/null; done; echo $?
  0
  $ ip netns exec h2 iptables -L -n -v -x | sed -E 's/ +$//'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination
         1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ECN match ECT=0
         2      168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ECN match ECT=1
         4      336            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ECN match !ECT=3
         0        0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            ECN match ECE !CWR ECT=2
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination
         1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ECN match ECT=2
  $ ip netns exec h2 iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -p icmp -m ecn --ecn-ip-ect 0
  -A INPUT -p icmp -m ecn --ecn-ip-ect 1
  -A INPUT -p icmp -m ecn ! --ecn-ip-ect 3
  -A INPUT -p tcp -m ecn --ecn-tcp-ece ! --ecn-tcp-cwr --ecn-ip-ect 2
  -A OUTPUT -p icmp -m ecn --ecn-ip-ect 2
  $ ip netns exec h2 iptables -A INPUT -m ecn --ecn-tcp-cwr; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ ip netns exec h2 iptables -A INPUT ! -p tcp -m ecn --ecn-tcp-ece; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ ip netns exec h2 iptables -A INPUT -p udp -m ecn --ecn-ip-ect 1; echo $?
  0
  $ ip netns exec h2 iptables -A INPUT -m ecn --ecn-ip-ect 4; echo $?
  iptables v1.8.9 (nf_tables): ecn: bad value for option "--ecn-ip-ect", or out of range (0-3).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec h2 iptables -A INPUT -m ecn; echo $?
  iptables v1.8.9 (nf_tables): ECN match: some option required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec h2 iptables -A INPUT -p tcp -m ecn --ecn-tcp-ece --ecn-tcp-ece; echo $?
  iptables v1.8.9 (nf_tables): ecn: option "--ecn-tcp-ece" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec h2 iptables-save -c | grep ecn
  [1:84] -A INPUT -p icmp -m ecn --ecn-ip-ect 0
  [2:168] -A INPUT -p icmp -m ecn --ecn-ip-ect 1
  [4:336] -A INPUT -p icmp -m ecn ! --ecn-ip-ect 3
  [0:0] -A INPUT -p tcp -m ecn --ecn-tcp-ece ! --ecn-tcp-cwr --ecn-ip-ect 2
  [0:0] -A INPUT -p udp -m ecn --ecn-ip-ect 1
  [1:84] -A OUTPUT -p icmp -m ecn --ecn-ip-ect 2
  $ iptables -m ecn -h | sed -n '/^ECN/,$p'
  ECN match options
  [!] --ecn-tcp-cwr 		Match CWR bit of TCP header
  [!] --ecn-tcp-ece		Match ECE bit of TCP header
  [!] --ecn-ip-ect [0..3]	Match ECN codepoint in IPv4/IPv6 header
