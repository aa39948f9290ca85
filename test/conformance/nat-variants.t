NAT rule variants: port ranges, --random, --persistent, address ranges, listing.
  $ iptables -t nat -A POSTROUTING -o lo -p udp -j SNAT --to-source 10.0.0.1-10.0.0.5:1000-2000
  $ iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 10.0.0.9 --random --persistent
  $ iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 5000-6000 --random
  $ iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 5000
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  $ iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.0.0.2-10.0.0.3
  $ iptables -t nat -A PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 8081-8089
  $ iptables -t nat -A PREROUTING -j REDIRECT --to-ports 8081
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A INPUT -j DNAT --to-destination 1.2.3.4
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -t nat -A OUTPUT -j SNAT --to-source 1.2.3.4
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -t nat -A POSTROUTING -j SNAT
  iptables v1.8.9 (nf_tables): SNAT: option "--to-source" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2:90-80
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  -A PREROUTING -p udp -m udp --dport 53 -j DNAT --to-destination 10.0.0.2-10.0.0.3
  -A PREROUTING -p tcp -m tcp --dport 81 -j REDIRECT --to-ports 8081-8089
  -A POSTROUTING -o lo -p udp -j SNAT --to-source 10.0.0.1-10.0.0.5:1000-2000
  -A POSTROUTING -p tcp -j SNAT --to-source 10.0.0.9 --random --persistent
  -A POSTROUTING -p tcp -j MASQUERADE --to-ports 5000-6000 --random
  $ iptables -t nat -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  DNAT       6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:80 to:10.0.0.2:8080
  DNAT       17   --  0.0.0.0/0            0.0.0.0/0            udp dpt:53 to:10.0.0.2-10.0.0.3
  REDIRECT   6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:81 redir ports 8081-8089
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  SNAT       17   --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.1-10.0.0.5:1000-2000
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.9 random persistent
  MASQUERADE  6    --  0.0.0.0/0            0.0.0.0/0            masq ports: 5000-6000 random
  $ iptables -t nat -L POSTROUTING -n -v --line-numbers
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        0     0 SNAT       17   --  *      lo      0.0.0.0/0            0.0.0.0/0            to:10.0.0.1-10.0.0.5:1000-2000
  2        0     0 SNAT       6    --  *      *       0.0.0.0/0            0.0.0.0/0            to:10.0.0.9 random persistent
  3        0     0 MASQUERADE  6    --  *      *       0.0.0.0/0            0.0.0.0/0            masq ports: 5000-6000 random
  $ iptables -t nat -D POSTROUTING 2
  $ iptables -t nat -S POSTROUTING
  -P POSTROUTING ACCEPT
  -A POSTROUTING -o lo -p udp -j SNAT --to-source 10.0.0.1-10.0.0.5:1000-2000
  -A POSTROUTING -p tcp -j MASQUERADE --to-ports 5000-6000 --random
  $ iptables -t nat -F
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  $ iptables-save -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  COMMIT
