Random differential sequence (seed 5) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -A OUTPUT ! -i veth+ -o br+ -j REJECT --reject-with icmp-host-prohibited; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -D PREROUTING 1; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t raw -A PREROUTING -p sctp -s 10.0.0.0/8 -o eth1 --sport 1024:65535 -j DROP; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with PREROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p all -d 1.2.3.4/32 -i d0 -j LOG --log-prefix "x: " --log-level 4; echo $?
  0
  $ iptables -A INPUT -p udp -o br+ -j MARK --set-xmark 0x1/0xf; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I INPUT 3 ! -p tcp -d 1.2.3.4/32 ! --dport 53 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t nat -N a-b; echo $?
  0
  $ iptables -t nat -A a-b -j ACCEPT; echo $?
  0
  $ iptables -t nat -A PREROUTING -j a-b; echo $?
  0
  $ iptables -L INPUT -n --line-numbers; echo $?
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    LOG        0    --  0.0.0.0/0            1.2.3.4              LOG flags 0 level 4 prefix "x: "
  0
  $ iptables -t nat -I OUTPUT 3 -p udp -s 192.168.1.0/24 -i eth0 --dport 22: -j DNAT --to-destination 10.0.0.9; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I OUTPUT 2 -p 6 ! -s 10.0.0.0/8 -m tos --tos 0x10 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -D OUTPUT 2; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t nat -A POSTROUTING -p tcp -i veth+ -j MASQUERADE --to-ports 1000-2000; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with POSTROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -d 1.2.3.4/32 -i d0 -j LOG --log-prefix "x: "
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 LOG        0    --  d0     *       0.0.0.0/0            1.2.3.4              LOG flags 0 level 4 prefix "x: "
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -N a-b
  -A PREROUTING -j a-b
  -A a-b -j ACCEPT
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 a-b        0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain a-b (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  $ iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -d 1.2.3.4/32 -i d0 -j LOG --log-prefix "x: "
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  :a-b - [0:0]
  -A PREROUTING -j a-b
  -A a-b -j ACCEPT
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		iifname "d0" ip daddr 1.2.3.4 counter packets 0 bytes 0 log prefix "x: "
  	}
  }
  table ip nat {
  	chain a-b {
  		counter packets 0 bytes 0 accept
  	}
  
  	chain PREROUTING {
  		type nat hook prerouting priority dstnat; policy accept;
  		counter packets 0 bytes 0 jump a-b
  	}
  }
