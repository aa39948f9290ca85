Random differential sequence (seed 113) of iptables rules: matches, targets, chains, insert/replace/delete by number and by spec, then -S, -L -n -v --line-numbers, iptables-save and nft list ruleset.

  $ iptables -t raw -A OUTPUT -p udp --dport 22: -j CT --ctevents new,destroy; echo $?
  0
  $ iptables -A FORWARD -p udp -s 0.0.0.0/0 -m quota --quota 1000 -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff; echo $?
  0
  $ iptables -t raw -N MYCHAIN; echo $?
  0
  $ iptables -t raw -A MYCHAIN -j RETURN; echo $?
  0
  $ iptables -t raw -A PREROUTING -j MYCHAIN; echo $?
  0
  $ iptables -A INPUT -p 6 -o eth1 -m conntrack --ctorigdst 10.0.0.1 --ctstate DNAT -j DROP; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -p all -s 0.0.0.0/0 -o br+ -m ttl --ttl-eq 1 -j REJECT --reject-with tcp-reset; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  4
  $ iptables -t mangle -L INPUT -n --line-numbers; echo $?
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  0
  $ iptables -A FORWARD -p sctp -j REJECT --reject-with icmp-host-prohibited; echo $?
  0
  $ iptables -I INPUT 3 -p all -s 10.0.0.1,10.0.0.2 -d 172.16.0.0/12 -i veth+ -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A FORWARD -p udp -m quota --quota 1000 -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff
  -A FORWARD -p sctp -j REJECT --reject-with icmp-host-prohibited
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 CONNMARK   17   --  *      *       0.0.0.0/0            0.0.0.0/0            quota: 1000 bytes CONNMARK restore mask 0xff
         0        0 REJECT     132  --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with icmp-host-prohibited
  
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
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -N MYCHAIN
  -A PREROUTING -j MYCHAIN
  -A OUTPUT -p udp -m udp --dport 22:65535 -j CT --ctevents new,destroy
  -A MYCHAIN -j RETURN
  $ iptables -t raw -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 MYCHAIN    0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 CT         17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpts:22:65535 CT ctevents new,destroy
  
  Chain MYCHAIN (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 RETURN     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables-save | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :MYCHAIN - [0:0]
  -A PREROUTING -j MYCHAIN
  -A OUTPUT -p udp -m udp --dport 22:65535 -j CT --ctevents new,destroy
  -A MYCHAIN -j RETURN
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A FORWARD -p udp -m quota --quota 1000 -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff
  -A FORWARD -p sctp -j REJECT --reject-with icmp-host-prohibited
  COMMIT
  $ nft list ruleset
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain OUTPUT {
  		type filter hook output priority raw; policy accept;
  		udp dport 22-65535 counter packets 0 bytes 0 xt target CT
  	}
  
  	chain MYCHAIN {
  		counter packets 0 bytes 0 return
  	}
  
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		counter packets 0 bytes 0 jump MYCHAIN
  	}
  }
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		meta l4proto udp quota 1000 bytes counter packets 0 bytes 0 meta mark set ct mark and 0xff
  		meta l4proto sctp counter packets 0 bytes 0 reject with icmp type host-prohibited
  	}
  }
