SNAT/DNAT/MASQUERADE/REDIRECT target option sweep: edge and bad --to-source/--to-destination/--to-ports values, exit codes, then -S and -L -n.
  $ for v in 1.2.3.4 1.2.3.4:80 1.2.3.4:0 1.2.3.4:65535 1.2.3.4:65536 1.2.3.4:80-90 1.2.3.4:90-80 1.2.3.4-1.2.3.9 1.2.3.9-1.2.3.4 1.2.3.4-1.2.3.9:1-2 :80 1.2.3.4: 1.2.3 1.2.3.256 "1.2.3.4 --random" "1.2.3.4 --random-fully" "1.2.3.4 --persistent" "1.2.3.4:5:6" 1.2.3.4:abc 1.2.3.4:-5 "1.2.3.4 --to-source 5.6.7.8" 0.0.0.0 255.255.255.255; do echo "== $v"; iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source $v 2>&1; echo $?; done
  == 1.2.3.4
  0
  == 1.2.3.4:80
  0
  == 1.2.3.4:0
  0
  == 1.2.3.4:65535
  0
  == 1.2.3.4:65536
  iptables v1.8.9 (nf_tables): Port `65536' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.4:80-90
  0
  == 1.2.3.4:90-80
  iptables v1.8.9 (nf_tables): Port range `80' funky
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.4-1.2.3.9
  0
  == 1.2.3.9-1.2.3.4
  0
  == 1.2.3.4-1.2.3.9:1-2
  0
  == :80
  0
  == 1.2.3.4:
  iptables v1.8.9 (nf_tables): Port `' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3
  iptables v1.8.9 (nf_tables): Bad IP address "1.2.3"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.256
  iptables v1.8.9 (nf_tables): Bad IP address "1.2.3.256"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.4 --random
  0
  == 1.2.3.4 --random-fully
  0
  == 1.2.3.4 --persistent
  0
  == 1.2.3.4:5:6
  iptables v1.8.9 (nf_tables): Bad IP address "1.2.3.4:5:6"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.4:abc
  iptables v1.8.9 (nf_tables): Port `abc' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.4:-5
  iptables v1.8.9 (nf_tables): Port `-5' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.4 --to-source 5.6.7.8
  iptables v1.8.9 (nf_tables): SNAT: option "--to-source" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 0.0.0.0
  0
  == 255.255.255.255
  0
  $ for v in 1.2.3.4:80 1.2.3.4 "1.2.3.4:80 --random" 1.2.3.4:80-80 "1.2.3.4:1-65535 --persistent"; do echo "== $v"; iptables -t nat -A POSTROUTING -j SNAT --to-source $v 2>&1; echo $?; done
  == 1.2.3.4:80
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.4
  0
  == 1.2.3.4:80 --random
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.4:80-80
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.2.3.4:1-65535 --persistent
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "-p icmp" "-p udp" "-p sctp" "-p dccp" "-p udplite" "-p gre" "-p 6" "! -p tcp"; do echo "== $v"; iptables -t nat -A PREROUTING $v -j DNAT --to-destination 5.6.7.8:99 2>&1; echo $?; done
  == -p icmp
  0
  == -p udp
  0
  == -p sctp
  0
  == -p dccp
  0
  == -p udplite
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == -p gre
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == -p 6
  0
  == ! -p tcp
  0
  $ for v in "" "--to-ports 5" "--to-ports 5-6" "--to-ports 0" "--to-ports 70000" "--to-ports 6-5" "--to-ports a" "--random" "--random-fully" "--to-ports 5:6"; do echo "== $v"; iptables -t nat -A POSTROUTING -p udp -j MASQUERADE $v 2>&1; echo $?; done
  == 
  0
  == --to-ports 5
  0
  == --to-ports 5-6
  0
  == --to-ports 0
  0
  == --to-ports 70000
  iptables v1.8.9 (nf_tables): Port `70000' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --to-ports 6-5
  iptables v1.8.9 (nf_tables): Port range `5' funky
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --to-ports a
  iptables v1.8.9 (nf_tables): Port `a' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --random
  0
  == --random-fully
  0
  == --to-ports 5:6
  iptables v1.8.9 (nf_tables): Invalid port:port syntax - use dash
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "" "--to-ports 5" "--to-ports 1-2 --random" "--to-ports 0" "--to-ports x" "--to-ports 9-1"; do echo "== $v"; iptables -t nat -A OUTPUT -p tcp -j REDIRECT $v 2>&1; echo $?; done
  == 
  0
  == --to-ports 5
  0
  == --to-ports 1-2 --random
  0
  == --to-ports 0
  0
  == --to-ports x
  iptables v1.8.9 (nf_tables): Port `x' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --to-ports 9-1
  iptables v1.8.9 (nf_tables): Port range `1' funky
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -A OUTPUT -j REDIRECT --to-ports 5 2>&1; echo $?
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 5 2>&1; echo $?
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -A PREROUTING -j SNAT --to-source 1.1.1.1 2>&1; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  4
  $ iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.1.1.1 2>&1; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING
  4
  $ iptables -t nat -A INPUT -j SNAT --to-source 1.1.1.1 2>&1; echo $?
  0
  $ iptables -t nat -A INPUT -j MASQUERADE 2>&1; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -t nat -A PREROUTING -j REDIRECT 2>&1; echo $?
  0
  $ iptables -t filter -A INPUT -j DNAT --to-destination 1.1.1.1 2>&1; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -t nat -A POSTROUTING -j SNAT 2>&1; echo $?
  iptables v1.8.9 (nf_tables): SNAT: option "--to-source" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -A PREROUTING -j DNAT 2>&1; echo $?
  iptables v1.8.9 (nf_tables): DNAT: option "--to-destination" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p icmp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -p udp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -p sctp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -p dccp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -p tcp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING ! -p tcp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -j REDIRECT
  -A INPUT -j SNAT --to-source 1.1.1.1
  -A OUTPUT -p tcp -j REDIRECT
  -A OUTPUT -p tcp -j REDIRECT --to-ports 5
  -A OUTPUT -p tcp -j REDIRECT --to-ports 1-2 --random
  -A OUTPUT -p tcp -j REDIRECT --to-ports 0
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:0
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:65535
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80-90
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.9
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.9-1.2.3.4
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.9:1-2
  -A POSTROUTING -p tcp -j SNAT --to-source :80
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4 --random
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4 --random-fully
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4 --persistent
  -A POSTROUTING -p tcp -j SNAT --to-source 0.0.0.0
  -A POSTROUTING -p tcp -j SNAT --to-source 255.255.255.255
  -A POSTROUTING -j SNAT --to-source 1.2.3.4
  -A POSTROUTING -p udp -j MASQUERADE
  -A POSTROUTING -p udp -j MASQUERADE --to-ports 5
  -A POSTROUTING -p udp -j MASQUERADE --to-ports 5-6
  -A POSTROUTING -p udp -j MASQUERADE --to-ports 0
  -A POSTROUTING -p udp -j MASQUERADE --random
  -A POSTROUTING -p udp -j MASQUERADE --random-fully
  $ iptables -t nat -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  DNAT       1    --  0.0.0.0/0            0.0.0.0/0            to:5.6.7.8:99
  DNAT       17   --  0.0.0.0/0            0.0.0.0/0            to:5.6.7.8:99
  DNAT       132  --  0.0.0.0/0            0.0.0.0/0            to:5.6.7.8:99
  DNAT       33   --  0.0.0.0/0            0.0.0.0/0            to:5.6.7.8:99
  DNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:5.6.7.8:99
  DNAT      !6    --  0.0.0.0/0            0.0.0.0/0            to:5.6.7.8:99
  REDIRECT   0    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  SNAT       0    --  0.0.0.0/0            0.0.0.0/0            to:1.1.1.1
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  REDIRECT   6    --  0.0.0.0/0            0.0.0.0/0           
  REDIRECT   6    --  0.0.0.0/0            0.0.0.0/0            redir ports 5
  REDIRECT   6    --  0.0.0.0/0            0.0.0.0/0            redir ports 1-2 random
  REDIRECT   6    --  0.0.0.0/0            0.0.0.0/0            redir ports 0
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4:80
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4:0
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4:65535
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4:80-90
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4-1.2.3.9
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.9-1.2.3.4
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4-1.2.3.9:1-2
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to::80
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4 random
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4 random-fully
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4 persistent
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:0.0.0.0
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:255.255.255.255
  SNAT       0    --  0.0.0.0/0            0.0.0.0/0            to:1.2.3.4
  MASQUERADE  17   --  0.0.0.0/0            0.0.0.0/0           
  MASQUERADE  17   --  0.0.0.0/0            0.0.0.0/0            masq ports: 5
  MASQUERADE  17   --  0.0.0.0/0            0.0.0.0/0            masq ports: 5-6
  MASQUERADE  17   --  0.0.0.0/0            0.0.0.0/0            masq ports: 0
  MASQUERADE  17   --  0.0.0.0/0            0.0.0.0/0            random
  MASQUERADE  17   --  0.0.0.0/0            0.0.0.0/0            random-fully
  $ iptables-save -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -p icmp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -p udp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -p sctp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -p dccp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -p tcp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING ! -p tcp -j DNAT --to-destination 5.6.7.8:99
  -A PREROUTING -j REDIRECT
  -A INPUT -j SNAT --to-source 1.1.1.1
  -A OUTPUT -p tcp -j REDIRECT
  -A OUTPUT -p tcp -j REDIRECT --to-ports 5
  -A OUTPUT -p tcp -j REDIRECT --to-ports 1-2 --random
  -A OUTPUT -p tcp -j REDIRECT --to-ports 0
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:0
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:65535
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80-90
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.9
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.9-1.2.3.4
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.9:1-2
  -A POSTROUTING -p tcp -j SNAT --to-source :80
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4 --random
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4 --random-fully
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4 --persistent
  -A POSTROUTING -p tcp -j SNAT --to-source 0.0.0.0
  -A POSTROUTING -p tcp -j SNAT --to-source 255.255.255.255
  -A POSTROUTING -j SNAT --to-source 1.2.3.4
  -A POSTROUTING -p udp -j MASQUERADE
  -A POSTROUTING -p udp -j MASQUERADE --to-ports 5
  -A POSTROUTING -p udp -j MASQUERADE --to-ports 5-6
  -A POSTROUTING -p udp -j MASQUERADE --to-ports 0
  -A POSTROUTING -p udp -j MASQUERADE --random
  -A POSTROUTING -p udp -j MASQUERADE --random-fully
  COMMIT
