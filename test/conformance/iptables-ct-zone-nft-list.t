The CT target's zones as nft lists an iptables-nft rule: libxt_CT translates only --notrack, a zone stays an xt target.
  $ iptables -t raw -A PREROUTING -j CT --zone 5
  $ iptables -t raw -A PREROUTING -j CT --zone-orig 6
  $ iptables -t raw -A PREROUTING -j CT --zone mark
  $ iptables -t raw -A PREROUTING -j CT --notrack
  $ iptables -t raw -A PREROUTING -j CT
  $ nft list chain ip raw PREROUTING
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		counter packets 0 bytes 0 xt target CT
  		counter packets 0 bytes 0 xt target CT
  		counter packets 0 bytes 0 xt target CT
  		counter packets 0 bytes 0 notrack
  		counter packets 0 bytes 0 xt target CT
  	}
  }
