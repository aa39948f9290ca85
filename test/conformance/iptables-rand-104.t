Random differential sequence (seed 104) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -P OUTPUT ACCEPT; echo $?
  0
  $ iptables -N MYCHAIN; echo $?
  0
  $ iptables -A MYCHAIN -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -j MYCHAIN; echo $?
  0
  $ iptables -A FORWARD -p sctp -m multiport --dports 80,443,8000:8080 -m hashlimit --hashlimit-above 5/min --hashlimit-mode srcip --hashlimit-name h2 -j REJECT --reject-with icmp-host-prohibited; echo $?
  0
  $ iptables -t nat -I PREROUTING 3 -p tcp -s 10.0.0.1 -d 10.0.0.2 --dport 80 -j RETURN; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -P INPUT ACCEPT; echo $?
  0
  $ iptables -t mangle -R OUTPUT 1 -p tcp -d 172.16.0.0/12 -i veth+ --sport 1024:65535 --tcp-flags SYN,ACK SYN -j LOG --log-tcp-sequence --log-ip-options --log-uid; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I INPUT 3 -p 6 -i eth0 -j MARK --or-mark 0x8; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t mangle -C POSTROUTING -d 10.0.0.2 -i d0 -o eth1 -j TRACE; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with POSTROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N MYCHAIN
  -A INPUT -j MYCHAIN
  -A FORWARD -p sctp -m multiport --dports 80,443,8000:8080 -m hashlimit --hashlimit-above 5/min --hashlimit-burst 5 --hashlimit-mode srcip --hashlimit-name h2 -j REJECT --reject-with icmp-host-prohibited
  -A MYCHAIN -j ACCEPT
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 MYCHAIN    0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REJECT     132  --  *      *       0.0.0.0/0            0.0.0.0/0            multiport dports 80,443,8000:8080 limit: above 5/min burst 5 mode srcip reject-with icmp-host-prohibited
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain MYCHAIN (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
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
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :MYCHAIN - [0:0]
  -A INPUT -j MYCHAIN
  -A FORWARD -p sctp -m multiport --dports 80,443,8000:8080 -m hashlimit --hashlimit-above 5/min --hashlimit-burst 5 --hashlimit-mode srcip --hashlimit-name h2 -j REJECT --reject-with icmp-host-prohibited
  -A MYCHAIN -j ACCEPT
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  	}
  
  	chain MYCHAIN {
  		counter packets 0 bytes 0 accept
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 jump MYCHAIN
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		meta l4proto sctp sctp dport { 80, 443, 8000-8080 } meter h2 { ip saddr timeout 60s limit rate over 5/minute } counter packets 0 bytes 0 reject with icmp type host-prohibited
  	}
  }
