nft list ruleset over rules made by iptables with the newer x_tables extensions (owner, tcpmss, TCPMSS, connlimit, hashlimit, u32, quota, rpfilter, time, connbytes, NETMAP): the translations libxtables gives (skuid, tcp option maxseg, quota, meta time/hour/day, ct bytes, fib saddr), and "xt match NAME" where there is none.
  $ iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
  $ iptables -A INPUT -p tcp -m tcpmss --mss 1:500 -j DROP
  $ iptables -A FORWARD -p tcp --syn -j TCPMSS --clamp-mss-to-pmtu
  $ iptables -A INPUT -p tcp -m connlimit --connlimit-above 3 -j DROP
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name h -j ACCEPT
  $ iptables -A INPUT -m u32 --u32 "6&0xFF=1" -j ACCEPT
  $ iptables -A INPUT -m quota --quota 1000 -j ACCEPT
  $ iptables -A INPUT -m time --weekdays Mon -j ACCEPT
  $ iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
  $ iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP
  $ iptables -t nat -A PREROUTING -d 10.1.0.0/16 -j NETMAP --to 10.2.0.0/16
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		skuid 0 counter packets 0 bytes 0 accept
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		meta l4proto tcp tcp option maxseg size 1-500 counter packets 0 bytes 0 drop
  		meta l4proto tcp xt match connlimit counter packets 0 bytes 0 drop
  		xt match hashlimit counter packets 0 bytes 0 accept
  		xt match u32 counter packets 0 bytes 0 accept
  		quota 1000 bytes counter packets 0 bytes 0 accept
  		 meta day 1 counter packets 0 bytes 0 accept
  		ct bytes ge 10 counter packets 0 bytes 0 accept
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		tcp flags syn / fin,syn,rst,ack counter packets 0 bytes 0 tcp option maxseg size set rt mtu
  	}
  }
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		fib saddr . iif oif 0 counter packets 0 bytes 0 drop
  	}
  }
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain PREROUTING {
  		type nat hook prerouting priority dstnat; policy accept;
  		ip daddr 10.1.0.0/16 counter packets 0 bytes 0 xt target NETMAP
  	}
  }
  $ nft -a list chain ip filter INPUT
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT { # handle 3
  		type filter hook input priority filter; policy accept;
  		meta l4proto tcp tcp option maxseg size 1-500 counter packets 0 bytes 0 drop # handle 4
  		meta l4proto tcp xt match connlimit counter packets 0 bytes 0 drop # handle 7
  		xt match hashlimit counter packets 0 bytes 0 accept # handle 8
  		xt match u32 counter packets 0 bytes 0 accept # handle 9
  		quota 1000 bytes counter packets 0 bytes 0 accept # handle 10
  		 meta day 1 counter packets 0 bytes 0 accept # handle 11
  		ct bytes ge 10 counter packets 0 bytes 0 accept # handle 12
  	}
  }
  $ iptables -F; iptables -t raw -F; iptables -t nat -F
  $ iptables -t raw -A PREROUTING -m rpfilter
  $ iptables -t raw -A PREROUTING -m rpfilter --loose
  $ iptables -t raw -A PREROUTING -m rpfilter --validmark
  $ iptables -t raw -A PREROUTING -m rpfilter --accept-local
  $ iptables -t raw -A PREROUTING -m rpfilter --accept-local --invert
  $ iptables -t raw -A PREROUTING -m rpfilter --loose --invert --validmark
  $ iptables -A OUTPUT -m owner ! --uid-owner 1-5
  $ iptables -A OUTPUT -m owner --gid-owner 7
  $ iptables -A OUTPUT -m owner --socket-exists
  $ iptables -A OUTPUT -m owner --uid-owner 0 --gid-owner 0
  $ iptables -A INPUT -p tcp -m tcpmss ! --mss 500
  $ iptables -A INPUT -m quota ! --quota 10
  $ iptables -A INPUT -m time --datestart 2024-01-01 --timestart 01:00 --timestop 02:00 --weekdays Sat,Sun
  $ iptables -A INPUT -m time --monthdays 3
  $ iptables -A INPUT -m time --timestart 01:00 --timestop 02:00
  $ iptables -A INPUT -m time --kerneltz
  $ iptables -A INPUT -m connbytes --connbytes 5:5 --connbytes-dir original --connbytes-mode packets
  $ iptables -A INPUT -m connbytes ! --connbytes 5 --connbytes-dir reply --connbytes-mode avgpkt
  $ iptables -A INPUT -m connbytes --connbytes 5:9 --connbytes-dir both --connbytes-mode bytes
  $ iptables -A INPUT -m connbytes ! --connbytes 5:9 --connbytes-dir both --connbytes-mode bytes
  $ iptables -A FORWARD -p tcp -j TCPMSS --set-mss 1400
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		skuid != 1-5 counter packets 0 bytes 0
  		skgid 7 counter packets 0 bytes 0
  		xt match owner counter packets 0 bytes 0
  		xt match owner counter packets 0 bytes 0
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		meta l4proto tcp tcp option maxseg size != 500 counter packets 0 bytes 0
  		quota over 10 bytes counter packets 0 bytes 0
  		meta time "2024-01-01 00:00:00"-"2038-01-19 03:14:07" meta hour "01:00:00"-"02:00:00" meta day { 6, 0 } counter packets 0 bytes 0
  		xt match time counter packets 0 bytes 0
  		 meta hour "01:00:00"-"02:00:00" counter packets 0 bytes 0
  		 counter packets 0 bytes 0
  		ct original packets 5 counter packets 0 bytes 0
  		ct reply avgpkt lt 5 counter packets 0 bytes 0
  		ct bytes 5-9 counter packets 0 bytes 0
  		ct bytes != 5-9 counter packets 0 bytes 0
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		meta l4proto tcp counter packets 0 bytes 0 tcp option maxseg size set 1400
  	}
  }
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		fib saddr . iif oif != 0 counter packets 0 bytes 0
  		fib saddr oif != 0 counter packets 0 bytes 0
  		fib saddr . mark . iif oif != 0 counter packets 0 bytes 0
  		xt match rpfilter counter packets 0 bytes 0
  		fib saddr type != local fib saddr . iif oif 0 counter packets 0 bytes 0
  		fib saddr . mark oif 0 counter packets 0 bytes 0
  	}
  }
  table ip nat {
  	chain PREROUTING {
  		type nat hook prerouting priority dstnat; policy accept;
  	}
  }
