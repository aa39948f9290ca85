Random differential sequence (seed 55) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -L INPUT -n --line-numbers; echo $?
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -N log_drop; echo $?
  0
  $ iptables -A log_drop -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -j log_drop; echo $?
  0
  $ iptables -I log_drop 2 -p all -j DROP; echo $?
  0
  $ iptables -D INPUT 1; echo $?
  0
  $ iptables -A log_drop -p 6 -s 10.1.2.3/16 -d 172.16.0.0/12 -o br+ --dport 22: -j CLASSIFY --set-class 1:10; echo $?
  0
  $ iptables -A log_drop -p tcp -s 10.0.0.1,10.0.0.2 -d 1.2.3.4/32 -m multiport --ports 1,2 --syn -j MARK --set-xmark 0x1/0xf; echo $?
  0
  $ iptables -t raw -A OUTPUT ! -p tcp --dport 80 --tcp-flags ALL NONE -j CT --zone 5; echo $?
  0
  $ iptables -t nat -R INPUT 1 -p tcp -m multiport --ports 1,2 ! --syn -j RETURN; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N log_drop
  -A log_drop -j ACCEPT
  -A log_drop -j DROP
  -A log_drop -s 10.1.0.0/16 -d 172.16.0.0/12 -o br+ -p tcp -m tcp --dport 22:65535 -j CLASSIFY --set-class 0001:0010
  -A log_drop -s 10.0.0.1/32 -d 1.2.3.4/32 -p tcp -m multiport --ports 1,2 -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j MARK --set-xmark 0x1/0xf
  -A log_drop -s 10.0.0.2/32 -d 1.2.3.4/32 -p tcp -m multiport --ports 1,2 -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j MARK --set-xmark 0x1/0xf
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain log_drop (0 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 CLASSIFY   6    --  *      br+     10.1.0.0/16          172.16.0.0/12        tcp dpts:22:65535 CLASSIFY set 1:10
         0        0 MARK       6    --  *      *       10.0.0.1             1.2.3.4              multiport ports 1,2 tcp flags:0x17/0x02 MARK xset 0x1/0xf
         0        0 MARK       6    --  *      *       10.0.0.2             1.2.3.4              multiport ports 1,2 tcp flags:0x17/0x02 MARK xset 0x1/0xf
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
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A OUTPUT ! -p tcp -m tcp --dport 80 --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE -j CT --zone 5
  $ iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 CT        !6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:80 flags:0x3F/0x00 CT zone 5
  $ iptables-save | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A OUTPUT ! -p tcp -m tcp --dport 80 --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE -j CT --zone 5
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :log_drop - [0:0]
  -A log_drop -j ACCEPT
  -A log_drop -j DROP
  -A log_drop -s 10.1.0.0/16 -d 172.16.0.0/12 -o br+ -p tcp -m tcp --dport 22:65535 -j CLASSIFY --set-class 0001:0010
  -A log_drop -s 10.0.0.1/32 -d 1.2.3.4/32 -p tcp -m multiport --ports 1,2 -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j MARK --set-xmark 0x1/0xf
  -A log_drop -s 10.0.0.2/32 -d 1.2.3.4/32 -p tcp -m multiport --ports 1,2 -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j MARK --set-xmark 0x1/0xf
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain log_drop {
  		counter packets 0 bytes 0 accept
  		counter packets 0 bytes 0 drop
  		oifname "br*" ip saddr 10.1.0.0/16 ip daddr 172.16.0.0/12 tcp dport 22-65535 counter packets 0 bytes 0 meta priority set 1:10
  		meta l4proto tcp ip saddr 10.0.0.1 ip daddr 1.2.3.4 tcp sport . tcp dport { 0-65535 . 1, 1 . 0-65535, 0-65535 . 2, 2 . 0-65535 } tcp flags syn / fin,syn,rst,ack counter packets 0 bytes 0 meta mark set mark and 0xfffffff0 xor 0x1
  		meta l4proto tcp ip saddr 10.0.0.2 ip daddr 1.2.3.4 tcp sport . tcp dport { 0-65535 . 1, 1 . 0-65535, 0-65535 . 2, 2 . 0-65535 } tcp flags syn / fin,syn,rst,ack counter packets 0 bytes 0 meta mark set mark and 0xfffffff0 xor 0x1
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  	}
  }
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain OUTPUT {
  		type filter hook output priority raw; policy accept;
  		meta l4proto != tcp @th,104,8 & 0x3f == 0x0 th dport 80 counter packets 0 bytes 0 xt target CT
  	}
  }
