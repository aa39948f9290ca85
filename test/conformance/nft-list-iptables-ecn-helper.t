nft lists iptables-nft's ecn and helper matches by their translations (libxt_ecn.c ecn_xlate(): ECE, CWR, then the IP ECN field, one inverted option inverting all; libxt_helper.c helper_xlate(): ct helper).
  $ iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr
  $ iptables -A INPUT -p tcp -m ecn ! --ecn-tcp-ece
  $ iptables -A INPUT -m ecn --ecn-ip-ect 0
  $ iptables -A INPUT -m ecn ! --ecn-ip-ect 2
  $ iptables -A INPUT -m ecn --ecn-ip-ect 3 -j DROP
  $ iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr --ecn-tcp-ece --ecn-ip-ect 1
  $ iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr ! --ecn-tcp-ece
  $ iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr; echo $?
  0
  $ iptables -A INPUT -p udp -m ecn --ecn-tcp-cwr; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A INPUT -m helper --helper ftp
  $ iptables -A INPUT -m helper ! --helper irc -j ACCEPT
  $ iptables -A INPUT -m helper --helper ""
  $ iptables -A INPUT -m helper --helper "a b"
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p tcp -m ecn --ecn-tcp-cwr
  -A INPUT -p tcp -m ecn ! --ecn-tcp-ece
  -A INPUT -m ecn --ecn-ip-ect 0
  -A INPUT -m ecn ! --ecn-ip-ect 2
  -A INPUT -m ecn --ecn-ip-ect 3 -j DROP
  -A INPUT -p tcp -m ecn --ecn-tcp-ece --ecn-tcp-cwr --ecn-ip-ect 1
  -A INPUT -p tcp -m ecn ! --ecn-tcp-ece --ecn-tcp-cwr
  -A INPUT -p tcp -m ecn --ecn-tcp-cwr
  -A INPUT -m helper --helper ftp
  -A INPUT -m helper ! --helper irc -j ACCEPT
  -A INPUT -m helper --helper ""
  -A INPUT -m helper --helper "a b"
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             6    --  0.0.0.0/0            0.0.0.0/0            ECN match CWR
             6    --  0.0.0.0/0            0.0.0.0/0            ECN match !ECE
             0    --  0.0.0.0/0            0.0.0.0/0            ECN match ECT=0
             0    --  0.0.0.0/0            0.0.0.0/0            ECN match !ECT=2
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            ECN match ECT=3
             6    --  0.0.0.0/0            0.0.0.0/0            ECN match ECE CWR ECT=1
             6    --  0.0.0.0/0            0.0.0.0/0            ECN match !ECE CWR
             6    --  0.0.0.0/0            0.0.0.0/0            ECN match CWR
             0    --  0.0.0.0/0            0.0.0.0/0            helper match "ftp"
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            helper match ! "irc"
             0    --  0.0.0.0/0            0.0.0.0/0            helper match ""
             0    --  0.0.0.0/0            0.0.0.0/0            helper match "a b"
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		meta l4proto tcp tcp flags cwr counter packets 0 bytes 0
  		meta l4proto tcp tcp flags != ecn counter packets 0 bytes 0
  		ip ecn not-ect counter packets 0 bytes 0
  		ip ecn != ect0 counter packets 0 bytes 0
  		ip ecn ce counter packets 0 bytes 0 drop
  		meta l4proto tcp tcp flags ecn tcp flags cwr ip ecn ect1 counter packets 0 bytes 0
  		meta l4proto tcp tcp flags != ecn tcp flags != cwr counter packets 0 bytes 0
  		meta l4proto tcp tcp flags cwr counter packets 0 bytes 0
  		ct helper "ftp" counter packets 0 bytes 0
  		ct helper != "irc" counter packets 0 bytes 0 accept
  		ct helper "" counter packets 0 bytes 0
  		ct helper "a b" counter packets 0 bytes 0
  	}
  }
