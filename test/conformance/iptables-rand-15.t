Random differential sequence (seed 15) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -N MYCHAIN; echo $?
  0
  $ iptables -A MYCHAIN -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -j MYCHAIN; echo $?
  0
  $ iptables -S INPUT 1; echo $?
  -A INPUT -j MYCHAIN
  0
  $ iptables -t raw -A OUTPUT -p icmp -s 10.0.0.0/8 -i lo -j CT --notrack; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -C MYCHAIN ! -p icmp -j DROP; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -A PREROUTING -p tcp -i veth+ --dport 80 -m addrtype --dst-type LOCAL -j REDIRECT --to-ports 8080; echo $?
  0
  $ iptables -t nat -A INPUT -s 10.0.0.1,10.0.0.2 -j SNAT --to-source 1.2.3.4; echo $?
  0
  $ iptables -I OUTPUT 1 -p 6 -s 10.0.0.1,10.0.0.2 -d 10.0.0.2 -i lo -o br+ ! --dport 53 -m state --state RELATED -j REJECT; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A MYCHAIN -p icmp ! -s 10.0.0.1 -d 1.2.3.4/32 --icmp-type time-exceeded -j REJECT --reject-with tcp-reset; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain MYCHAIN
  4
  $ iptables -t nat -I OUTPUT 1 -p sctp -j ACCEPT; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N MYCHAIN
  -A INPUT -j MYCHAIN
  -A MYCHAIN -j ACCEPT
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 MYCHAIN    0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain MYCHAIN (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -i veth+ -p tcp -m tcp --dport 80 -m addrtype --dst-type LOCAL -j REDIRECT --to-ports 8080
  -A INPUT -s 10.0.0.1/32 -j SNAT --to-source 1.2.3.4
  -A INPUT -s 10.0.0.2/32 -j SNAT --to-source 1.2.3.4
  -A OUTPUT -p sctp -j ACCEPT
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REDIRECT   6    --  veth+  *       0.0.0.0/0            0.0.0.0/0            tcp dpt:80 ADDRTYPE match dst-type LOCAL redir ports 8080
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 SNAT       0    --  *      *       10.0.0.1             0.0.0.0/0            to:1.2.3.4
         0        0 SNAT       0    --  *      *       10.0.0.2             0.0.0.0/0            to:1.2.3.4
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     132  --  *      *       0.0.0.0/0            0.0.0.0/0           
  
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
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :MYCHAIN - [0:0]
  -A INPUT -j MYCHAIN
  -A MYCHAIN -j ACCEPT
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -i veth+ -p tcp -m tcp --dport 80 -m addrtype --dst-type LOCAL -j REDIRECT --to-ports 8080
  -A INPUT -s 10.0.0.1/32 -j SNAT --to-source 1.2.3.4
  -A INPUT -s 10.0.0.2/32 -j SNAT --to-source 1.2.3.4
  -A OUTPUT -p sctp -j ACCEPT
  COMMIT
  $ nft list ruleset
  table ip filter {
  	chain MYCHAIN {
  		counter packets 0 bytes 0 accept
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 jump MYCHAIN
  	}
  }
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain PREROUTING {
  		type nat hook prerouting priority dstnat; policy accept;
  		iifname "veth*" tcp dport 80 fib daddr type local counter packets 0 bytes 0 redirect to :8080
  	}
  
  	chain INPUT {
  		type nat hook input priority 100; policy accept;
  		ip saddr 10.0.0.1 counter packets 0 bytes 0 snat to 1.2.3.4
  		ip saddr 10.0.0.2 counter packets 0 bytes 0 snat to 1.2.3.4
  	}
  
  	chain OUTPUT {
  		type nat hook output priority -100; policy accept;
  		meta l4proto sctp counter packets 0 bytes 0 accept
  	}
  }
