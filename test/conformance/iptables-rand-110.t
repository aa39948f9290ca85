Random differential sequence (seed 110) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t mangle -A INPUT -p udp -m multiport --dports 80,443,8000:8080 -j TOS --and-tos 0x12; echo $?
  0
  $ iptables -R FORWARD 2 -p all -s 192.168.1.0/24 -j MARK --and-mark 0x3; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -S OUTPUT 1; echo $?
  0
  $ iptables -I FORWARD 1 -p icmp -s 10.0.0.0/8 -d 10.0.0.2 -i lo --icmp-type 3/4 -j ACCEPT; echo $?
  0
  $ iptables -t nat -A POSTROUTING -p all -o br+ -j SNAT --to-source 1.2.3.4-1.2.3.8 --random; echo $?
  0
  $ iptables -A FORWARD -d 10.0.0.2 -o eth1 -m pkttype --pkt-type broadcast -j RETURN; echo $?
  0
  $ iptables -t raw -R PREROUTING 1 -p all -j CT --ctevents new,destroy; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -t mangle -A PREROUTING -p tcp -o eth1 --syn -j DSCP --set-dscp 1; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with PREROUTING
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -L FORWARD -n --line-numbers; echo $?
  Chain FORWARD (policy ACCEPT)
  num  target     prot opt source               destination         
  1    ACCEPT     1    --  10.0.0.0/8           10.0.0.2             icmptype 3 code 4
  2    RETURN     0    --  0.0.0.0/0            10.0.0.2             PKTTYPE = broadcast
  0
  $ iptables -t nat -R OUTPUT 1 -p udp -s 10.0.0.1,10.0.0.2 -j RETURN; echo $?
  iptables v1.8.9 (nf_tables): Replacement rule does not specify a unique address
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I FORWARD 2 -p tcp ! -s 10.1.2.3/16 -d 1.2.3.4/32 --sport 1024:65535 --tcp-flags ALL NONE -m cgroup --path / -j CONNMARK --save-mark; echo $?
  iptables v1.8.9 (nf_tables):  RULE_INSERT failed (Invalid argument): rule in chain FORWARD
  4
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A FORWARD -s 10.0.0.0/8 -d 10.0.0.2/32 -i lo -p icmp -m icmp --icmp-type 3/4 -j ACCEPT
  -A FORWARD -d 10.0.0.2/32 -o eth1 -m pkttype --pkt-type broadcast -j RETURN
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     1    --  lo     *       10.0.0.0/8           10.0.0.2             icmptype 3 code 4
         0        0 RETURN     0    --  *      eth1    0.0.0.0/0            10.0.0.2             PKTTYPE = broadcast
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A INPUT -p udp -m multiport --dports 80,443,8000:8080 -j TOS --set-tos 0x00/0xed
  $ iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 TOS        17   --  *      *       0.0.0.0/0            0.0.0.0/0            multiport dports 80,443,8000:8080 TOS set 0x00/0xed
  
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
  -A POSTROUTING -o br+ -j SNAT --to-source 1.2.3.4-1.2.3.8 --random
  $ iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 SNAT       0    --  *      br+     0.0.0.0/0            0.0.0.0/0            to:1.2.3.4-1.2.3.8 random
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
  -A INPUT -p udp -m multiport --dports 80,443,8000:8080 -j TOS --set-tos 0x00/0xed
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A FORWARD -s 10.0.0.0/8 -d 10.0.0.2/32 -i lo -p icmp -m icmp --icmp-type 3/4 -j ACCEPT
  -A FORWARD -d 10.0.0.2/32 -o eth1 -m pkttype --pkt-type broadcast -j RETURN
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -o br+ -j SNAT --to-source 1.2.3.4-1.2.3.8 --random
  COMMIT
  $ nft list ruleset
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain INPUT {
  		type filter hook input priority mangle; policy accept;
  		meta l4proto udp udp dport { 80, 443, 8000-8080 } counter packets 0 bytes 0 ip6 dscp set ip6 dscp and 0x04
  	}
  }
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		iifname "lo" meta l4proto icmp ip saddr 10.0.0.0/8 ip daddr 10.0.0.2 xt match icmp counter packets 0 bytes 0 accept
  		oifname "eth1" ip daddr 10.0.0.2 pkttype broadcast counter packets 0 bytes 0 return
  	}
  }
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain POSTROUTING {
  		type nat hook postrouting priority srcnat; policy accept;
  		oifname "br*" counter packets 0 bytes 0 snat to 1.2.3.4-1.2.3.8 random
  	}
  }
