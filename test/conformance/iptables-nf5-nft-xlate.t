nft's view (libxtables xlate) of iptables-nft rules with policy, esp, ah, ipcomp, devgroup, cpu, socket, realm, sctp, dccp, TEE, AUDIT and TRACE, and what has no translation.
  $ iptables -A INPUT -m devgroup --src-group 3
  $ iptables -A INPUT -m devgroup ! --src-group 0
  $ iptables -A INPUT -m devgroup --src-group 0x10/0xf0
  $ iptables -A OUTPUT -m devgroup --dst-group 5
  $ iptables -A FORWARD -m devgroup --src-group 1 ! --dst-group 2
  $ iptables -A INPUT -m policy --dir in --pol none
  $ iptables -A INPUT -m policy --dir in --pol ipsec
  $ iptables -A OUTPUT -m policy --dir out --pol none
  $ iptables -A INPUT -p esp
  $ iptables -A INPUT -p esp ! --espspi 5:6
  $ iptables -A INPUT -p ah --ahspi 7
  $ iptables -A INPUT -p ah
  $ iptables -A INPUT -p ipcomp --ipcompspi 9
  $ iptables -A INPUT -m cpu --cpu 1
  $ iptables -A INPUT -m cpu ! --cpu 0
  $ iptables -A INPUT -m socket
  $ iptables -A INPUT -m socket --transparent
  $ iptables -A INPUT -m socket --nowildcard
  $ iptables -A INPUT -m realm --realm 4
  $ iptables -A INPUT -m realm ! --realm 0
  $ iptables -A INPUT -m realm --realm 0x10000/0xffff0000
  $ iptables -A INPUT -p sctp --sport 1:1024 ! --dport 80
  $ iptables -A INPUT -p sctp --chunk-types any INIT,DATA:Be
  $ iptables -A INPUT -p sctp --chunk-types all ABORT
  $ iptables -A INPUT -p sctp ! --chunk-types only SACK
  $ iptables -A INPUT -p dccp --dport 5 --dccp-types REQUEST,RESPONSE
  $ iptables -A INPUT -p dccp ! --dccp-types DATA
  $ iptables -A INPUT -p dccp --dccp-option 4
  $ iptables -A INPUT -j AUDIT --type accept
  $ iptables -t raw -A OUTPUT -p icmp -j TRACE
  $ iptables -t mangle -A PREROUTING -j TEE --gateway 10.9.9.9 --oif lo
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		iifgroup 0x3 counter packets 0 bytes 0
  		iifgroup != default counter packets 0 bytes 0
  		iifgroup and 0xf0 == 0x10 counter packets 0 bytes 0
  		meta secpath missing counter packets 0 bytes 0
  		meta secpath exists counter packets 0 bytes 0
  		meta l4proto esp counter packets 0 bytes 0
  		meta l4proto esp esp spi != 5-6 counter packets 0 bytes 0
  		meta l4proto ah ah spi 7 counter packets 0 bytes 0
  		meta l4proto ah counter packets 0 bytes 0
  		meta l4proto ipcomp comp cpi 9 counter packets 0 bytes 0
  		cpu 1 counter packets 0 bytes 0
  		cpu != 0 counter packets 0 bytes 0
  		xt match socket counter packets 0 bytes 0
  		xt match socket counter packets 0 bytes 0
  		xt match socket counter packets 0 bytes 0
  		rtclassid 0x4 counter packets 0 bytes 0
  		rtclassid != cosmos counter packets 0 bytes 0
  		rtclassid and 0xffff0000 == 0x10000 counter packets 0 bytes 0
  		meta l4proto sctp sctp sport 1-1024 sctp dport != 80 counter packets 0 bytes 0
  		meta l4proto sctp xt match sctp counter packets 0 bytes 0
  		meta l4proto sctp sctp chunk abort exists counter packets 0 bytes 0
  		meta l4proto sctp sctp chunk data exists sctp chunk init exists sctp chunk init-ack exists sctp chunk sack missing sctp chunk heartbeat exists sctp chunk heartbeat-ack exists sctp chunk abort exists sctp chunk shutdown exists sctp chunk shutdown-ack exists sctp chunk error exists sctp chunk cookie-echo exists sctp chunk cookie-ack exists sctp chunk ecne exists sctp chunk cwr exists sctp chunk shutdown-complete exists sctp chunk i-data exists sctp chunk re-config exists sctp chunk pad exists sctp chunk asconf exists sctp chunk asconf-ack exists sctp chunk forward-tsn exists sctp chunk i-forward-tsn exists counter packets 0 bytes 0
  		meta l4proto dccp dccp dport 5 dccp type { request, response } counter packets 0 bytes 0
  		meta l4proto dccp dccp type != data counter packets 0 bytes 0
  		meta l4proto dccp xt match dccp counter packets 0 bytes 0
  		counter packets 0 bytes 0 log level audit
  	}
  
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		oifgroup 0x5 counter packets 0 bytes 0
  		xt match policy counter packets 0 bytes 0
  	}
  
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		iifgroup 0x1 oifgroup != 0x2 counter packets 0 bytes 0
  	}
  }
  table ip raw {
  	chain OUTPUT {
  		type filter hook output priority raw; policy accept;
  		meta l4proto icmp counter packets 0 bytes 0 meta nftrace set 1
  	}
  }
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		counter packets 0 bytes 0 dup to 10.9.9.9 device lo
  	}
  }
