iptables -I CHAIN N at one past the last rule appends (nft_rule_insert()'s special case): the error label of a refused rule is RULE_APPEND, several source addresses end last first.
  $ iptables -N u
  $ iptables -I u 1 -s 10.0.0.1; echo $?
  0
  $ iptables -I u 2 -s 10.0.0.2; echo $?
  0
  $ iptables -I u 4 -s 10.0.0.4; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -I u 3 -s 10.0.0.5,10.0.0.6,10.0.0.7; echo $?
  0
  $ iptables -S u
  -N u
  -A u -s 10.0.0.1/32
  -A u -s 10.0.0.2/32
  -A u -s 10.0.0.7/32
  -A u -s 10.0.0.6/32
  -A u -s 10.0.0.5/32
  $ iptables -I u 6 -p tcp -j REJECT --reject-with tcp-reset; echo $?
  0
  $ iptables -I u 7 -p udp -j REJECT --reject-with tcp-reset; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain u
  4
  $ iptables -I u 7 -o lo -j AUDIT --type drop; echo $?
  0
  $ iptables -I u 7 -m conntrack --ctstate NEW -j DROP -v; echo $?
  DROP  all opt -- in * out *  0.0.0.0/0  -> 0.0.0.0/0   ctstate NEW
  0
  $ iptables -I u 8 -s 10.0.0.8,10.0.0.9 -j RETURN -v; echo $?
  RETURN  all opt -- in * out *  10.0.0.8  -> 0.0.0.0/0  
  RETURN  all opt -- in * out *  10.0.0.9  -> 0.0.0.0/0  
  0
  $ iptables -I u 11 -p icmp -s 10.0.0.10,10.0.0.11 -j AUDIT --type accept; echo $?
  0
  $ iptables -I u 12 -p icmp -j AUDIT --type accept; echo $?
  0
  $ iptables -L u -n --line-numbers
  Chain u (0 references)
  num  target     prot opt source               destination         
  1               0    --  10.0.0.1             0.0.0.0/0           
  2               0    --  10.0.0.2             0.0.0.0/0           
  3               0    --  10.0.0.7             0.0.0.0/0           
  4               0    --  10.0.0.6             0.0.0.0/0           
  5               0    --  10.0.0.5             0.0.0.0/0           
  6    REJECT     6    --  0.0.0.0/0            0.0.0.0/0            reject-with tcp-reset
  7    DROP       0    --  0.0.0.0/0            0.0.0.0/0            ctstate NEW
  8    RETURN     0    --  10.0.0.9             0.0.0.0/0           
  9    RETURN     0    --  10.0.0.8             0.0.0.0/0           
  10   AUDIT      0    --  0.0.0.0/0            0.0.0.0/0            AUDIT drop
  11   AUDIT      1    --  10.0.0.11            0.0.0.0/0            AUDIT accept
  12   AUDIT      1    --  0.0.0.0/0            0.0.0.0/0            AUDIT accept
  13   AUDIT      1    --  10.0.0.10            0.0.0.0/0            AUDIT accept
  $ iptables -I INPUT 1 -j u; iptables -I INPUT 2 -p icmp; iptables -I INPUT 3 -i lo; echo $?
  0
  $ iptables -I INPUT 5 -i lo; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -j u
  -A INPUT -p icmp
  -A INPUT -i lo
  $ iptables -t nat -I POSTROUTING 2 -j MASQUERADE; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t nat -I POSTROUTING 1 -j MASQUERADE; iptables -t nat -I POSTROUTING 2 -o lo -j SNAT --to-source 1.1.1.1 -v; echo $?
  SNAT  all opt -- in * out lo  0.0.0.0/0  -> 0.0.0.0/0   to:1.1.1.1
  0
  $ iptables -t nat -I POSTROUTING 3 -i lo -j SNAT --to-source 1.1.1.1; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with POSTROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -S POSTROUTING
  -P POSTROUTING ACCEPT
  -A POSTROUTING -j MASQUERADE
  -A POSTROUTING -o lo -j SNAT --to-source 1.1.1.1
