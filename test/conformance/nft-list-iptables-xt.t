nft list of rules iptables-nft made with x_tables matches and targets: a comment match prints nothing (nor a rule comment) and keeps the meta l4proto before a port; statistic, NFLOG, NFQUEUE and -f translations; the iptables-nft warning only for a listed chain with x_tables rules; iptables-save/restore round trip of the same rules.
  $ iptables -A INPUT -m comment --comment hi -j ACCEPT
  $ iptables -A INPUT -p tcp -m comment --comment "two words" --dport 22 -j ACCEPT
  $ iptables -A INPUT -m comment --comment a -m length --length 10 -j DROP
  $ iptables -A INPUT -p udp --dport 53 -m comment --comment dns -j ACCEPT
  $ iptables -N x
  $ iptables -A x -s 1.1.1.1,2.2.2.2 -f -j RETURN
  $ iptables -A x -p icmp -j ACCEPT
  $ iptables -A INPUT -m statistic --mode nth --every 2 --packet 1 -j x
  $ iptables -A INPUT -m limit --limit 1/s -m statistic --mode nth --every 5 --packet 4 -m comment --comment hi -j LOG
  $ iptables -A OUTPUT -m statistic --mode random --probability 0.5 -j NFLOG --nflog-group 2 --nflog-size 100
  $ iptables -A OUTPUT -p tcp -j NFQUEUE --queue-balance 0:3 --queue-bypass --queue-cpu-fanout
  $ nft list chain ip filter INPUT
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		 counter packets 0 bytes 0 accept
  		meta l4proto tcp  tcp dport 22 counter packets 0 bytes 0 accept
  		 meta length 10 counter packets 0 bytes 0 drop
  		udp dport 53  counter packets 0 bytes 0 accept
  		numgen inc mod 2 1 counter packets 0 bytes 0 jump x
  		limit rate 1/second numgen inc mod 5 4  counter packets 0 bytes 0 log
  	}
  }
  $ nft list chain ip filter x
  table ip filter {
  	chain x {
  		ip saddr 1.1.1.1 ip frag-off & 8191 != 0 counter packets 0 bytes 0 return
  		ip saddr 2.2.2.2 ip frag-off & 8191 != 0 counter packets 0 bytes 0 return
  		meta l4proto icmp counter packets 0 bytes 0 accept
  	}
  }
  $ nft list chain ip filter OUTPUT
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		meta random & 2147483647 < 1073741824 counter packets 0 bytes 0 log group 2 snaplen 100
  		meta l4proto tcp counter packets 0 bytes 0 queue num 0-3 bypass,fanout
  	}
  }
  $ iptables-save > saved
  $ iptables -F; iptables -X
  $ iptables-restore < saved
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :x - [0:0]
  -A INPUT -m comment --comment hi -j ACCEPT
  -A INPUT -p tcp -m comment --comment "two words" -m tcp --dport 22 -j ACCEPT
  -A INPUT -m comment --comment a -m length --length 10 -j DROP
  -A INPUT -p udp -m udp --dport 53 -m comment --comment dns -j ACCEPT
  -A INPUT -m statistic --mode nth --every 2 --packet 1 -j x
  -A INPUT -m limit --limit 1/sec -m statistic --mode nth --every 5 --packet 4 -m comment --comment hi -j LOG
  -A OUTPUT -m statistic --mode random --probability 0.50000000000 -j NFLOG --nflog-group 2 --nflog-size 100
  -A OUTPUT -p tcp -j NFQUEUE --queue-balance 0:3 --queue-bypass --queue-cpu-fanout
  -A x -s 1.1.1.1/32 -f -j RETURN
  -A x -s 2.2.2.2/32 -f -j RETURN
  -A x -p icmp -j ACCEPT
  COMMIT
  $ printf '*filter\n-A INPUT -s 3.3.3.3,4.4.4.4 -c 5 6 -j DROP\n-A INPUT -f -j NFQUEUE --queue-num 2\nCOMMIT\n' | iptables-restore -n
  $ iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            /* hi */
         0        0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            /* two words */ tcp dpt:22
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            /* a */ length 10
         0        0 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:53 /* dns */
         0        0 x          0    --  *      *       0.0.0.0/0            0.0.0.0/0            statistic mode nth every 2 packet 1
         0        0 LOG        0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: avg 1/sec burst 5 statistic mode nth every 5 packet 4 /* hi */ LOG flags 0 level 4
         5        6 DROP       0    --  *      *       3.3.3.3              0.0.0.0/0           
         5        6 DROP       0    --  *      *       4.4.4.4              0.0.0.0/0           
         0        0 NFQUEUE    0    -f  *      *       0.0.0.0/0            0.0.0.0/0            NFQUEUE num 2
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		 counter packets 0 bytes 0 accept
  		meta l4proto tcp  tcp dport 22 counter packets 0 bytes 0 accept
  		 meta length 10 counter packets 0 bytes 0 drop
  		udp dport 53  counter packets 0 bytes 0 accept
  		numgen inc mod 2 1 counter packets 0 bytes 0 jump x
  		limit rate 1/second numgen inc mod 5 4  counter packets 0 bytes 0 log
  		ip saddr 3.3.3.3 counter packets 5 bytes 6 drop
  		ip saddr 4.4.4.4 counter packets 5 bytes 6 drop
  		ip frag-off & 8191 != 0 counter packets 0 bytes 0 queue num 2
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  	}
  
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		meta random & 2147483647 < 1073741824 counter packets 0 bytes 0 log group 2 snaplen 100
  		meta l4proto tcp counter packets 0 bytes 0 queue num 0-3 bypass,fanout
  	}
  
  	chain x {
  		ip saddr 1.1.1.1 ip frag-off & 8191 != 0 counter packets 0 bytes 0 return
  		ip saddr 2.2.2.2 ip frag-off & 8191 != 0 counter packets 0 bytes 0 return
  		meta l4proto icmp counter packets 0 bytes 0 accept
  	}
  }
