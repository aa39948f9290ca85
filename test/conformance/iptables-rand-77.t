Random differential sequence (seed 77) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -A FORWARD -p sctp -s 0.0.0.0/0 -d 1.2.3.4/32 -m conntrack --ctstatus ASSURED --ctexpire 10:100 -j CONNMARK --save-mark; echo $?
  0
  $ iptables -I INPUT 2 -p tcp -s 192.168.1.0/24 -i eth0 -j AUDIT --type accept; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -C INPUT -p 6 -i eth0 -j LOG --log-level debug; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -A PREROUTING -p tcp  -j REDIRECT --to-ports 8080; echo $?
  0
  $ iptables -D INPUT 2; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t raw -C PREROUTING ! -p icmp -d 1.2.3.4/32 -i d0 -o d1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with PREROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t raw -C OUTPUT ! -p 6 ! -s 10.1.2.3/16 --dport 80 -j CT --notrack; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -A OUTPUT -p 6 -s 10.1.2.3/16 -d 10.0.0.2 -i eth0 -o eth1 --sport 1024:65535 -j RETURN; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -I POSTROUTING 2 -p all -s 192.168.1.0/24 -m conntrack --ctstatus ASSURED --ctexpire 10:100 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -N MYCHAIN; echo $?
  0
  $ iptables -A MYCHAIN -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -j MYCHAIN; echo $?
  0
  $ iptables -t raw -I PREROUTING 3 -d 1.2.3.4/32 -j CT --helper ftp; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -C MYCHAIN -p udp -j REJECT --reject-with tcp-reset; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -I POSTROUTING 2 -p sctp -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -A FORWARD -p tcp -o eth1 -m dscp --dscp-class EF -j DROP; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N MYCHAIN
  -A INPUT -j MYCHAIN
  -A FORWARD -d 1.2.3.4/32 -p sctp -m conntrack --ctstatus ASSURED --ctexpire 10:100 -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A FORWARD -o eth1 -p tcp -m dscp --dscp 0x2e -j DROP
  -A MYCHAIN -j ACCEPT
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 MYCHAIN    0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 CONNMARK   132  --  *      *       0.0.0.0/0            1.2.3.4              ctstatus ASSURED ctexpire 10:100 CONNMARK save
         0        0 DROP       6    --  *      eth1    0.0.0.0/0            0.0.0.0/0            DSCP match 0x2e
  
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
  -A PREROUTING -p tcp -j REDIRECT --to-ports 8080
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REDIRECT   6    --  *      *       0.0.0.0/0            0.0.0.0/0            redir ports 8080
  
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
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :MYCHAIN - [0:0]
  -A INPUT -j MYCHAIN
  -A FORWARD -d 1.2.3.4/32 -p sctp -m conntrack --ctstatus ASSURED --ctexpire 10:100 -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A FORWARD -o eth1 -p tcp -m dscp --dscp 0x2e -j DROP
  -A MYCHAIN -j ACCEPT
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -p tcp -j REDIRECT --to-ports 8080
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		meta l4proto sctp ip daddr 1.2.3.4 ct status assured ct expiration 10-100 counter packets 0 bytes 0 ct mark set mark
  		oifname "eth1" meta l4proto tcp ip dscp 0x2e counter packets 0 bytes 0 drop
  	}
  
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
  		meta l4proto tcp counter packets 0 bytes 0 redirect to :8080
  	}
  }
