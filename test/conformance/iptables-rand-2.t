Random differential sequence (seed 2) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -A INPUT -p 6 -d 10.0.0.2 ! --dport 53 -j RETURN; echo $?
  0
  $ iptables -t raw -I OUTPUT 2 -p all ! -s 10.1.2.3/16 -j DROP; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t mangle -A INPUT -p tcp -s 0.0.0.0/0 -i d0 -j ACCEPT; echo $?
  0
  $ iptables -L FORWARD -n --line-numbers; echo $?
  Chain FORWARD (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -t nat -L INPUT -n --line-numbers; echo $?
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -t nat -R POSTROUTING 1 -p icmp --icmp-type any -j MASQUERADE --to-ports 1000-2000; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t mangle -I OUTPUT 1 -p udp --dport 22: -j TOS --set-tos 0x10; echo $?
  0
  $ iptables -t mangle -I POSTROUTING 3 -p all -j MARK --set-xmark 0x1/0xf; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t raw -L PREROUTING -n --line-numbers; echo $?
  Chain PREROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -A OUTPUT ! -p 6 --dport 22: -m length --length 100:200 -j REJECT --reject-with tcp-reset; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  4
  $ iptables -S FORWARD 1; echo $?
  0
  $ iptables -A FORWARD ! -p 6 ! -s 10.0.0.1 -i veth+ --dport 80 -j LOG --log-prefix "x: " --log-level 4; echo $?
  0
  $ iptables -A INPUT -s 10.0.0.1,10.0.0.2 -j ACCEPT; echo $?
  0
  $ iptables -t mangle -N log_drop; echo $?
  0
  $ iptables -t mangle -A log_drop -j DROP; echo $?
  0
  $ iptables -t mangle -A PREROUTING -j log_drop; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -d 10.0.0.2/32 -p tcp -m tcp ! --dport 53 -j RETURN
  -A INPUT -s 10.0.0.1/32 -j ACCEPT
  -A INPUT -s 10.0.0.2/32 -j ACCEPT
  -A FORWARD ! -s 10.0.0.1/32 -i veth+ ! -p tcp -m tcp --dport 80 -j LOG --log-prefix "x: "
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 RETURN     6    --  *      *       0.0.0.0/0            10.0.0.2             tcp dpt:!53
         0        0 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
         0        0 ACCEPT     0    --  *      *       10.0.0.2             0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 LOG       !6    --  veth+  *      !10.0.0.1             0.0.0.0/0            tcp dpt:80 LOG flags 0 level 4 prefix "x: "
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -N log_drop
  -A PREROUTING -j log_drop
  -A INPUT -i d0 -p tcp -j ACCEPT
  -A OUTPUT -p udp -m udp --dport 22:65535 -j TOS --set-tos 0x10/0xff
  -A log_drop -j DROP
  $ iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 log_drop   0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     6    --  d0     *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 TOS        17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpts:22:65535 TOS set 0x10/0xff
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain log_drop (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           
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
  :log_drop - [0:0]
  -A PREROUTING -j log_drop
  -A INPUT -i d0 -p tcp -j ACCEPT
  -A OUTPUT -p udp -m udp --dport 22:65535 -j TOS --set-tos 0x10/0xff
  -A log_drop -j DROP
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -d 10.0.0.2/32 -p tcp -m tcp ! --dport 53 -j RETURN
  -A INPUT -s 10.0.0.1/32 -j ACCEPT
  -A INPUT -s 10.0.0.2/32 -j ACCEPT
  -A FORWARD ! -s 10.0.0.1/32 -i veth+ ! -p tcp -m tcp --dport 80 -j LOG --log-prefix "x: "
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		ip daddr 10.0.0.2 tcp dport != 53 counter packets 0 bytes 0 return
  		ip saddr 10.0.0.1 counter packets 0 bytes 0 accept
  		ip saddr 10.0.0.2 counter packets 0 bytes 0 accept
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		iifname "veth*" meta l4proto != tcp ip saddr != 10.0.0.1 th dport 80 counter packets 0 bytes 0 log prefix "x: "
  	}
  }
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain INPUT {
  		type filter hook input priority mangle; policy accept;
  		iifname "d0" meta l4proto tcp counter packets 0 bytes 0 accept
  	}
  
  	chain OUTPUT {
  		type route hook output priority mangle; policy accept;
  		udp dport 22-65535 counter packets 0 bytes 0 ip6 dscp set 0x04
  	}
  
  	chain log_drop {
  		counter packets 0 bytes 0 drop
  	}
  
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		counter packets 0 bytes 0 jump log_drop
  	}
  }
