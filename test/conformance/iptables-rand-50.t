Random differential sequence (seed 50) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -R FORWARD 1 -p 6 -d 172.16.0.0/12 -i veth+ --dport 22: -j CONNMARK --save-mark; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -L FORWARD -n --line-numbers; echo $?
  Chain FORWARD (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -t mangle -R OUTPUT 1 -p 6 -s 10.1.2.3/16 -d 172.16.0.0/12 -f -j LOG --log-level debug; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t raw -A OUTPUT -p tcp -s 10.0.0.1,10.0.0.2 -i d0 -m multiport --dports 80,443,8000:8080 -m rpfilter --invert -j CT --expectevents new; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--expectevents"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A FORWARD -p sctp ! -s 0.0.0.0/0 -j NFQUEUE --queue-balance 0:3; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  4
  $ iptables -N MYCHAIN; echo $?
  0
  $ iptables -A MYCHAIN -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -j MYCHAIN; echo $?
  0
  $ iptables -C MYCHAIN ! -p udp -i lo ! --dport 53 -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t nat -A PREROUTING -d 172.16.0.0/12 -j DNAT --to-destination 10.0.0.9; echo $?
  0
  $ iptables -A MYCHAIN -p icmp -i veth+ -o d1 -j MARK --set-xmark 0x1/0xf; echo $?
  0
  $ iptables -I FORWARD 1 -p all -i d0 -m state --state RELATED -j CLASSIFY --set-class 1:10; echo $?
  0
  $ iptables -t mangle -C FORWARD -p udp ! -s 10.1.2.3/16 -d 10.0.0.2 -j AUDIT --type accept; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N MYCHAIN
  -A INPUT -j MYCHAIN
  -A FORWARD -i d0 -m state --state RELATED -j CLASSIFY --set-class 0001:0010
  -A MYCHAIN -j ACCEPT
  -A MYCHAIN -i veth+ -o d1 -p icmp -j MARK --set-xmark 0x1/0xf
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 MYCHAIN    0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 CLASSIFY   0    --  d0     *       0.0.0.0/0            0.0.0.0/0            state RELATED CLASSIFY set 1:10
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain MYCHAIN (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 MARK       1    --  veth+  d1      0.0.0.0/0            0.0.0.0/0            MARK xset 0x1/0xf
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
  -A PREROUTING -d 172.16.0.0/12 -j DNAT --to-destination 10.0.0.9
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DNAT       0    --  *      *       0.0.0.0/0            172.16.0.0/12        to:10.0.0.9
  
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
  -A FORWARD -i d0 -m state --state RELATED -j CLASSIFY --set-class 0001:0010
  -A MYCHAIN -j ACCEPT
  -A MYCHAIN -i veth+ -o d1 -p icmp -j MARK --set-xmark 0x1/0xf
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -d 172.16.0.0/12 -j DNAT --to-destination 10.0.0.9
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain MYCHAIN {
  		counter packets 0 bytes 0 accept
  		iifname "veth*" oifname "d1" meta l4proto icmp counter packets 0 bytes 0 meta mark set mark and 0xfffffff0 xor 0x1
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 jump MYCHAIN
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		iifname "d0" ct state related counter packets 0 bytes 0 meta priority set 1:10
  	}
  }
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain PREROUTING {
  		type nat hook prerouting priority dstnat; policy accept;
  		ip daddr 172.16.0.0/12 counter packets 0 bytes 0 dnat to 10.0.0.9
  	}
  }
