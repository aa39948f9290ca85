Random differential sequence (seed 11) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t mangle -I OUTPUT 3 -p tcp -o br+ -m multiport --dports 80,443,8000:8080 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t mangle -L OUTPUT -n --line-numbers; echo $?
  Chain OUTPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -t raw -R PREROUTING 1 -s 0.0.0.0/0 -d 172.16.0.0/12 -m ttl --ttl-gt 5 -j CT --notrack; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t nat -R PREROUTING 2 -p 6 --sport 1024:65535 -j ACCEPT; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -P OUTPUT ACCEPT; echo $?
  0
  $ iptables -A FORWARD -p sctp -s 10.0.0.1 -m multiport --ports 1,2 -m pkttype --pkt-type broadcast -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -p icmp -s 10.0.0.1 -d 172.16.0.0/12 -o d1 --icmp-type port-unreachable -m mark --mark 0x1/0xff -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -A POSTROUTING ! -p tcp --sport 1024:65535 -j SNAT --to-source 1.2.3.4-1.2.3.8 --random; echo $?
  0
  $ iptables -t raw -A PREROUTING -p tcp -s 192.168.1.0/24 -i veth+ -o br+ ! --dport 53 --tcp-option 2 -j DROP; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with PREROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -S INPUT 1; echo $?
  0
  $ iptables -t raw -A PREROUTING -p sctp -d 1.2.3.4/32 -o br+ -j DROP; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with PREROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A FORWARD -s 10.0.0.1/32 -p sctp -m multiport --ports 1,2 -m pkttype --pkt-type broadcast -j ACCEPT
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     132  --  *      *       10.0.0.1             0.0.0.0/0            multiport ports 1,2 PKTTYPE = broadcast
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
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
  -A POSTROUTING ! -p tcp -m tcp --sport 1024:65535 -j SNAT --to-source 1.2.3.4-1.2.3.8 --random
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 SNAT      !6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spts:1024:65535 to:1.2.3.4-1.2.3.8 random
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
  -A FORWARD -s 10.0.0.1/32 -p sctp -m multiport --ports 1,2 -m pkttype --pkt-type broadcast -j ACCEPT
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING ! -p tcp -m tcp --sport 1024:65535 -j SNAT --to-source 1.2.3.4-1.2.3.8 --random
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		meta l4proto sctp ip saddr 10.0.0.1 sctp sport . sctp dport { 0-65535 . 1, 1 . 0-65535, 0-65535 . 2, 2 . 0-65535 } pkttype broadcast counter packets 0 bytes 0 accept
  	}
  }
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain POSTROUTING {
  		type nat hook postrouting priority srcnat; policy accept;
  		meta l4proto != tcp th sport 1024-65535 counter packets 0 bytes 0 snat to 1.2.3.4-1.2.3.8 random
  	}
  }
