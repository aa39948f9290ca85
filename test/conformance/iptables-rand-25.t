Random differential sequence (seed 25) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -L INPUT -n --line-numbers; echo $?
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -I OUTPUT 2 -s 0.0.0.0/0 -m iprange --src-range 10.0.0.1-10.0.0.9 -j RETURN; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t mangle -I FORWARD 3  -j MARK --set-xmark 0x1/0xf; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -A OUTPUT -s 0.0.0.0/0 -j REJECT; echo $?
  0
  $ iptables -A OUTPUT -p sctp ! --dport 53 -j CONNMARK --save-mark; echo $?
  0
  $ iptables -C FORWARD -p icmp -i lo -m ttl --ttl-gt 5 -j RETURN; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t raw -A PREROUTING -p sctp -s 0.0.0.0/0 ! --dport 53 -j DROP; echo $?
  0
  $ iptables -t raw -A OUTPUT -p all -s 10.1.2.3/16 -i veth+ -m pkttype --pkt-type broadcast -j CT --notrack; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -N log_drop; echo $?
  0
  $ iptables -t mangle -A log_drop -j RETURN; echo $?
  0
  $ iptables -t mangle -A PREROUTING -j log_drop; echo $?
  0
  $ iptables -I INPUT 1 -p 6 -s 0.0.0.0/0 -i veth+ --dport 80 -j DROP; echo $?
  0
  $ iptables -t raw -L PREROUTING -n --line-numbers; echo $?
  Chain PREROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DROP       132  --  0.0.0.0/0            0.0.0.0/0            sctp dpt:!53
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -i veth+ -p tcp -m tcp --dport 80 -j DROP
  -A OUTPUT -j REJECT --reject-with icmp-port-unreachable
  -A OUTPUT -p sctp -m sctp ! --dport 53 -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       6    --  veth+  *       0.0.0.0/0            0.0.0.0/0            tcp dpt:80
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REJECT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with icmp-port-unreachable
         0        0 CONNMARK   132  --  *      *       0.0.0.0/0            0.0.0.0/0            sctp dpt:!53 CONNMARK save
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -N log_drop
  -A PREROUTING -j log_drop
  -A log_drop -j RETURN
  $ iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 log_drop   0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain log_drop (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 RETURN     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -p sctp -m sctp ! --dport 53 -j DROP
  $ iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       132  --  *      *       0.0.0.0/0            0.0.0.0/0            sctp dpt:!53
  
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
  -A log_drop -j RETURN
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A PREROUTING -p sctp -m sctp ! --dport 53 -j DROP
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -i veth+ -p tcp -m tcp --dport 80 -j DROP
  -A OUTPUT -j REJECT --reject-with icmp-port-unreachable
  -A OUTPUT -p sctp -m sctp ! --dport 53 -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		counter packets 0 bytes 0 reject
  		meta l4proto sctp sctp dport != 53 counter packets 0 bytes 0 ct mark set mark
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		iifname "veth*" tcp dport 80 counter packets 0 bytes 0 drop
  	}
  }
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		meta l4proto sctp sctp dport != 53 counter packets 0 bytes 0 drop
  	}
  }
  table ip mangle {
  	chain log_drop {
  		counter packets 0 bytes 0 return
  	}
  
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		counter packets 0 bytes 0 jump log_drop
  	}
  }
