A builtin chain renamed with -E: the table becomes incompatible (the note before -S and -L), INPUT comes back on the next -A, nft shows both base chains; DROP refused in the nat table as a jump or a policy before any other check; the two-word commands' missing second word.
  $ iptables -A INPUT -s 10.0.0.1 -j ACCEPT
  $ iptables -E INPUT foo; echo $?
  0
  $ iptables -S
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  $ iptables -A INPUT -j DROP
  $ iptables -S
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -j DROP
  $ iptables -L -n
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  DROP       0    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables -E FORWARD bar; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -S
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -j DROP
  $ nft list ruleset
  table ip filter {
  	chain foo {
  		type filter hook input priority filter; policy accept;
  		ip saddr 10.0.0.1 counter packets 0 bytes 0 accept
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 drop
  	}
  }
  $ iptables -E INPUT
  iptables v1.8.9 (nf_tables): -E requires old-chain-name and new-chain-name
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -E INPUT -x
  iptables v1.8.9 (nf_tables): -E requires old-chain-name and new-chain-name
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -P INPUT
  iptables v1.8.9 (nf_tables): -P requires a chain and a policy
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -R INPUT !
  iptables v1.8.9 (nf_tables): -R requires a rule number
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A POSTROUTING -m ttl -j DROP
  iptables v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A POSTROUTING -j DROP
  iptables v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -L POSTROUTING -j DROP
  iptables v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -P POSTROUTING DROP -j ACCEPT
  iptables v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -I POSTROUTING 5 -j DROP
  iptables v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t NAT -A POSTROUTING -j DROP
  iptables v1.8.9 (nf_tables): table 'NAT' does not exist
  Perhaps iptables or your kernel needs to be upgraded.
  [3]
