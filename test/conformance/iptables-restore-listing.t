iptables-restore -L and -S lines list the cache as the block left it at that line: a chain renamed keeps its old name there, a chain the block made has no kernel use count ("ERROR obtaining refs" once it has rules), a chain that is not there is refused under iptables-restore's name.
  $ iptables -N c1
  $ iptables -A INPUT -j c1
  $ printf '*filter\n-E c1 c2\n-S\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N c1
  -A INPUT -j c1
  rc=0
  $ printf '*filter\n-N c3\n-A c3 -j RETURN\n-A INPUT -j c3\n-L -n\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  c2         0    --  0.0.0.0/0            0.0.0.0/0           
  c3         0    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain c2 (1 references)
  target     prot opt source               destination         
  
  Chain c3 (ERROR obtaining refs)
  target     prot opt source               destination         
  RETURN     0    --  0.0.0.0/0            0.0.0.0/0           
  rc=0
  $ printf '*filter\n-L nosuch\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): chain `nosuch' in table `filter' is incompatible, use 'nft' tool.
  rc=1
  $ printf '*filter\n-S nosuch\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): chain `nosuch' in table `filter' is incompatible, use 'nft' tool.
  rc=1
  $ printf '*filter\n-S INPUT -v\n-L INPUT 1 -n -v\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  -P INPUT ACCEPT -c 0 0
  -A INPUT -c 0 0 -j c2
  -A INPUT -c 0 0 -j c3
      0     0 c2         0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  rc=0
  $ printf '*filter\n-L -n\nCOMMIT\n' | iptables-restore; echo rc=$?
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  rc=0
  $ printf '*filter\n-S\n-N c9\n-S\nCOMMIT\n' | iptables-restore; echo rc=$?
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N c9
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N c9
