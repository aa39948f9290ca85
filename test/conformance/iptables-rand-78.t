Random differential sequence (seed 78) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -A INPUT -p 6 -m multiport --ports 1,2 -m dscp --dscp-class EF -j REJECT --reject-with tcp-reset; echo $?
  0
  $ iptables -t nat -L POSTROUTING -n --line-numbers; echo $?
  Chain POSTROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -N log_drop; echo $?
  0
  $ iptables -A log_drop -j DROP; echo $?
  0
  $ iptables -A INPUT -j log_drop; echo $?
  0
  $ iptables -P log_drop DROP; echo $?
  iptables: Bad built-in chain name.
  1
  $ iptables -A OUTPUT -p sctp -s 0.0.0.0/0 -j CONNMARK --save-mark; echo $?
  0
  $ iptables -t raw -L OUTPUT -n --line-numbers; echo $?
  Chain OUTPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -t raw -C PREROUTING ! -p all -o br+ -m ttl --ttl-eq 1 -j CT --notrack; echo $?
  iptables v1.8.9 (nf_tables): rule would never match protocol
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -p all -o br+ -m conntrack --ctstate NEW,ESTABLISHED -j AUDIT --type accept; echo $?
  0
  $ iptables -A INPUT ! -p tcp -s 0.0.0.0/0 -o eth1 -j CONNMARK --set-mark 0x7/0xf; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp -m length --length 100:200 -j ACCEPT; echo $?
  0
  $ iptables -t nat -A INPUT -p 6 ! --dport 53 -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT; echo $?
  0
  $ iptables -t mangle -L FORWARD -n --line-numbers; echo $?
  Chain FORWARD (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -D log_drop 2; echo $?
  iptables: Index of deletion too big.
  1
  $ iptables -A log_drop -p icmp -d 10.0.0.2 --icmp-type time-exceeded -j MARK --set-mark 0x5; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N log_drop
  -A INPUT -p tcp -m multiport --ports 1,2 -m dscp --dscp 0x2e -j REJECT --reject-with tcp-reset
  -A INPUT -j log_drop
  -A INPUT -p udp -m length --length 100:200 -j ACCEPT
  -A OUTPUT -p sctp -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A OUTPUT -o br+ -m conntrack --ctstate NEW,ESTABLISHED -j AUDIT --type accept
  -A log_drop -j DROP
  -A log_drop -d 10.0.0.2/32 -p icmp -m icmp --icmp-type 11 -j MARK --set-xmark 0x5/0xffffffff
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            multiport ports 1,2 DSCP match 0x2e reject-with tcp-reset
         0        0 log_drop   0    --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            length 100:200
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 CONNMARK   132  --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK save
         0        0 AUDIT      0    --  *      br+     0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED AUDIT accept
  
  Chain log_drop (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 MARK       1    --  *      *       0.0.0.0/0            10.0.0.2             icmptype 11 MARK set 0x5
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
  -A INPUT -p tcp -m tcp ! --dport 53 -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:!53 source IP range 10.0.0.1-10.0.0.9
  
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
  :log_drop - [0:0]
  -A INPUT -p tcp -m multiport --ports 1,2 -m dscp --dscp 0x2e -j REJECT --reject-with tcp-reset
  -A INPUT -j log_drop
  -A INPUT -p udp -m length --length 100:200 -j ACCEPT
  -A OUTPUT -p sctp -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A OUTPUT -o br+ -m conntrack --ctstate NEW,ESTABLISHED -j AUDIT --type accept
  -A log_drop -j DROP
  -A log_drop -d 10.0.0.2/32 -p icmp -m icmp --icmp-type 11 -j MARK --set-xmark 0x5/0xffffffff
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A INPUT -p tcp -m tcp ! --dport 53 -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		meta l4proto tcp tcp sport . tcp dport { 0-65535 . 1, 1 . 0-65535, 0-65535 . 2, 2 . 0-65535 } ip dscp 0x2e counter packets 0 bytes 0 reject with tcp reset
  		counter packets 0 bytes 0 jump log_drop
  		meta l4proto udp meta length 100-200 counter packets 0 bytes 0 accept
  	}
  
  	chain log_drop {
  		counter packets 0 bytes 0 drop
  		meta l4proto icmp ip daddr 10.0.0.2 icmp type time-exceeded counter packets 0 bytes 0 meta mark set 0x5
  	}
  
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		meta l4proto sctp counter packets 0 bytes 0 ct mark set mark
  		oifname "br*" ct state new,established counter packets 0 bytes 0 log level audit
  	}
  }
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain INPUT {
  		type nat hook input priority 100; policy accept;
  		tcp dport != 53 ip saddr 10.0.0.1-10.0.0.9 counter packets 0 bytes 0 accept
  	}
  }
