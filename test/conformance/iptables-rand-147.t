Random differential sequence (seed 147) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t raw -L PREROUTING -n --line-numbers; echo $?
  Chain PREROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -t nat -D POSTROUTING 1; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t raw -A OUTPUT -p 6 -s 192.168.1.0/24 -m ttl --ttl-eq 1 -j CT --timeout t1; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain OUTPUT
  4
  $ iptables -t nat -I INPUT 2 -p 6 -d 172.16.0.0/12 -j RETURN; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t mangle -N a-b; echo $?
  0
  $ iptables -t mangle -A a-b -j ACCEPT; echo $?
  0
  $ iptables -t mangle -A PREROUTING -j a-b; echo $?
  0
  $ iptables -A INPUT  -j NFLOG --nflog-group 5 --nflog-prefix p; echo $?
  0
  $ iptables -P INPUT DROP; echo $?
  0
  $ iptables -L OUTPUT -n --line-numbers; echo $?
  Chain OUTPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -t nat -C INPUT -p tcp -o eth1 -j SNAT --to-source 1.2.3.4-1.2.3.8 --random; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -P FORWARD ACCEPT; echo $?
  0
  $ iptables -I FORWARD 3 -p all -j CONNMARK --set-mark 0x7/0xf; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t raw -A PREROUTING -p all -j CT --notrack; echo $?
  0
  $ iptables -S
  -P INPUT DROP
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -j NFLOG --nflog-prefix p --nflog-group 5
  $ iptables -L -n -v -x
  Chain INPUT (policy DROP 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 NFLOG      0    --  *      *       0.0.0.0/0            0.0.0.0/0            nflog-prefix p nflog-group 5
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -N a-b
  -A PREROUTING -j a-b
  -A a-b -j ACCEPT
  $ iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 a-b        0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain a-b (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -j CT --notrack
  $ iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 CT         0    --  *      *       0.0.0.0/0            0.0.0.0/0            CT notrack
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables-save | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  :a-b - [0:0]
  -A PREROUTING -j a-b
  -A a-b -j ACCEPT
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A PREROUTING -j CT --notrack
  COMMIT
  *filter
  :INPUT DROP [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -j NFLOG --nflog-prefix p --nflog-group 5
  COMMIT
  $ nft list ruleset
  table ip mangle {
  	chain a-b {
  		counter packets 0 bytes 0 accept
  	}
  
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		counter packets 0 bytes 0 jump a-b
  	}
  }
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy drop;
  		counter packets 0 bytes 0 log prefix "p" group 5
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  	}
  }
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		counter packets 0 bytes 0 notrack
  	}
  }
