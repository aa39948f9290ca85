How nft lists the nat rules iptables-nft writes: SNAT/DNAT with address ranges, ports, --random/--random-fully/--persistent, MASQUERADE and REDIRECT ports, NETMAP, in all four nat chains.
  $ iptables -t nat -A POSTROUTING -o eth9 -j MASQUERADE
  $ iptables -t nat -A POSTROUTING -p tcp -o eth9 -j MASQUERADE --to-ports 1000-2000 --random
  $ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 5 --random-fully
  $ iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
  $ iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.8:100-200 --persistent
  $ iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4:53 --random
  $ iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source :80
  $ iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1
  $ iptables -t nat -A PREROUTING -p tcp --dport 81 -j DNAT --to-destination 10.0.0.1:8080
  $ iptables -t nat -A PREROUTING -p udp --dport 82 -j DNAT --to-destination 10.0.0.1-10.0.0.5:1-2 --random-fully
  iptables v1.8.9 (nf_tables): unknown option "--random-fully"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -p tcp --dport 83 -j REDIRECT
  $ iptables -t nat -A PREROUTING -p tcp --dport 84 -j REDIRECT --to-ports 8084
  $ iptables -t nat -A PREROUTING -p udp --dport 85 -j REDIRECT --to-ports 1-9 --random
  $ iptables -t nat -A PREROUTING -d 192.0.2.0/24 -j NETMAP --to 198.51.100.0/24
  $ iptables -t nat -A OUTPUT -d 192.0.2.9 -p tcp -j DNAT --to-destination 127.0.0.1:9
  $ iptables -t nat -A INPUT -p tcp -j SNAT --to-source 127.0.0.5
  $ nft list table ip nat
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain POSTROUTING {
  		type nat hook postrouting priority srcnat; policy accept;
  		oifname "eth9" counter packets 0 bytes 0 masquerade
  		oifname "eth9" meta l4proto tcp counter packets 0 bytes 0 masquerade to :1000-2000 random
  		meta l4proto udp counter packets 0 bytes 0 masquerade to :5 fully-random
  		ip saddr 10.0.0.0/8 counter packets 0 bytes 0 snat to 1.2.3.4
  		meta l4proto tcp counter packets 0 bytes 0 snat to 1.2.3.4-1.2.3.8:100-200 persistent
  		meta l4proto udp counter packets 0 bytes 0 snat to 1.2.3.4:53 random
  		meta l4proto tcp counter packets 0 bytes 0 snat to :80
  	}
  
  	chain PREROUTING {
  		type nat hook prerouting priority dstnat; policy accept;
  		tcp dport 80 counter packets 0 bytes 0 dnat to 10.0.0.1
  		tcp dport 81 counter packets 0 bytes 0 dnat to 10.0.0.1:8080
  		tcp dport 83 counter packets 0 bytes 0 redirect
  		tcp dport 84 counter packets 0 bytes 0 redirect to :8084
  		udp dport 85 counter packets 0 bytes 0 redirect to :1-9 random
  		ip daddr 192.0.2.0/24 counter packets 0 bytes 0 xt target NETMAP
  	}
  
  	chain OUTPUT {
  		type nat hook output priority -100; policy accept;
  		meta l4proto tcp ip daddr 192.0.2.9 counter packets 0 bytes 0 dnat to 127.0.0.1:9
  	}
  
  	chain INPUT {
  		type nat hook input priority 100; policy accept;
  		meta l4proto tcp counter packets 0 bytes 0 snat to 127.0.0.5
  	}
  }
  $ nft -a list chain ip nat PREROUTING | sed 's/# handle [0-9]*/# handle H/'
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain PREROUTING { # handle H
  		type nat hook prerouting priority dstnat; policy accept;
  		tcp dport 80 counter packets 0 bytes 0 dnat to 10.0.0.1 # handle H
  		tcp dport 81 counter packets 0 bytes 0 dnat to 10.0.0.1:8080 # handle H
  		tcp dport 83 counter packets 0 bytes 0 redirect # handle H
  		tcp dport 84 counter packets 0 bytes 0 redirect to :8084 # handle H
  		udp dport 85 counter packets 0 bytes 0 redirect to :1-9 random # handle H
  		ip daddr 192.0.2.0/24 counter packets 0 bytes 0 xt target NETMAP # handle H
  	}
  }
  $ iptables-save -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.1
  -A PREROUTING -p tcp -m tcp --dport 81 -j DNAT --to-destination 10.0.0.1:8080
  -A PREROUTING -p tcp -m tcp --dport 83 -j REDIRECT
  -A PREROUTING -p tcp -m tcp --dport 84 -j REDIRECT --to-ports 8084
  -A PREROUTING -p udp -m udp --dport 85 -j REDIRECT --to-ports 1-9 --random
  -A PREROUTING -d 192.0.2.0/24 -j NETMAP --to 198.51.100.0/24
  -A INPUT -p tcp -j SNAT --to-source 127.0.0.5
  -A OUTPUT -d 192.0.2.9/32 -p tcp -j DNAT --to-destination 127.0.0.1:9
  -A POSTROUTING -o eth9 -j MASQUERADE
  -A POSTROUTING -o eth9 -p tcp -j MASQUERADE --to-ports 1000-2000 --random
  -A POSTROUTING -p udp -j MASQUERADE --to-ports 5 --random-fully
  -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
  -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.8:100-200 --persistent
  -A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4:53 --random
  -A POSTROUTING -p tcp -j SNAT --to-source :80
  COMMIT
