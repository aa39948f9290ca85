What nft lists for iptables-nft rules of the extensions added here (xt compat expressions, TRACE as meta nftrace).
  $ iptables -A INPUT -m devgroup --src-group 3 -j ACCEPT
  $ iptables -A INPUT -m policy --dir in --pol none
  $ iptables -A INPUT -p esp --espspi 5
  $ iptables -A INPUT -p sctp --dport 7
  $ iptables -A INPUT -m realm --realm 4
  $ iptables -A INPUT -j AUDIT --type drop
  $ iptables -A INPUT -j TRACE
  $ iptables -t mangle -A PREROUTING -j TEE --gateway 10.9.9.9
  $ iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 4
  $ iptables -t mangle -A POSTROUTING -p udp -j CHECKSUM --checksum-fill
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		iifgroup 0x3 counter packets 0 bytes 0 accept
  		meta secpath missing counter packets 0 bytes 0
  		meta l4proto esp esp spi 5 counter packets 0 bytes 0
  		meta l4proto sctp sctp dport 7 counter packets 0 bytes 0
  		rtclassid 0x4 counter packets 0 bytes 0
  		counter packets 0 bytes 0 log level audit
  		counter packets 0 bytes 0 meta nftrace set 1
  	}
  }
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		counter packets 0 bytes 0 dup to 10.9.9.9
  	}
  
  	chain POSTROUTING {
  		type filter hook postrouting priority mangle; policy accept;
  		meta l4proto tcp counter packets 0 bytes 0 xt target TCPOPTSTRIP
  		meta l4proto udp counter packets 0 bytes 0 xt target CHECKSUM
  	}
  }
