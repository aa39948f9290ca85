How nft lists the port ranges and TCP flag tests iptables-nft makes: a range from 0 as a bound (<=, > inverted), a flag test against 0 as a flag list (! for ==), one flag against itself with &, the rest VALUE / MASK; iptables -S reads them all back.
  $ iptables -A INPUT -p tcp ! --dport 0:5; iptables -A INPUT -p tcp ! --dport 5:65535; iptables -A INPUT -p tcp --dport 0:65534; iptables -A INPUT -p udp --dport 0:1; iptables -A INPUT -p udp ! --sport 0:0
  $ iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK; iptables -A INPUT -p tcp ! --tcp-flags SYN,ACK NONE; iptables -A INPUT -p tcp --tcp-flags ALL ALL; iptables -A INPUT -p tcp ! --tcp-flags FIN FIN; iptables -A INPUT -p tcp --tcp-flags FIN NONE; iptables -A INPUT -p tcp --syn; iptables -A INPUT -p tcp ! --syn
  $ iptables -A INPUT -p tcp ! --tcp-flags SYN,ACK SYN,ACK; iptables -A INPUT -p tcp --tcp-flags FIN FIN; iptables -A INPUT -p tcp ! --tcp-flags SYN,ACK SYN; iptables -A INPUT -p tcp ! --tcp-flags ALL ALL; iptables -A INPUT -p tcp --tcp-flags SYN,ACK,FIN SYN,ACK
  $ iptables -A INPUT -p tcp --dport 0:0; iptables -A INPUT -p tcp ! --dport 0:65535; iptables -A INPUT -p udp --sport :1024
  $ nft list ruleset
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		tcp dport > 5 counter packets 0 bytes 0
  		tcp dport != 5-65535 counter packets 0 bytes 0
  		tcp dport <= 65534 counter packets 0 bytes 0
  		udp dport <= 1 counter packets 0 bytes 0
  		udp sport != 0 counter packets 0 bytes 0
  		tcp flags syn,ack / syn,ack counter packets 0 bytes 0
  		tcp flags syn,ack counter packets 0 bytes 0
  		tcp flags fin,syn,rst,psh,ack,urg / fin,syn,rst,psh,ack,urg counter packets 0 bytes 0
  		tcp flags & fin != fin counter packets 0 bytes 0
  		tcp flags ! fin counter packets 0 bytes 0
  		tcp flags syn / fin,syn,rst,ack counter packets 0 bytes 0
  		tcp flags != syn / fin,syn,rst,ack counter packets 0 bytes 0
  		tcp flags != syn,ack / syn,ack counter packets 0 bytes 0
  		tcp flags & fin == fin counter packets 0 bytes 0
  		tcp flags != syn / syn,ack counter packets 0 bytes 0
  		tcp flags != fin,syn,rst,psh,ack,urg / fin,syn,rst,psh,ack,urg counter packets 0 bytes 0
  		tcp flags syn,ack / fin,syn,ack counter packets 0 bytes 0
  		tcp dport 0 counter packets 0 bytes 0
  		meta l4proto tcp counter packets 0 bytes 0
  		udp sport <= 1024 counter packets 0 bytes 0
  	}
  }
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p tcp -m tcp --dport 6:65535
  -A INPUT -p tcp -m tcp ! --dport 5:65535
  -A INPUT -p tcp -m tcp --dport 0:65534
  -A INPUT -p udp -m udp --dport 0:1
  -A INPUT -p udp -m udp ! --sport 0
  -A INPUT -p tcp -m tcp --tcp-flags SYN,ACK SYN,ACK
  -A INPUT -p tcp -m tcp ! --tcp-flags SYN,ACK NONE
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,SYN,RST,PSH,ACK,URG
  -A INPUT -p tcp -m tcp ! --tcp-flags FIN FIN
  -A INPUT -p tcp -m tcp --tcp-flags FIN NONE
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN
  -A INPUT -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK SYN
  -A INPUT -p tcp -m tcp ! --tcp-flags SYN,ACK SYN,ACK
  -A INPUT -p tcp -m tcp --tcp-flags FIN FIN
  -A INPUT -p tcp -m tcp ! --tcp-flags SYN,ACK SYN
  -A INPUT -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,SYN,RST,PSH,ACK,URG
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,ACK SYN,ACK
  -A INPUT -p tcp -m tcp --dport 0
  -A INPUT -p tcp
  -A INPUT -p udp -m udp --sport 0:1024
