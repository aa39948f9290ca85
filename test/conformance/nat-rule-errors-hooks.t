NAT rule errors and hook checks: NAT targets in the wrong chain, reached directly or through a user chain (checked when the jump is added, and when a rule is added to a chain already jumped to), nat chain policies, rule numbers out of range, listing one rule by number, -C checks.
  $ ip link set lo up
  $ iptables -t nat -A PREROUTING -j SNAT --to-source 10.0.0.1
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ iptables -t nat -A POSTROUTING -j DNAT --to-destination 10.0.0.1
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING
  [4]
  $ iptables -t nat -A OUTPUT -j MASQUERADE
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -t nat -A INPUT -j REDIRECT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 8080
  $ iptables -t nat -A INPUT -j SNAT --to-source 10.0.0.1
  $ iptables -t nat -N SN
  $ iptables -t nat -A SN -j SNAT --to-source 10.0.0.1
  $ iptables -t nat -A PREROUTING -j SN
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ iptables -t nat -A POSTROUTING -j SN
  $ iptables -t nat -A SN -j DNAT --to-destination 10.0.0.2
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain SN
  [4]
  $ iptables -t nat -N DN
  $ iptables -t nat -A PREROUTING -j DN
  $ iptables -t nat -A DN -j SNAT --to-source 10.0.0.1
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain DN
  [4]
  $ iptables -t nat -A DN -p udp -j DNAT --to-destination 10.0.0.2:53
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -N DN
  -N SN
  -A PREROUTING -j DN
  -A INPUT -j SNAT --to-source 10.0.0.1
  -A OUTPUT -p tcp -j REDIRECT --to-ports 8080
  -A POSTROUTING -j SN
  -A DN -p udp -j DNAT --to-destination 10.0.0.2:53
  -A SN -j SNAT --to-source 10.0.0.1
  $ iptables -t nat -P PREROUTING DROP
  iptables v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -P POSTROUTING ACCEPT
  $ iptables -t nat -P DN ACCEPT
  iptables: Bad built-in chain name.
  [1]
  $ iptables -t nat -D DN 3
  iptables: Index of deletion too big.
  [1]
  $ iptables -t nat -I DN 4 -j RETURN
  iptables: Index of insertion too big.
  [1]
  $ iptables -t nat -I DN 2 -j RETURN
  $ iptables -t nat -R DN 5 -j RETURN
  iptables: Index of replacement too big.
  [1]
  $ iptables -t nat -L DN 2 -n
  RETURN     0    --  0.0.0.0/0            0.0.0.0/0           
  $ iptables -t nat -L DN 9 -n
  $ iptables -t nat -S DN 1
  -A DN -p udp -j DNAT --to-destination 10.0.0.2:53
  $ iptables -t nat -S DN 0
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -C DN -p udp -j DNAT --to-destination 10.0.0.2:53
  $ iptables -t nat -C DN -p udp -j DNAT --to-destination 10.0.0.2:54
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ iptables -t nat -L -n --line-numbers
  Chain PREROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DN         0    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    SNAT       0    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.1
  
  Chain OUTPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    REDIRECT   6    --  0.0.0.0/0            0.0.0.0/0            redir ports 8080
  
  Chain POSTROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  1    SN         0    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain DN (1 references)
  num  target     prot opt source               destination         
  1    DNAT       17   --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.2:53
  2    RETURN     0    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain SN (1 references)
  num  target     prot opt source               destination         
  1    SNAT       0    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.1
  $ iptables -t nat -A PREROUTING -j DNAT
  iptables v1.8.9 (nf_tables): DNAT: option "--to-destination" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A POSTROUTING -j SNAT
  iptables v1.8.9 (nf_tables): SNAT: option "--to-source" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.2:70000
  iptables v1.8.9 (nf_tables): Port `70000' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.2:90-80
  iptables v1.8.9 (nf_tables): Port range `80' funky
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2:80
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.3-10.0.0.2
  $ iptables -t nat -A POSTROUTING -j SNAT --to-source 300.0.0.1
  iptables v1.8.9 (nf_tables): Bad IP address "300.0.0.1"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t filter -A INPUT -j DNAT --to-destination 10.0.0.2
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -t mangle -A PREROUTING -j SNAT --to-source 10.0.0.1
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ iptables -t nat -A PREROUTING -j DROP
  iptables v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -j REJECT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ iptables -t nat -L PREROUTING -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  DN         0    --  0.0.0.0/0            0.0.0.0/0           
  DNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.3-10.0.0.2
