iptables: listing formats, checks, renames, policies and error texts.
  $ iptables -A INPUT -s 10.0.0.0/8 -j DROP
  $ iptables -A INPUT -p tcp --dport 22 -j ACCEPT
  $ iptables -I INPUT 2 -i lo -j ACCEPT
  $ iptables -L INPUT -n --line-numbers
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DROP       0    --  10.0.0.0/8           0.0.0.0/0           
  2    ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0           
  3    ACCEPT     6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:22
  $ iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       10.0.0.0/8           0.0.0.0/0           
         0        0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
         0        0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:22
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -s 10.0.0.0/8 -j DROP
  -A INPUT -i lo -j ACCEPT
  -A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
  $ iptables -S INPUT 2
  -A INPUT -i lo -j ACCEPT
  $ iptables -C INPUT -p tcp --dport 22 -j ACCEPT
  $ iptables -C INPUT -p tcp --dport 23 -j ACCEPT
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ iptables -D INPUT -p tcp --dport 23 -j ACCEPT
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ iptables -D INPUT 9
  iptables: Index of deletion too big.
  [1]
  $ iptables -I INPUT 9 -j ACCEPT
  iptables: Index of insertion too big.
  [1]
  $ iptables -R INPUT 9 -j ACCEPT
  iptables: Index of replacement too big.
  [1]
  $ iptables -R INPUT 1 -s 11.0.0.0/8 -j REJECT
  $ iptables -N MYCHAIN
  $ iptables -N MYCHAIN
  iptables: Chain already exists.
  [1]
  $ iptables -A INPUT -j MYCHAIN
  $ iptables -X MYCHAIN
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain MYCHAIN
  [4]
  $ iptables -E MYCHAIN OTHER
  $ iptables -E NOSUCH OTHER2
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 11.0.0.0/8 -j REJECT --reject-with icmp-port-unreachable
  -A INPUT -i lo -j ACCEPT
  -A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
  -A INPUT -j OTHER
  $ iptables -P INPUT BOGUS
  iptables: Bad policy name. Run `dmesg' for more information.
  [1]
  $ iptables -P MYCHAIN DROP
  iptables: Bad built-in chain name.
  [1]
  $ iptables -P OTHER DROP
  iptables: Bad built-in chain name.
  [1]
  $ iptables -P FORWARD DROP
  $ iptables -L FORWARD
  Chain FORWARD (policy DROP)
  target     prot opt source               destination         
  $ iptables -A NOSUCH -j ACCEPT
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -A INPUT -j NOSUCHTARGET
  iptables v1.8.9 (nf_tables): Chain 'NOSUCHTARGET' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p bogus -j ACCEPT
  iptables v1.8.9 (nf_tables): unknown protocol "bogus" specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -s 300.1.1.1 -j ACCEPT
  iptables v1.8.9 (nf_tables): host/network `300.1.1.1' not found
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT --dport 80 -j ACCEPT
  iptables v1.8.9 (nf_tables): unknown option "--dport"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -L NOSUCH
  iptables v1.8.9 (nf_tables): chain `NOSUCH' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -Z INPUT
  $ iptables -Z NOSUCH
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -F OTHER
  $ iptables -D INPUT -j OTHER
  $ iptables -X OTHER
  $ iptables -X OTHER
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -F
  $ iptables -X
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD DROP
  -P OUTPUT ACCEPT
  $ iptables -t bogus -L
  iptables v1.8.9 (nf_tables): table 'bogus' does not exist
  Perhaps iptables or your kernel needs to be upgraded.
  [3]
  $ iptables -L -t nat -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables --bogus
  iptables v1.8.9 (nf_tables): unknown option "--bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables
  iptables v1.8.9 (nf_tables): no command specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
