Random differential sequence (seed 71) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t mangle -C POSTROUTING -p udp -o eth1 -m multiport --dports 80,443,8000:8080 -m dscp --dscp-class EF -j CLASSIFY --set-class 1:10; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -P FORWARD ACCEPT; echo $?
  0
  $ iptables -t raw -A PREROUTING -s 10.0.0.0/8 -m ttl --ttl-eq 1 -j CT --expectevents new; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--expectevents"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -D INPUT 1; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -S OUTPUT 2; echo $?
  0
  $ iptables -A OUTPUT -p tcp -s 192.168.1.0/24 -d 172.16.0.0/12 --syn -m icmp --icmp-type 0 -j NFQUEUE --queue-balance 0:3; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  4
  $ iptables -D INPUT 2; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t mangle -A FORWARD -p sctp -d 1.2.3.4/32 -o eth1 --dport 22: -j TOS --set-tos 0x10; echo $?
  0
  $ iptables -t mangle -S POSTROUTING 1; echo $?
  0
  $ iptables -L INPUT -n --line-numbers; echo $?
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A FORWARD -d 1.2.3.4/32 -o eth1 -p sctp -m sctp --dport 22:65535 -j TOS --set-tos 0x10/0xff
  $ iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 TOS        132  --  *      eth1    0.0.0.0/0            1.2.3.4              sctp dpts:22:65535 TOS set 0x10/0xff
  
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
  -A FORWARD -d 1.2.3.4/32 -o eth1 -p sctp -m sctp --dport 22:65535 -j TOS --set-tos 0x10/0xff
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  $ nft list ruleset
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  	}
  }
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain FORWARD {
  		type filter hook forward priority mangle; policy accept;
  		oifname "eth1" meta l4proto sctp ip daddr 1.2.3.4 sctp dport 22-65535 counter packets 0 bytes 0 ip6 dscp set 0x04
  	}
  }
