iptables-restore --noflush and the chains already there: ":BUILTIN POLICY [p:b]" resets counters (kept with -c), ":USER -" empties a user chain still jumped to, -X of builtin chains (an empty ACCEPT one goes, one with rules or DROP stays), -F and -X of the whole table.
  $ iptables -N user1
  $ iptables -A user1 -j ACCEPT
  $ iptables -A INPUT -j user1
  $ iptables -P OUTPUT DROP
  $ printf '*filter\n:INPUT ACCEPT [3:30]\n:user1 - [0:0]\n-A user1 -s 10.0.0.1 -j RETURN\nCOMMIT\n' | iptables-restore -n -c; echo rc=$?
  rc=0
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 3 packets, 30 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 user1      0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy DROP 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain user1 (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 RETURN     0    --  *      *       10.0.0.1             0.0.0.0/0           
  $ printf '*filter\n:INPUT - [7:70]\nCOMMIT\n' | iptables-restore -n -c; echo rc=$?
  rc=0
  $ iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 7 packets, 70 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 user1      0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ printf '*filter\n:INPUT - [7:70]\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 user1      0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ printf '*filter\n-X FORWARD\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: No chain/target/match by that name.
  rc=1
  $ nft list table ip filter | grep -c chain
  3
  $ printf '*filter\n-X OUTPUT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: Directory not empty.
  rc=1
  $ printf '*filter\n-X\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 2: CHAIN_DEL failed (Device or resource busy): chain user1
  rc=4
  $ printf '*filter\n-F\n-X\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ nft list table ip filter
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy drop;
  	}
  }
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT DROP
  $ printf '*filter\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ nft list table ip filter
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  	}
  }
  $ printf '*nat\n-F\n-X\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ nft list tables
  table ip filter
  $ printf '*raw\n-X\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ nft list tables
  table ip filter
