nft list of iptables-nft rules built from the matches a firewall/NAT lab uses (addrtype, iprange, pkttype, tcp flags and --syn, icmp types, multiport, state, limit, dscp/tos, mac, TCPMSS, DSCP, LOG options, NOTRACK), next to iptables -S.
  $ iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
  $ iptables -A INPUT -m addrtype --src-type BROADCAST,MULTICAST -j DROP
  $ iptables -A INPUT -m addrtype ! --dst-type UNICAST --limit-iface-in -j DROP
  $ iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT
  $ iptables -A INPUT -m iprange ! --dst-range 10.0.1.0-10.0.1.255 -j ACCEPT
  $ iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
  $ iptables -A INPUT -p tcp --syn -j ACCEPT
  $ iptables -A INPUT -p tcp ! --syn -j ACCEPT
  $ iptables -A INPUT -p tcp --tcp-flags SYN,RST,ACK,FIN SYN -j ACCEPT
  $ iptables -A INPUT -p tcp --tcp-flags ALL NONE -j DROP
  $ iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type 3/4 -j ACCEPT
  $ iptables -A INPUT -p icmp ! --icmp-type time-exceeded -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
  $ iptables -A INPUT -p udp -m multiport --dports 53,67:68,123 -j ACCEPT
  $ iptables -A INPUT -p tcp -m multiport ! --sports 1:1023 -j ACCEPT
  $ iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
  $ iptables -A INPUT -m state ! --state INVALID -j ACCEPT
  $ iptables -A INPUT -m limit --limit 5/min --limit-burst 10 -j LOG --log-prefix "in: " --log-level 6
  $ iptables -A INPUT -m limit --limit 100/second -j LOG --log-tcp-options --log-ip-options --log-uid
  $ iptables -A INPUT -m dscp --dscp 0x2e -j ACCEPT
  $ iptables -A INPUT -m tos --tos Minimize-Delay -j ACCEPT
  $ iptables -A INPUT -m mac --mac-source 02:00:00:00:00:01 -j ACCEPT
  $ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
  $ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1360
  $ iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 10
  $ iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class EF
  $ iptables -t raw -A PREROUTING -p udp --dport 53 -j NOTRACK
  $ iptables -t raw -A PREROUTING -p udp --dport 54 -j CT --notrack
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
  -A INPUT -m addrtype --src-type BROADCAST,MULTICAST -j DROP
  -A INPUT -m addrtype ! --dst-type UNICAST --limit-iface-in -j DROP
  -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT
  -A INPUT -m iprange ! --dst-range 10.0.1.0-10.0.1.255 -j ACCEPT
  -A INPUT -m pkttype --pkt-type broadcast -j DROP
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A INPUT -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE -j DROP
  -A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 3/4 -j ACCEPT
  -A INPUT -p icmp -m icmp ! --icmp-type 11 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type any -j ACCEPT
  -A INPUT -p udp -m multiport --dports 53,67:68,123 -j ACCEPT
  -A INPUT -p tcp -m multiport ! --sports 1:1023 -j ACCEPT
  -A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
  -A INPUT -m state ! --state INVALID -j ACCEPT
  -A INPUT -m limit --limit 5/min --limit-burst 10 -j LOG --log-prefix "in: " --log-level 6
  -A INPUT -m limit --limit 100/sec -j LOG --log-tcp-options --log-ip-options --log-uid
  -A INPUT -m dscp --dscp 0x2e -j ACCEPT
  -A INPUT -m tos --tos 0x10/0x3f -j ACCEPT
  -A INPUT -m mac --mac-source 02:00:00:00:00:01 -j ACCEPT
  $ nft list chain ip filter INPUT
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		fib daddr type local counter packets 0 bytes 0 accept
  		fib saddr type { broadcast, multicast } counter packets 0 bytes 0 drop
  		fib daddr . iif type != unicast counter packets 0 bytes 0 drop
  		ip saddr 10.0.0.1-10.0.0.9 counter packets 0 bytes 0 accept
  		ip daddr != 10.0.1.0-10.0.1.255 counter packets 0 bytes 0 accept
  		pkttype broadcast counter packets 0 bytes 0 drop
  		tcp flags syn / fin,syn,rst,ack counter packets 0 bytes 0 accept
  		tcp flags != syn / fin,syn,rst,ack counter packets 0 bytes 0 accept
  		tcp flags syn / fin,syn,rst,ack counter packets 0 bytes 0 accept
  		tcp flags ! fin,syn,rst,psh,ack,urg counter packets 0 bytes 0 drop
  		meta l4proto icmp icmp type echo-request counter packets 0 bytes 0 accept
  		meta l4proto icmp xt match icmp counter packets 0 bytes 0 accept
  		meta l4proto icmp icmp type != time-exceeded counter packets 0 bytes 0 accept
  		meta l4proto icmp ip protocol icmp counter packets 0 bytes 0 accept
  		meta l4proto udp udp dport { 53, 67-68, 123 } counter packets 0 bytes 0 accept
  		meta l4proto tcp tcp sport != 1-1023 counter packets 0 bytes 0 accept
  		ct state related,established counter packets 0 bytes 0 accept
  		ct state ! invalid counter packets 0 bytes 0 accept
  		limit rate 5/minute burst 10 packets counter packets 0 bytes 0 log prefix "in: " level info
  		limit rate 100/second counter packets 0 bytes 0 log flags tcp options flags ip options flags skuid
  		ip dscp 0x2e counter packets 0 bytes 0 accept
  		xt match tos counter packets 0 bytes 0 accept
  		ether saddr 02:00:00:00:00:01 counter packets 0 bytes 0 accept
  	}
  }
  $ nft list chain ip mangle FORWARD
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain FORWARD {
  		type filter hook forward priority mangle; policy accept;
  		tcp flags syn / syn,rst counter packets 0 bytes 0 tcp option maxseg size set rt mtu
  		tcp flags syn / syn,rst counter packets 0 bytes 0 tcp option maxseg size set 1360
  	}
  }
  $ nft list chain ip mangle POSTROUTING
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain POSTROUTING {
  		type filter hook postrouting priority mangle; policy accept;
  		counter packets 0 bytes 0 ip dscp set 0x0a
  		counter packets 0 bytes 0 ip dscp set 0x2e
  	}
  }
  $ nft list chain ip raw PREROUTING
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  table ip raw {
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		udp dport 53 counter packets 0 bytes 0 notrack
  		udp dport 54 counter packets 0 bytes 0 notrack
  	}
  }
