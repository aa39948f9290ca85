Protocol and fragment selectors of a firewall in front of a fragmenting/NAT lab: -p by name, number, alias, all/0, negated, with -f and ! -f, their listings (-L, -L -n, -S, nft) and the errors for bad ones.
  $ iptables -A INPUT -p icmp -f
  $ iptables -A INPUT -p 17 ! -f
  $ iptables -A INPUT -p all -j ACCEPT
  $ iptables -A INPUT -p 0 -j ACCEPT
  $ iptables -A INPUT ! -p tcp -j ACCEPT
  $ iptables -A INPUT -p ICMP -j ACCEPT
  $ iptables -A INPUT -p gre -j ACCEPT
  $ iptables -A INPUT -p 253 -j ACCEPT
  $ iptables -A INPUT -p ipv6-icmp -j ACCEPT
  $ iptables -A INPUT -p sctp -j ACCEPT
  $ iptables -A INPUT -p 300 -j ACCEPT
  iptables v1.8.9 (nf_tables): unknown protocol "300" specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p bogus -j ACCEPT
  iptables v1.8.9 (nf_tables): unknown protocol "bogus" specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p udp -f --dport 53
  $ iptables -A INPUT -f -f
  iptables v1.8.9 (nf_tables): multiple -f flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             icmp -f  anywhere             anywhere            
             udp  !f  anywhere             anywhere            
  ACCEPT     all  --  anywhere             anywhere            
  ACCEPT     all  --  anywhere             anywhere            
  ACCEPT    !tcp  --  anywhere             anywhere            
  ACCEPT     icmp --  anywhere             anywhere            
  ACCEPT     gre  --  anywhere             anywhere            
  ACCEPT     253  --  anywhere             anywhere            
  ACCEPT     ipv6-icmp --  anywhere             anywhere            
  ACCEPT     sctp --  anywhere             anywhere            
             udp  -f  anywhere             anywhere             udp dpt:domain
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             1    -f  0.0.0.0/0            0.0.0.0/0           
             17   !f  0.0.0.0/0            0.0.0.0/0           
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0           
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0           
  ACCEPT    !6    --  0.0.0.0/0            0.0.0.0/0           
  ACCEPT     1    --  0.0.0.0/0            0.0.0.0/0           
  ACCEPT     47   --  0.0.0.0/0            0.0.0.0/0           
  ACCEPT     253  --  0.0.0.0/0            0.0.0.0/0           
  ACCEPT     58   --  0.0.0.0/0            0.0.0.0/0           
  ACCEPT     132  --  0.0.0.0/0            0.0.0.0/0           
             17   -f  0.0.0.0/0            0.0.0.0/0            udp dpt:53
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -f
  -A INPUT -p udp ! -f
  -A INPUT -j ACCEPT
  -A INPUT -j ACCEPT
  -A INPUT ! -p tcp -j ACCEPT
  -A INPUT -p icmp -j ACCEPT
  -A INPUT -p gre -j ACCEPT
  -A INPUT -p 253 -j ACCEPT
  -A INPUT -p ipv6-icmp -j ACCEPT
  -A INPUT -p sctp -j ACCEPT
  -A INPUT -p udp -f -m udp --dport 53
  $ nft list chain ip filter INPUT
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		meta l4proto icmp ip frag-off & 8191 != 0 counter packets 0 bytes 0
  		meta l4proto udp ip frag-off & 8191 == 0 counter packets 0 bytes 0
  		counter packets 0 bytes 0 accept
  		counter packets 0 bytes 0 accept
  		meta l4proto != tcp counter packets 0 bytes 0 accept
  		meta l4proto icmp counter packets 0 bytes 0 accept
  		meta l4proto gre counter packets 0 bytes 0 accept
  		meta l4proto 253 counter packets 0 bytes 0 accept
  		meta l4proto ipv6-icmp counter packets 0 bytes 0 accept
  		meta l4proto sctp counter packets 0 bytes 0 accept
  		ip frag-off & 8191 != 0 udp dport 53 counter packets 0 bytes 0
  	}
  }
