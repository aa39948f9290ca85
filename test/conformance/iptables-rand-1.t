Random differential sequence (seed 1) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t mangle -A PREROUTING -p sctp ! -i d0 -m connmark --mark 5 -j TTL --ttl-set 9; echo $?
  0
  $ iptables -C OUTPUT -p all -d 10.0.0.2 -o br+ -j CONNMARK --save-mark; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t raw -I PREROUTING 2 -p icmp -s 10.1.2.3/16 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -L OUTPUT -n --line-numbers; echo $?
  Chain OUTPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -N a-b; echo $?
  0
  $ iptables -A a-b -j RETURN; echo $?
  0
  $ iptables -A INPUT -j a-b; echo $?
  0
  $ iptables -t mangle -I OUTPUT 3 -p tcp --dport 80 -j CONNMARK --save-mark; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t nat -A INPUT  -j SNAT --to-source 1.2.3.4; echo $?
  0
  $ iptables -t nat -I PREROUTING 2 -p 6 -o eth1 -j REDIRECT --to-ports 8080; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with PREROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -p sctp -d 1.2.3.4/32 -m multiport --ports 1,2 -j MARK --set-xmark 0x1/0xf; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N a-b
  -A INPUT -j a-b
  -A a-b -j RETURN
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 a-b        0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain a-b (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 RETURN     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING ! -i d0 -p sctp -m connmark --mark 0x5 -j TTL --ttl-set 9
  -A INPUT -d 1.2.3.4/32 -p sctp -m multiport --ports 1,2 -j MARK --set-xmark 0x1/0xf
  $ iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 TTL        132  --  !d0    *       0.0.0.0/0            0.0.0.0/0            connmark match  0x5 TTL set to 9
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 MARK       132  --  *      *       0.0.0.0/0            1.2.3.4              multiport ports 1,2 MARK xset 0x1/0xf
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A INPUT -j SNAT --to-source 1.2.3.4
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 SNAT       0    --  *      *       0.0.0.0/0            0.0.0.0/0            to:1.2.3.4
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  $ iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables-save | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING ! -i d0 -p sctp -m connmark --mark 0x5 -j TTL --ttl-set 9
  -A INPUT -d 1.2.3.4/32 -p sctp -m multiport --ports 1,2 -j MARK --set-xmark 0x1/0xf
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :a-b - [0:0]
  -A INPUT -j a-b
  -A a-b -j RETURN
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A INPUT -j SNAT --to-source 1.2.3.4
  COMMIT
  $ nft list ruleset
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		iifname != "d0" meta l4proto sctp ct mark 0x5 counter packets 0 bytes 0 xt target TTL
  	}
  
  	chain INPUT {
  		type filter hook input priority mangle; policy accept;
  		meta l4proto sctp ip daddr 1.2.3.4 sctp sport . sctp dport { 0-65535 . 1, 1 . 0-65535, 0-65535 . 2, 2 . 0-65535 } counter packets 0 bytes 0 meta mark set mark and 0xfffffff0 xor 0x1
  	}
  }
  table ip filter {
  	chain a-b {
  		counter packets 0 bytes 0 return
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 jump a-b
  	}
  }
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain INPUT {
  		type nat hook input priority 100; policy accept;
  		counter packets 0 bytes 0 snat to 1.2.3.4
  	}
  }
