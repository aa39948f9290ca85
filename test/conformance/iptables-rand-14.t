Random differential sequence (seed 14) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t mangle -L POSTROUTING -n --line-numbers; echo $?
  Chain POSTROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -A OUTPUT -p 6 --dport 22: -j DROP; echo $?
  0
  $ iptables -C FORWARD -p 6 -s 192.168.1.0/24 -d 1.2.3.4/32 -i eth0 -o eth1 -j REJECT --reject-with tcp-reset; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -S PREROUTING 1; echo $?
  0
  $ iptables -t mangle -R POSTROUTING 2 -p tcp -j MARK --set-mark 0x5; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -C INPUT ! -s 10.0.0.0/8 -i eth0 -j RETURN; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t mangle -I OUTPUT 2 -p icmp -d 172.16.0.0/12 -j DSCP --set-dscp 1; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -N a-b; echo $?
  0
  $ iptables -A a-b -j DROP; echo $?
  0
  $ iptables -A INPUT -j a-b; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N a-b
  -A INPUT -j a-b
  -A OUTPUT -p tcp -m tcp --dport 22:65535 -j DROP
  -A a-b -j DROP
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 a-b        0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpts:22:65535
  
  Chain a-b (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  $ iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
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
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :a-b - [0:0]
  -A INPUT -j a-b
  -A OUTPUT -p tcp -m tcp --dport 22:65535 -j DROP
  -A a-b -j DROP
  COMMIT
  $ nft list ruleset
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		tcp dport 22-65535 counter packets 0 bytes 0 drop
  	}
  
  	chain a-b {
  		counter packets 0 bytes 0 drop
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 jump a-b
  	}
  }
