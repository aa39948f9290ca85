Random differential sequence (seed 6) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t mangle -I PREROUTING 2 -s 10.1.2.3/16 -m owner --uid-owner 0 -j LOG --log-prefix "x: " --log-level 4; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t raw -L OUTPUT -n --line-numbers; echo $?
  Chain OUTPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -t mangle -A PREROUTING -p 6 -s 10.0.0.1,10.0.0.2 -d 172.16.0.0/12 -o br+ -j TOS --set-tos 0x10; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with PREROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -N log_drop; echo $?
  0
  $ iptables -A log_drop -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -j log_drop; echo $?
  0
  $ iptables -C FORWARD -p udp -d 1.2.3.4/32 -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t raw -A OUTPUT -p udp -s 10.0.0.1,10.0.0.2 -i lo --sport 1024:65535 -m length --length 100:200 -j NOTRACK; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t raw -A PREROUTING  -j DROP; echo $?
  0
  $ iptables -t mangle -A OUTPUT -s 10.1.2.3/16 -d 172.16.0.0/12 -i d0 -j TTL --ttl-set 9; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I log_drop 3 -p sctp -s 192.168.1.0/24 -m multiport --dports 80,443,8000:8080 -m mac --mac-source 02:00:00:00:00:01 -j LOG --log-prefix "x: " --log-level 4; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -A log_drop -p udp -j REJECT --reject-with icmp-host-prohibited; echo $?
  0
  $ iptables -t raw -I OUTPUT 3 -p sctp -s 0.0.0.0/0 ! --dport 53 -j DROP; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -R INPUT 1 ! -p tcp -d 1.2.3.4/32 -m multiport --dports 80,443,8000:8080 --tcp-flags SYN,ACK SYN -m pkttype --pkt-type broadcast -j REJECT --reject-with tcp-reset; echo $?
  iptables v1.8.9 (nf_tables): multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -C log_drop -p sctp -i veth+ --dport 22: -m limit --limit 5/min --limit-burst 3 -j DROP; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -I log_drop 1 ! -p 6 -o d1 -j REJECT; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N log_drop
  -A INPUT -j log_drop
  -A log_drop -o d1 ! -p tcp -j REJECT --reject-with icmp-port-unreachable
  -A log_drop -j ACCEPT
  -A log_drop -p udp -j REJECT --reject-with icmp-host-prohibited
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 log_drop   0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain log_drop (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REJECT    !6    --  *      d1      0.0.0.0/0            0.0.0.0/0            reject-with icmp-port-unreachable
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with icmp-host-prohibited
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
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -j DROP
  $ iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables-save | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A PREROUTING -j DROP
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :log_drop - [0:0]
  -A INPUT -j log_drop
  -A log_drop -o d1 ! -p tcp -j REJECT --reject-with icmp-port-unreachable
  -A log_drop -j ACCEPT
  -A log_drop -p udp -j REJECT --reject-with icmp-host-prohibited
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain log_drop {
  		oifname "d1" meta l4proto != tcp counter packets 0 bytes 0 reject
  		counter packets 0 bytes 0 accept
  		meta l4proto udp counter packets 0 bytes 0 reject with icmp type host-prohibited
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 jump log_drop
  	}
  }
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		counter packets 0 bytes 0 drop
  	}
  }
