nft list of iptables-nft conntrack matches a NAT router uses: --ctstate SNAT/DNAT (translated as a ct status, the other states and the inversion dropped as libxtables does), original/reply addresses and ports, direction with protocol, --ctexpire ranges, --ctstatus, -m state.
  $ iptables -A FORWARD -m conntrack --ctstate SNAT
  $ iptables -A FORWARD -m conntrack --ctstate DNAT,ESTABLISHED
  $ iptables -A FORWARD -m conntrack ! --ctstate SNAT
  $ iptables -A FORWARD -m conntrack --ctorigdst 203.0.113.1 --ctorigdstport 5353 -p udp
  $ iptables -A FORWARD -m conntrack --ctrepldst 203.0.113.0/24
  $ iptables -A FORWARD -m conntrack --ctdir REPLY
  $ iptables -A FORWARD -m conntrack --ctdir ORIGINAL --ctproto icmp
  $ iptables -A FORWARD -m conntrack --ctexpire 10:20
  $ iptables -A FORWARD -m conntrack --ctstatus ASSURED,SEEN_REPLY
  $ iptables -A FORWARD -m state --state NEW,UNTRACKED
  $ nft list chain ip filter FORWARD
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		ct status snat counter packets 0 bytes 0
  		ct status dnat counter packets 0 bytes 0
  		ct status snat counter packets 0 bytes 0
  		meta l4proto udp ct original daddr 203.0.113.1 ct original proto-dst 5353 counter packets 0 bytes 0
  		ct reply daddr 203.0.113.0/24 counter packets 0 bytes 0
  		ct direction reply counter packets 0 bytes 0
  		ct direction original ct original protocol 1 counter packets 0 bytes 0
  		ct expiration 10-20 counter packets 0 bytes 0
  		ct status seen-reply,assured counter packets 0 bytes 0
  		ct state new,untracked counter packets 0 bytes 0
  	}
  }
