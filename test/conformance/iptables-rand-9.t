Random differential sequence (seed 9) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t mangle -A FORWARD -p sctp -s 0.0.0.0/0 -d 1.2.3.4/32 -m connmark --mark 5 -j RETURN; echo $?
  0
  $ iptables -t raw -A OUTPUT -s 0.0.0.0/0 -d 1.2.3.4/32 -m addrtype --dst-type LOCAL -j DROP; echo $?
  0
  $ iptables -A OUTPUT -m conntrack --ctstate NEW,ESTABLISHED -j CONNMARK --save-mark; echo $?
  0
  $ iptables -t nat -S PREROUTING 2; echo $?
  0
  $ iptables -A INPUT ! -p all -d 10.0.0.2 -m conntrack --ctstate NEW,ESTABLISHED -j DROP; echo $?
  iptables v1.8.9 (nf_tables): rule would never match protocol
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -D PREROUTING 3; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -A FORWARD -p 6 -d 1.2.3.4/32 -o br+ -m multiport --dports 80,443,8000:8080 -j LOG --log-prefix "x: " --log-level 4; echo $?
  0
  $ iptables -t raw -N a-b; echo $?
  0
  $ iptables -t raw -A a-b -j ACCEPT; echo $?
  0
  $ iptables -t raw -A PREROUTING -j a-b; echo $?
  0
  $ iptables -A OUTPUT -p tcp -s 10.0.0.1,10.0.0.2 --tcp-option 2 -j LOG --log-prefix "x: " --log-level 4; echo $?
  0
  $ iptables -A FORWARD ! -p 6 --dport 22: -j REJECT --reject-with tcp-reset; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  4
  $ iptables -A OUTPUT ! -p sctp -s 10.1.2.3/16 -j REJECT --reject-with icmp-host-prohibited; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A FORWARD -d 1.2.3.4/32 -o br+ -p tcp -m multiport --dports 80,443,8000:8080 -j LOG --log-prefix "x: "
  -A OUTPUT -m conntrack --ctstate NEW,ESTABLISHED -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A OUTPUT -s 10.0.0.1/32 -p tcp -m tcp --tcp-option 2 -j LOG --log-prefix "x: "
  -A OUTPUT -s 10.0.0.2/32 -p tcp -m tcp --tcp-option 2 -j LOG --log-prefix "x: "
  -A OUTPUT -s 10.1.0.0/16 ! -p sctp -j REJECT --reject-with icmp-host-prohibited
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 LOG        6    --  *      br+     0.0.0.0/0            1.2.3.4              multiport dports 80,443,8000:8080 LOG flags 0 level 4 prefix "x: "
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED CONNMARK save
         0        0 LOG        6    --  *      *       10.0.0.1             0.0.0.0/0            tcp option=2 LOG flags 0 level 4 prefix "x: "
         0        0 LOG        6    --  *      *       10.0.0.2             0.0.0.0/0            tcp option=2 LOG flags 0 level 4 prefix "x: "
         0        0 REJECT    !132  --  *      *       10.1.0.0/16          0.0.0.0/0            reject-with icmp-host-prohibited
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A FORWARD -d 1.2.3.4/32 -p sctp -m connmark --mark 0x5 -j RETURN
  $ iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 RETURN     132  --  *      *       0.0.0.0/0            1.2.3.4              connmark match  0x5
  
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
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -N a-b
  -A PREROUTING -j a-b
  -A OUTPUT -d 1.2.3.4/32 -m addrtype --dst-type LOCAL -j DROP
  -A a-b -j ACCEPT
  $ iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 a-b        0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       0.0.0.0/0            1.2.3.4              ADDRTYPE match dst-type LOCAL
  
  Chain a-b (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables-save | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A FORWARD -d 1.2.3.4/32 -p sctp -m connmark --mark 0x5 -j RETURN
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :a-b - [0:0]
  -A PREROUTING -j a-b
  -A OUTPUT -d 1.2.3.4/32 -m addrtype --dst-type LOCAL -j DROP
  -A a-b -j ACCEPT
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A FORWARD -d 1.2.3.4/32 -o br+ -p tcp -m multiport --dports 80,443,8000:8080 -j LOG --log-prefix "x: "
  -A OUTPUT -m conntrack --ctstate NEW,ESTABLISHED -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A OUTPUT -s 10.0.0.1/32 -p tcp -m tcp --tcp-option 2 -j LOG --log-prefix "x: "
  -A OUTPUT -s 10.0.0.2/32 -p tcp -m tcp --tcp-option 2 -j LOG --log-prefix "x: "
  -A OUTPUT -s 10.1.0.0/16 ! -p sctp -j REJECT --reject-with icmp-host-prohibited
  COMMIT
  $ nft list ruleset
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain FORWARD {
  		type filter hook forward priority mangle; policy accept;
  		meta l4proto sctp ip daddr 1.2.3.4 ct mark 0x5 counter packets 0 bytes 0 return
  	}
  }
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain OUTPUT {
  		type filter hook output priority raw; policy accept;
  		ip daddr 1.2.3.4 fib daddr type local counter packets 0 bytes 0 drop
  	}
  
  	chain a-b {
  		counter packets 0 bytes 0 accept
  	}
  
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		counter packets 0 bytes 0 jump a-b
  	}
  }
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		ct state new,established counter packets 0 bytes 0 ct mark set mark
  		meta l4proto tcp ip saddr 10.0.0.1 tcp option 2 exists counter packets 0 bytes 0 log prefix "x: "
  		meta l4proto tcp ip saddr 10.0.0.2 tcp option 2 exists counter packets 0 bytes 0 log prefix "x: "
  		meta l4proto != sctp ip saddr 10.1.0.0/16 counter packets 0 bytes 0 reject with icmp type host-prohibited
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		oifname "br*" meta l4proto tcp ip daddr 1.2.3.4 tcp dport { 80, 443, 8000-8080 } counter packets 0 bytes 0 log prefix "x: "
  	}
  }
