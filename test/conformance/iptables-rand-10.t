Random differential sequence (seed 10) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -I FORWARD 1 -p tcp -d 10.0.0.2 -i eth0 -m mark --mark 0x1/0xff -j REJECT --reject-with tcp-reset; echo $?
  0
  $ iptables -A FORWARD -p icmp -s 10.1.2.3/16 -m conntrack --ctstate NEW,ESTABLISHED -j MARK --set-mark 0x5; echo $?
  0
  $ iptables -A INPUT -p all -m iprange --src-range 10.0.0.1-10.0.0.9 -j MARK --set-mark 0x5; echo $?
  0
  $ iptables -t mangle -C INPUT -p icmp -s 0.0.0.0/0 --icmp-type port-unreachable -j DSCP --set-dscp 1; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -L INPUT -n --line-numbers; echo $?
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    MARK       0    --  0.0.0.0/0            0.0.0.0/0            source IP range 10.0.0.1-10.0.0.9 MARK set 0x5
  0
  $ iptables -A FORWARD -p udp -d 172.16.0.0/12 -i eth0 -m multiport --ports 1,2 -j LOG --log-prefix "x: " --log-level 4; echo $?
  0
  $ iptables -I INPUT 2 -p udp -s 192.168.1.0/24 -i d0 ! --dport 53 -j LOG --log-prefix "x: " --log-level 4; echo $?
  0
  $ iptables -t raw -I OUTPUT 3 ! -p icmp --icmp-type port-unreachable -j DROP; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -t mangle -A OUTPUT ! -p sctp -s 10.0.0.1 -i d0 -o br+ -j CONNMARK --save-mark; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -p icmp --icmp-type 8 -j REJECT; echo $?
  0
  $ iptables -t mangle -C POSTROUTING ! -p icmp -s 10.0.0.0/8 -o d1 -j MARK --set-mark 0x5; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -I OUTPUT 2 -p all -i d0 -m addrtype --dst-type LOCAL -j REJECT; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 -j MARK --set-xmark 0x5/0xffffffff
  -A INPUT -s 192.168.1.0/24 -i d0 -p udp -m udp ! --dport 53 -j LOG --log-prefix "x: "
  -A FORWARD -d 10.0.0.2/32 -i eth0 -p tcp -m mark --mark 0x1/0xff -j REJECT --reject-with tcp-reset
  -A FORWARD -s 10.1.0.0/16 -p icmp -m conntrack --ctstate NEW,ESTABLISHED -j MARK --set-xmark 0x5/0xffffffff
  -A FORWARD -d 172.16.0.0/12 -i eth0 -p udp -m multiport --ports 1,2 -j LOG --log-prefix "x: "
  -A OUTPUT -p icmp -m icmp --icmp-type 8 -j REJECT --reject-with icmp-port-unreachable
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 MARK       0    --  *      *       0.0.0.0/0            0.0.0.0/0            source IP range 10.0.0.1-10.0.0.9 MARK set 0x5
         0        0 LOG        17   --  d0     *       192.168.1.0/24       0.0.0.0/0            udp dpt:!53 LOG flags 0 level 4 prefix "x: "
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REJECT     6    --  eth0   *       0.0.0.0/0            10.0.0.2             mark match 0x1/0xff reject-with tcp-reset
         0        0 MARK       1    --  *      *       10.1.0.0/16          0.0.0.0/0            ctstate NEW,ESTABLISHED MARK set 0x5
         0        0 LOG        17   --  eth0   *       0.0.0.0/0            172.16.0.0/12        multiport ports 1,2 LOG flags 0 level 4 prefix "x: "
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REJECT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8 reject-with icmp-port-unreachable
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
  -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 -j MARK --set-xmark 0x5/0xffffffff
  -A INPUT -s 192.168.1.0/24 -i d0 -p udp -m udp ! --dport 53 -j LOG --log-prefix "x: "
  -A FORWARD -d 10.0.0.2/32 -i eth0 -p tcp -m mark --mark 0x1/0xff -j REJECT --reject-with tcp-reset
  -A FORWARD -s 10.1.0.0/16 -p icmp -m conntrack --ctstate NEW,ESTABLISHED -j MARK --set-xmark 0x5/0xffffffff
  -A FORWARD -d 172.16.0.0/12 -i eth0 -p udp -m multiport --ports 1,2 -j LOG --log-prefix "x: "
  -A OUTPUT -p icmp -m icmp --icmp-type 8 -j REJECT --reject-with icmp-port-unreachable
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		iifname "eth0" meta l4proto tcp ip daddr 10.0.0.2 meta mark & 0x000000ff == 0x00000001 counter packets 0 bytes 0 reject with tcp reset
  		meta l4proto icmp ip saddr 10.1.0.0/16 ct state new,established counter packets 0 bytes 0 meta mark set 0x5
  		iifname "eth0" meta l4proto udp ip daddr 172.16.0.0/12 udp sport . udp dport { 0-65535 . 1, 1 . 0-65535, 0-65535 . 2, 2 . 0-65535 } counter packets 0 bytes 0 log prefix "x: "
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		ip saddr 10.0.0.1-10.0.0.9 counter packets 0 bytes 0 meta mark set 0x5
  		iifname "d0" ip saddr 192.168.1.0/24 udp dport != 53 counter packets 0 bytes 0 log prefix "x: "
  	}
  
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		meta l4proto icmp icmp type echo-request counter packets 0 bytes 0 reject
  	}
  }
