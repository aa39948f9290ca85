User chain names: limits, odd characters, rename and delete forms; -F/-Z/-X without a chain.
  $ iptables -N abcdefghijklmnopqrstuvwxyz01
  $ iptables -N abcdefghijklmnopqrstuvwxyz012
  iptables v1.8.9 (nf_tables): chain name `abcdefghijklmnopqrstuvwxyz012' too long (must be under 29 chars)
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -N abcdefghijklmnopqrstuvwxyz0123
  iptables v1.8.9 (nf_tables): chain name `abcdefghijklmnopqrstuvwxyz0123' too long (must be under 29 chars)
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -N -foo
  iptables v1.8.9 (nf_tables): chain name not allowed to start with `-'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -N 'a b'
  iptables v1.8.9 (nf_tables): Invalid chain name `a b'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -N ACCEPT
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -N DROP2
  $ iptables -N RETURN
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -N a!b
  $ iptables -N 123
  $ iptables -L -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain 123 (0 references)
  target     prot opt source               destination         
  
  Chain DROP2 (0 references)
  target     prot opt source               destination         
  
  Chain a!b (0 references)
  target     prot opt source               destination         
  
  Chain abcdefghijklmnopqrstuvwxyz01 (0 references)
  target     prot opt source               destination         
  $ iptables -E DROP2 NEW2
  $ iptables -E NOPE NEW3
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -E NEW2 ACCEPT
  $ iptables -E NEW2 abcdefghijklmnopqrstuvwxyz0123
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -A 123 -j NEW2
  iptables v1.8.9 (nf_tables): Chain 'NEW2' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A NEW2 -j 123
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -A INPUT -j 123
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N 123
  -N ACCEPT
  -N a!b
  -N abcdefghijklmnopqrstuvwxyz01
  -A INPUT -j 123
  $ iptables -X 123
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain 123
  [4]
  $ iptables -X NEW2
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -F
  $ iptables -X NEW2
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -X
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  $ iptables -X NEW2
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -F NEW2
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -Z NEW2
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -L NEW2
  iptables v1.8.9 (nf_tables): chain `NEW2' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -S NEW2
  iptables v1.8.9 (nf_tables): chain `NEW2' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -t nat -N X
  $ iptables -t nat -A X -j MASQUERADE
  $ iptables -t nat -A POSTROUTING -j X
  $ iptables -t nat -A PREROUTING -j X
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -N X
  -A POSTROUTING -j X
  -A X -j MASQUERADE
