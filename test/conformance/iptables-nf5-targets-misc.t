Targets AUDIT, CHECKSUM, TRACE and TCPOPTSTRIP: their table and option errors; what -L and -S print.
  $ iptables -A INPUT -j AUDIT --type accept
  $ iptables -A INPUT -j AUDIT --type drop
  $ iptables -A INPUT -j AUDIT --type reject
  $ iptables -A INPUT -j AUDIT --type foo
  iptables v1.8.9 (nf_tables): Bad action type value "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j AUDIT
  iptables v1.8.9 (nf_tables): AUDIT: option "--type" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A POSTROUTING -p udp -j CHECKSUM --checksum-fill
  $ iptables -t mangle -A POSTROUTING -p udp -j CHECKSUM
  iptables v1.8.9 (nf_tables): CHECKSUM: option "--checksum-fill" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -p udp -j CHECKSUM --checksum-fill
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -t raw -A PREROUTING -p icmp -j TRACE
  $ iptables -A INPUT -j TRACE
  $ iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,wscale,8
  $ iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP
  $ iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options foo
  iptables v1.8.9 (nf_tables): Bad TCP option value "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A PREROUTING -j TCPOPTSTRIP --strip-options 2
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ iptables -L -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 AUDIT      all  --  any    any     anywhere             anywhere             AUDIT accept
         0        0 AUDIT      all  --  any    any     anywhere             anywhere             AUDIT drop
         0        0 AUDIT      all  --  any    any     anywhere             anywhere             AUDIT reject
         0        0 TRACE      all  --  any    any     anywhere             anywhere            
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -L -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  AUDIT      0    --  0.0.0.0/0            0.0.0.0/0            AUDIT accept
  AUDIT      0    --  0.0.0.0/0            0.0.0.0/0            AUDIT drop
  AUDIT      0    --  0.0.0.0/0            0.0.0.0/0            AUDIT reject
  TRACE      0    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -j AUDIT --type accept
  -A INPUT -j AUDIT --type drop
  -A INPUT -j AUDIT --type reject
  -A INPUT -j TRACE
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options 2,3,8
  -A PREROUTING -p tcp -j TCPOPTSTRIP
  -A POSTROUTING -p udp -j CHECKSUM --checksum-fill
  $ iptables -t raw -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  TRACE      1    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables -t mangle -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  TCPOPTSTRIP  6    --  0.0.0.0/0            0.0.0.0/0            TCPOPTSTRIP options 2,3,8
  TCPOPTSTRIP  6    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  CHECKSUM   17   --  0.0.0.0/0            0.0.0.0/0            CHECKSUM fill
