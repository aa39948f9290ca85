The NAT targets a port-forwarding lab writes, as iptables lists them with and without -n (service names, "anywhere"), -S, iptables-save and -L --line-numbers: SNAT/DNAT ranges with ports, --random, --random-fully, --persistent, MASQUERADE/REDIRECT ports, and bad NAT arguments.
  $ iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
  $ iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.0.0.1-10.0.0.3:5353-5355 --random
  $ iptables -t nat -A PREROUTING -p tcp -m multiport --dports 22,443 -j DNAT --to-destination 10.0.0.9 --persistent
  $ iptables -t nat -A PREROUTING -p tcp --dport 8443 -j REDIRECT --to-ports 443
  $ iptables -t nat -A PREROUTING -p udp --dport 1000:2000 -j REDIRECT --to-ports 3000-4000 --random
  $ iptables -t nat -A POSTROUTING -s 192.168.1.0/24 -o eth9 -j MASQUERADE
  $ iptables -t nat -A POSTROUTING -p tcp -o eth9 -j MASQUERADE --to-ports 40000-50000 --random-fully
  $ iptables -t nat -A POSTROUTING -s 192.168.2.0/24 -j SNAT --to-source 198.51.100.1
  $ iptables -t nat -A POSTROUTING -p udp -s 192.168.3.0/24 -j SNAT --to-source 198.51.100.1-198.51.100.4:1024-2048 --persistent
  $ iptables -t nat -A OUTPUT -p tcp -d 192.0.2.1 --dport 25 -j DNAT --to-destination 127.0.0.1:2525
  $ iptables -t nat -L
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  DNAT       tcp  --  anywhere             anywhere             tcp dpt:http to:10.0.0.1:8080
  DNAT       udp  --  anywhere             anywhere             udp dpt:domain to:10.0.0.1-10.0.0.3:5353-5355 random
  DNAT       tcp  --  anywhere             anywhere             multiport dports ssh,https to:10.0.0.9 persistent
  REDIRECT   tcp  --  anywhere             anywhere             tcp dpt:8443 redir ports 443
  REDIRECT   udp  --  anywhere             anywhere             udp dpts:1000:2000 redir ports 3000-4000 random
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  DNAT       tcp  --  anywhere             192.0.2.1            tcp dpt:smtp to:127.0.0.1:2525
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  MASQUERADE  all  --  192.168.1.0/24       anywhere            
  MASQUERADE  tcp  --  anywhere             anywhere             masq ports: 40000-50000 random-fully
  SNAT       all  --  192.168.2.0/24       anywhere             to:198.51.100.1
  SNAT       udp  --  192.168.3.0/24       anywhere             to:198.51.100.1-198.51.100.4:1024-2048 persistent
  $ iptables -t nat -L -n --line-numbers
  Chain PREROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DNAT       6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:80 to:10.0.0.1:8080
  2    DNAT       17   --  0.0.0.0/0            0.0.0.0/0            udp dpt:53 to:10.0.0.1-10.0.0.3:5353-5355 random
  3    DNAT       6    --  0.0.0.0/0            0.0.0.0/0            multiport dports 22,443 to:10.0.0.9 persistent
  4    REDIRECT   6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:8443 redir ports 443
  5    REDIRECT   17   --  0.0.0.0/0            0.0.0.0/0            udp dpts:1000:2000 redir ports 3000-4000 random
  
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DNAT       6    --  0.0.0.0/0            192.0.2.1            tcp dpt:25 to:127.0.0.1:2525
  
  Chain POSTROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  1    MASQUERADE  0    --  192.168.1.0/24       0.0.0.0/0           
  2    MASQUERADE  6    --  0.0.0.0/0            0.0.0.0/0            masq ports: 40000-50000 random-fully
  3    SNAT       0    --  192.168.2.0/24       0.0.0.0/0            to:198.51.100.1
  4    SNAT       17   --  192.168.3.0/24       0.0.0.0/0            to:198.51.100.1-198.51.100.4:1024-2048 persistent
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
  -A PREROUTING -p udp -m udp --dport 53 -j DNAT --to-destination 10.0.0.1-10.0.0.3:5353-5355 --random
  -A PREROUTING -p tcp -m multiport --dports 22,443 -j DNAT --to-destination 10.0.0.9 --persistent
  -A PREROUTING -p tcp -m tcp --dport 8443 -j REDIRECT --to-ports 443
  -A PREROUTING -p udp -m udp --dport 1000:2000 -j REDIRECT --to-ports 3000-4000 --random
  -A OUTPUT -d 192.0.2.1/32 -p tcp -m tcp --dport 25 -j DNAT --to-destination 127.0.0.1:2525
  -A POSTROUTING -s 192.168.1.0/24 -o eth9 -j MASQUERADE
  -A POSTROUTING -o eth9 -p tcp -j MASQUERADE --to-ports 40000-50000 --random-fully
  -A POSTROUTING -s 192.168.2.0/24 -j SNAT --to-source 198.51.100.1
  -A POSTROUTING -s 192.168.3.0/24 -p udp -j SNAT --to-source 198.51.100.1-198.51.100.4:1024-2048 --persistent
  $ iptables-save -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
  -A PREROUTING -p udp -m udp --dport 53 -j DNAT --to-destination 10.0.0.1-10.0.0.3:5353-5355 --random
  -A PREROUTING -p tcp -m multiport --dports 22,443 -j DNAT --to-destination 10.0.0.9 --persistent
  -A PREROUTING -p tcp -m tcp --dport 8443 -j REDIRECT --to-ports 443
  -A PREROUTING -p udp -m udp --dport 1000:2000 -j REDIRECT --to-ports 3000-4000 --random
  -A OUTPUT -d 192.0.2.1/32 -p tcp -m tcp --dport 25 -j DNAT --to-destination 127.0.0.1:2525
  -A POSTROUTING -s 192.168.1.0/24 -o eth9 -j MASQUERADE
  -A POSTROUTING -o eth9 -p tcp -j MASQUERADE --to-ports 40000-50000 --random-fully
  -A POSTROUTING -s 192.168.2.0/24 -j SNAT --to-source 198.51.100.1
  -A POSTROUTING -s 192.168.3.0/24 -p udp -j SNAT --to-source 198.51.100.1-198.51.100.4:1024-2048 --persistent
  COMMIT
  $ iptables -t nat -A PREROUTING -j DNAT
  iptables v1.8.9 (nf_tables): DNAT: option "--to-destination" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1:80
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:99999
  iptables v1.8.9 (nf_tables): Port `99999' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.300
  iptables v1.8.9 (nf_tables): Bad IP address "10.0.0.300"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.5-10.0.0.1
  $ iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 100
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -j SNAT --to-source 1.2.3.4
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.2.3.4
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING
  [4]
  $ iptables -t filter -A INPUT -j MASQUERADE
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 0
