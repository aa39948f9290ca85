nft list ruleset of rules made by iptables-nft: native expressions and x_tables translations.
  $ iptables -N FOO
  $ iptables -A INPUT -j FOO
  $ nft list ruleset
  table ip filter {
  	chain FOO {
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 jump FOO
  	}
  }
  $ iptables -t mangle -N BAR
  $ nft list tables
  table ip filter
  table ip mangle
  $ iptables -A FOO -p tcp --sport 1:2 --dport 3 -j ACCEPT
  $ iptables -A FOO -p tcp --dport 22 --syn -j ACCEPT
  $ iptables -A FOO -s 10.0.0.0/8 ! -d 1.2.3.4 -i eth+ -o lo -j DROP
  $ iptables -A FOO ! -p udp -m mark --mark 3 -j RETURN
  $ iptables -A FOO -p udp --sport 53 -m mark --mark 0x1/0xff -j ACCEPT
  $ iptables -A INPUT -p tcp ! --dport 80:90 -g FOO
  $ nft list ruleset
  table ip filter {
  	chain FOO {
  		tcp sport 1-2 tcp dport 3 counter packets 0 bytes 0 accept
  		tcp flags syn / fin,syn,rst,ack tcp dport 22 counter packets 0 bytes 0 accept
  		iifname "eth*" oifname "lo" ip saddr 10.0.0.0/8 ip daddr != 1.2.3.4 counter packets 0 bytes 0 drop
  		meta l4proto != udp meta mark 0x00000003 counter packets 0 bytes 0 return
  		udp sport 53 meta mark & 0x000000ff == 0x00000001 counter packets 0 bytes 0 accept
  	}
  
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 jump FOO
  		tcp dport != 80-90 counter packets 0 bytes 0 goto FOO
  	}
  }
  table ip mangle {
  	chain BAR {
  	}
  }
  $ nft -a list chain ip filter FOO
  table ip filter {
  	chain FOO { # handle 1
  		tcp sport 1-2 tcp dport 3 counter packets 0 bytes 0 accept # handle 4
  		tcp flags syn / fin,syn,rst,ack tcp dport 22 counter packets 0 bytes 0 accept # handle 5
  		iifname "eth*" oifname "lo" ip saddr 10.0.0.0/8 ip daddr != 1.2.3.4 counter packets 0 bytes 0 drop # handle 6
  		meta l4proto != udp meta mark 0x00000003 counter packets 0 bytes 0 return # handle 7
  		udp sport 53 meta mark & 0x000000ff == 0x00000001 counter packets 0 bytes 0 accept # handle 8
  	}
  }
  $ nft list table ip mangle
  table ip mangle {
  	chain BAR {
  	}
  }
  $ iptables -A FOO -p icmp --icmp-type echo-request -s 10.0.0.1 -j DROP
  $ iptables -A FOO -m ttl --ttl-gt 3 -j REJECT --reject-with icmp-host-prohibited
  $ iptables -A FOO -p tcp -m multiport --dports 1,2 -j MARK --set-mark 3
  $ iptables -A FOO -p icmp -m length --length 0:90 -j ACCEPT
  $ nft list chain ip filter FOO
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FOO {
  		tcp sport 1-2 tcp dport 3 counter packets 0 bytes 0 accept
  		tcp flags syn / fin,syn,rst,ack tcp dport 22 counter packets 0 bytes 0 accept
  		iifname "eth*" oifname "lo" ip saddr 10.0.0.0/8 ip daddr != 1.2.3.4 counter packets 0 bytes 0 drop
  		meta l4proto != udp meta mark 0x00000003 counter packets 0 bytes 0 return
  		udp sport 53 meta mark & 0x000000ff == 0x00000001 counter packets 0 bytes 0 accept
  		meta l4proto icmp ip saddr 10.0.0.1 icmp type echo-request counter packets 0 bytes 0 drop
  		ip ttl gt 3 counter packets 0 bytes 0 reject with icmp type host-prohibited
  		meta l4proto tcp tcp dport { 1, 2 } counter packets 0 bytes 0 meta mark set 0x3
  		meta l4proto icmp meta length 0-90 counter packets 0 bytes 0 accept
  	}
  }
