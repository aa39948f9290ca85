Random differential sequence (seed 7) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -R FORWARD 1 -p sctp ! -s 0.0.0.0/0 -d 10.0.0.2 -o eth1 --dport 80 -j DROP; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -R OUTPUT 1 -p all -s 0.0.0.0/0 -o eth1 -j REJECT --reject-with icmp-host-prohibited; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t raw -A PREROUTING ! -p udp --dport 22: -j DROP; echo $?
  0
  $ iptables -t nat -A OUTPUT -p 6 -s 10.1.2.3/16 -m dscp --dscp 10 -j RETURN; echo $?
  0
  $ iptables -A FORWARD ! -p icmp --icmp-type time-exceeded -j REJECT; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  4
  $ iptables -t nat -A POSTROUTING -p udp -d 1.2.3.4/32 -j ACCEPT; echo $?
  0
  $ iptables -t raw -S OUTPUT 2; echo $?
  0
  $ iptables -A FORWARD -d 172.16.0.0/12 -i d0 -j REJECT --reject-with tcp-reset; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  4
  $ iptables -A FORWARD -p tcp -d 172.16.0.0/12 --sport 1024:65535 --tcp-flags SYN,ACK SYN -m ttl --ttl-gt 5 -j MARK --set-mark 0x5; echo $?
  0
  $ iptables -C FORWARD -p tcp -s 192.168.1.0/24 -o d1 -j REJECT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A FORWARD -d 172.16.0.0/12 -p tcp -m tcp --sport 1024:65535 --tcp-flags SYN,ACK SYN -m ttl --ttl-gt 5 -j MARK --set-xmark 0x5/0xffffffff
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 MARK       6    --  *      *       0.0.0.0/0            172.16.0.0/12        tcp spts:1024:65535 flags:0x12/0x02 TTL match TTL > 5 MARK set 0x5
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A OUTPUT -s 10.1.0.0/16 -p tcp -m dscp --dscp 0x0a -j RETURN
  -A POSTROUTING -d 1.2.3.4/32 -p udp -j ACCEPT
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 RETURN     6    --  *      *       10.1.0.0/16          0.0.0.0/0            DSCP match 0x0a
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     17   --  *      *       0.0.0.0/0            1.2.3.4             
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING ! -p udp -m udp --dport 22:65535 -j DROP
  $ iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP      !17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpts:22:65535
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables-save | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A PREROUTING ! -p udp -m udp --dport 22:65535 -j DROP
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A FORWARD -d 172.16.0.0/12 -p tcp -m tcp --sport 1024:65535 --tcp-flags SYN,ACK SYN -m ttl --ttl-gt 5 -j MARK --set-xmark 0x5/0xffffffff
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A OUTPUT -s 10.1.0.0/16 -p tcp -m dscp --dscp 0x0a -j RETURN
  -A POSTROUTING -d 1.2.3.4/32 -p udp -j ACCEPT
  COMMIT
  $ nft list ruleset
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		meta l4proto != udp th dport 22-65535 counter packets 0 bytes 0 drop
  	}
  }
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain OUTPUT {
  		type nat hook output priority -100; policy accept;
  		meta l4proto tcp ip saddr 10.1.0.0/16 ip dscp 0x0a counter packets 0 bytes 0 return
  	}
  
  	chain POSTROUTING {
  		type nat hook postrouting priority srcnat; policy accept;
  		meta l4proto udp ip daddr 1.2.3.4 counter packets 0 bytes 0 accept
  	}
  }
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		ip daddr 172.16.0.0/12 tcp flags syn / syn,ack tcp sport 1024-65535 ip ttl gt 5 counter packets 0 bytes 0 meta mark set 0x5
  	}
  }
