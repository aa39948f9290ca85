Random differential sequence (seed 20) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t raw -A PREROUTING -p sctp -d 172.16.0.0/12 -o br+ -m multiport --dports 80,443,8000:8080 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with PREROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp -o d1 --sport 1024:65535 -m length --length 100:200 -j MARK --set-xmark 0x1/0xf; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -P OUTPUT ACCEPT; echo $?
  0
  $ iptables -t raw -A OUTPUT -s 10.0.0.0/8 -i lo -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -N MYCHAIN; echo $?
  0
  $ iptables -A MYCHAIN -j RETURN; echo $?
  0
  $ iptables -A INPUT -j MYCHAIN; echo $?
  0
  $ iptables -A MYCHAIN -p 6 -m multiport --dports 80,443,8000:8080 -m length --length 100:200 -j CONNMARK --save-mark; echo $?
  0
  $ iptables -t nat -L INPUT -n --line-numbers; echo $?
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -P INPUT ACCEPT; echo $?
  0
  $ iptables -R OUTPUT 2 -p icmp -d 1.2.3.4/32 -i lo -o d1 -m pkttype --pkt-type broadcast -j DROP; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t raw -R OUTPUT 1 -p tcp -d 10.0.0.2 -j NOTRACK; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -A INPUT -p tcp -s 0.0.0.0/0 ! -i d0 -o eth1 -j LOG --log-prefix "x: " --log-level 4; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -p udp -d 10.0.0.2 -j REJECT --reject-with tcp-reset; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  4
  $ iptables -t nat -A PREROUTING -p tcp -s 10.0.0.1 ! --syn -j DNAT --to-destination 10.0.0.9:8080; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N MYCHAIN
  -A INPUT -j MYCHAIN
  -A MYCHAIN -j RETURN
  -A MYCHAIN -p tcp -m multiport --dports 80,443,8000:8080 -m length --length 100:200 -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
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
         0        0 RETURN     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 CONNMARK   6    --  *      *       0.0.0.0/0            0.0.0.0/0            multiport dports 80,443,8000:8080 length 100:200 CONNMARK save
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -s 10.0.0.1/32 -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK SYN -j DNAT --to-destination 10.0.0.9:8080
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DNAT       6    --  *      *       10.0.0.1             0.0.0.0/0            tcp flags:!0x17/0x02 to:10.0.0.9:8080
  
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
  -A MYCHAIN -j RETURN
  -A MYCHAIN -p tcp -m multiport --dports 80,443,8000:8080 -m length --length 100:200 -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -s 10.0.0.1/32 -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK SYN -j DNAT --to-destination 10.0.0.9:8080
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  	}
  
  	chain MYCHAIN {
  		counter packets 0 bytes 0 return
  		meta l4proto tcp tcp dport { 80, 443, 8000-8080 } meta length 100-200 counter packets 0 bytes 0 ct mark set mark
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
  		ip saddr 10.0.0.1 tcp flags != syn / fin,syn,rst,ack counter packets 0 bytes 0 dnat to 10.0.0.9:8080
  	}
  }
