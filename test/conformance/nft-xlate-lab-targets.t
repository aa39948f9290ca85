How nft lists the iptables-nft rules of a routing/NAT lab: every REJECT type, TTL set/inc/dec, fragments (-f and ! -f), length, ttl matches, tcp-reset, and the NAT targets with ranges, next to iptables -S.
  $ for t in icmp-net-unreachable icmp-host-unreachable icmp-port-unreachable icmp-proto-unreachable icmp-net-prohibited icmp-host-prohibited icmp-admin-prohibited; do iptables -A INPUT -p udp -j REJECT --reject-with $t; done
  $ iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
  $ iptables -A INPUT -j REJECT
  $ iptables -A FORWARD -f -j DROP
  $ iptables -A FORWARD ! -f -p udp -j ACCEPT
  $ iptables -A FORWARD -m length --length 1000:1500 -j ACCEPT
  $ iptables -A FORWARD -m length ! --length 68 -j ACCEPT
  $ iptables -A FORWARD -m ttl --ttl-eq 1 -j DROP
  $ iptables -A FORWARD -m ttl --ttl-lt 5 -j DROP
  $ iptables -A FORWARD -m ttl ! --ttl-eq 9 -j DROP
  $ iptables -t mangle -A PREROUTING -j TTL --ttl-set 64
  $ iptables -t mangle -A PREROUTING -j TTL --ttl-inc 1
  $ iptables -t mangle -A PREROUTING -j TTL --ttl-dec 2
  $ iptables -t nat -A POSTROUTING -o eth9 -j MASQUERADE --to-ports 1024-2047 -p udp
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A POSTROUTING -j SNAT --to-source 198.51.100.1-198.51.100.9
  $ iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 198.51.100.1:1000-2000 --random
  $ iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
  $ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 5353
  $ iptables -t nat -A OUTPUT -d 192.0.2.0/24 -j DNAT --to-destination 10.0.0.9
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -p udp -j REJECT --reject-with icmp-net-unreachable
  -A INPUT -p udp -j REJECT --reject-with icmp-host-unreachable
  -A INPUT -p udp -j REJECT --reject-with icmp-port-unreachable
  -A INPUT -p udp -j REJECT --reject-with icmp-proto-unreachable
  -A INPUT -p udp -j REJECT --reject-with icmp-net-prohibited
  -A INPUT -p udp -j REJECT --reject-with icmp-host-prohibited
  -A INPUT -p udp -j REJECT --reject-with icmp-admin-prohibited
  -A INPUT -p tcp -j REJECT --reject-with tcp-reset
  -A INPUT -j REJECT --reject-with icmp-port-unreachable
  -A FORWARD -f -j DROP
  -A FORWARD -p udp ! -f -j ACCEPT
  -A FORWARD -m length --length 1000:1500 -j ACCEPT
  -A FORWARD -m length ! --length 68 -j ACCEPT
  -A FORWARD -m ttl --ttl-eq 1 -j DROP
  -A FORWARD -m ttl --ttl-lt 5 -j DROP
  -A FORWARD -m ttl ! --ttl-eq 9 -j DROP
  $ nft list table ip filter
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		meta l4proto udp counter packets 0 bytes 0 reject with icmp type net-unreachable
  		meta l4proto udp counter packets 0 bytes 0 reject with icmp type host-unreachable
  		meta l4proto udp counter packets 0 bytes 0 reject
  		meta l4proto udp counter packets 0 bytes 0 reject with icmp type prot-unreachable
  		meta l4proto udp counter packets 0 bytes 0 reject with icmp type net-prohibited
  		meta l4proto udp counter packets 0 bytes 0 reject with icmp type host-prohibited
  		meta l4proto udp counter packets 0 bytes 0 reject with icmp type admin-prohibited
  		meta l4proto tcp counter packets 0 bytes 0 reject with tcp reset
  		counter packets 0 bytes 0 reject
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		ip frag-off & 8191 != 0 counter packets 0 bytes 0 drop
  		meta l4proto udp ip frag-off & 8191 == 0 counter packets 0 bytes 0 accept
  		meta length 1000-1500 counter packets 0 bytes 0 accept
  		meta length != 68 counter packets 0 bytes 0 accept
  		ip ttl 1 counter packets 0 bytes 0 drop
  		ip ttl lt 5 counter packets 0 bytes 0 drop
  		ip ttl != 9 counter packets 0 bytes 0 drop
  	}
  }
  $ nft list table ip mangle
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		counter packets 0 bytes 0 xt target TTL
  		counter packets 0 bytes 0 xt target TTL
  		counter packets 0 bytes 0 xt target TTL
  	}
  }
  $ nft list table ip nat
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain POSTROUTING {
  		type nat hook postrouting priority srcnat; policy accept;
  		counter packets 0 bytes 0 snat to 198.51.100.1-198.51.100.9
  		meta l4proto tcp counter packets 0 bytes 0 snat to 198.51.100.1:1000-2000 random
  	}
  
  	chain PREROUTING {
  		type nat hook prerouting priority dstnat; policy accept;
  		tcp dport 80 counter packets 0 bytes 0 dnat to 10.0.0.1:8080
  		meta l4proto udp counter packets 0 bytes 0 redirect to :5353
  	}
  
  	chain OUTPUT {
  		type nat hook output priority -100; policy accept;
  		ip daddr 192.0.2.0/24 counter packets 0 bytes 0 dnat to 10.0.0.9
  	}
  }
