Ports and TCP flags: the tcp match's own parser (first ':' splits, min > max refused, the bad piece named, --tcp-flags needing two words, --tcp-option 1-255) against udp's libxtables port ranges (getaddrinfo numbers cut to 16 bits, more than two parts refused); a match of only defaults stays -m tcp (an xt match in nft).
  $ for v in 5:3 foo:80 80:foo 1:2:3 :5 5: : 0:0 65535:0 -1 65536 ssh ssh:http http:ssh; do iptables -A INPUT -p tcp --dport "$v"; echo "$v $?"; done
  iptables v1.8.9 (nf_tables): invalid portrange (min > max)
  Try `iptables -h' or 'iptables --help' for more information.
  5:3 2
  iptables v1.8.9 (nf_tables): invalid port/service `foo' specified
  Try `iptables -h' or 'iptables --help' for more information.
  foo:80 2
  iptables v1.8.9 (nf_tables): invalid port/service `foo' specified
  Try `iptables -h' or 'iptables --help' for more information.
  80:foo 2
  iptables v1.8.9 (nf_tables): invalid port/service `2:3' specified
  Try `iptables -h' or 'iptables --help' for more information.
  1:2:3 2
  :5 0
  5: 0
  : 0
  0:0 0
  iptables v1.8.9 (nf_tables): invalid portrange (min > max)
  Try `iptables -h' or 'iptables --help' for more information.
  65535:0 2
  iptables v1.8.9 (nf_tables): invalid port/service `-1' specified
  Try `iptables -h' or 'iptables --help' for more information.
  -1 2
  iptables v1.8.9 (nf_tables): invalid port/service `65536' specified
  Try `iptables -h' or 'iptables --help' for more information.
  65536 2
  ssh 0
  ssh:http 0
  iptables v1.8.9 (nf_tables): invalid portrange (min > max)
  Try `iptables -h' or 'iptables --help' for more information.
  http:ssh 2
  $ for v in 5:3 foo:80; do iptables -A INPUT -p udp --sport "$v"; echo "$v $?"; done
  5:3 0
  iptables v1.8.9 (nf_tables): Port "foo" does not resolve to anything.
  
  Try `iptables -h' or 'iptables --help' for more information.
  foo:80 2
  $ iptables -A INPUT -p tcp --dport 1 --dport 2; echo $?
  iptables v1.8.9 (nf_tables): Only one `--destination-port' allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --syn --tcp-flags SYN SYN; echo $?
  iptables v1.8.9 (nf_tables): Only one of `--syn' or `--tcp-flags'  allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --tcp-flags SYN; echo $?
  iptables v1.8.9 (nf_tables): --tcp-flags requires two args.
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --tcp-flags SYN !; echo $?
  iptables v1.8.9 (nf_tables): --tcp-flags requires two args.
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --tcp-flags SYN,FOO,BAR SYN; echo $?
  iptables v1.8.9 (nf_tables): Unknown TCP flag `FOO'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --tcp-flags SYN ACK,BAZ; echo $?
  iptables v1.8.9 (nf_tables): Unknown TCP flag `BAZ'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --tcp-flags syn,,ack ''; echo $?
  0
  $ iptables -A INPUT -p tcp --tcp-flags '' NONE; echo $?
  0
  $ iptables -A INPUT -p tcp ! --tcp-flags ALL NONE; echo $?
  0
  $ iptables -A INPUT -p tcp --tcp-option 0; echo $?
  iptables v1.8.9 (nf_tables): Bad TCP option "0"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for p in tcp udp; do for v in :5 5: 1:2:3 -1 65536 70000 : ssh 0x10 010 1e2 +5 ' 5' '5 ' 99999999999 'ssh:' '5::6' ::5 domain 0; do iptables -A INPUT -p $p --sport "$v" 2>&1 | head -1; echo "$p $v $?"; done; done
  tcp :5 0
  tcp 5: 0
  iptables v1.8.9 (nf_tables): invalid port/service `2:3' specified
  tcp 1:2:3 0
  iptables v1.8.9 (nf_tables): invalid port/service `-1' specified
  tcp -1 0
  iptables v1.8.9 (nf_tables): invalid port/service `65536' specified
  tcp 65536 0
  iptables v1.8.9 (nf_tables): invalid port/service `70000' specified
  tcp 70000 0
  tcp : 0
  tcp ssh 0
  tcp 0x10 0
  tcp 010 0
  iptables v1.8.9 (nf_tables): invalid port/service `1e2' specified
  tcp 1e2 0
  tcp +5 0
  tcp  5 0
  iptables v1.8.9 (nf_tables): invalid port/service `5 ' specified
  tcp 5  0
  iptables v1.8.9 (nf_tables): invalid port/service `99999999999' specified
  tcp 99999999999 0
  tcp ssh: 0
  iptables v1.8.9 (nf_tables): invalid port/service `:6' specified
  tcp 5::6 0
  iptables v1.8.9 (nf_tables): invalid port/service `:5' specified
  tcp ::5 0
  tcp domain 0
  tcp 0 0
  udp :5 0
  udp 5: 0
  iptables v1.8.9 (nf_tables): udp: Too many components for option "--source-port" (max: 2)
  udp 1:2:3 0
  iptables v1.8.9 (nf_tables): Port "-1" does not resolve to anything.
  udp -1 0
  udp 65536 0
  udp 70000 0
  udp : 0
  udp ssh 0
  iptables v1.8.9 (nf_tables): Port "0x10" does not resolve to anything.
  udp 0x10 0
  udp 010 0
  iptables v1.8.9 (nf_tables): Port "1e2" does not resolve to anything.
  udp 1e2 0
  udp +5 0
  udp  5 0
  iptables v1.8.9 (nf_tables): Port "5 " does not resolve to anything.
  udp 5  0
  udp 99999999999 0
  udp ssh: 0
  iptables v1.8.9 (nf_tables): udp: Too many components for option "--source-port" (max: 2)
  udp 5::6 0
  iptables v1.8.9 (nf_tables): udp: Too many components for option "--source-port" (max: 2)
  udp ::5 0
  udp domain 0
  udp 0 0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p tcp -m tcp --dport 0:5
  -A INPUT -p tcp -m tcp --dport 5:65535
  -A INPUT -p tcp -m tcp
  -A INPUT -p tcp -m tcp --dport 0
  -A INPUT -p tcp -m tcp --dport 22
  -A INPUT -p tcp -m tcp --dport 22:80
  -A INPUT -p udp -m udp --sport 5:3
  -A INPUT -p tcp -m tcp --tcp-flags SYN,ACK NONE
  -A INPUT -p tcp -m tcp
  -A INPUT -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE
  -A INPUT -p tcp -m tcp --sport 0:5
  -A INPUT -p tcp -m tcp --sport 5:65535
  -A INPUT -p tcp -m tcp
  -A INPUT -p tcp -m tcp --sport 22
  -A INPUT -p tcp -m tcp --sport 16
  -A INPUT -p tcp -m tcp --sport 8
  -A INPUT -p tcp -m tcp --sport 5
  -A INPUT -p tcp -m tcp --sport 5
  -A INPUT -p tcp -m tcp --sport 22:65535
  -A INPUT -p tcp -m tcp --sport 53
  -A INPUT -p tcp -m tcp --sport 0
  -A INPUT -p udp -m udp --sport 0:5
  -A INPUT -p udp -m udp --sport 5:65535
  -A INPUT -p udp -m udp --sport 0
  -A INPUT -p udp -m udp --sport 4464
  -A INPUT -p udp -m udp
  -A INPUT -p udp -m udp --sport 22
  -A INPUT -p udp -m udp --sport 10
  -A INPUT -p udp -m udp --sport 5
  -A INPUT -p udp -m udp --sport 5
  -A INPUT -p udp -m udp --sport 59391
  -A INPUT -p udp -m udp --sport 22:65535
  -A INPUT -p udp -m udp --sport 53
  -A INPUT -p udp -m udp --sport 0
  $ iptables -A INPUT -p udp --sport 1 --sport 2; echo $?
  iptables v1.8.9 (nf_tables): udp: option "--source-port" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp --sport 1 --source-port 2; echo $?
  iptables v1.8.9 (nf_tables): udp: option "--source-port" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp ! --sport 1 ! --dport 2; echo $?
  0
  $ iptables -A INPUT -p udp --sport; echo $?
  iptables v1.8.9 (nf_tables): option "--sport" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --sport; echo $?
  iptables v1.8.9 (nf_tables): option "--sport" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --tcp-flags; echo $?
  iptables v1.8.9 (nf_tables): option "--tcp-flags" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp --foo 1; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S INPUT | tail -1
  -A INPUT -p udp -m udp ! --sport 1 ! --dport 2
  $ iptables -A INPUT -p tcp -m tcp -j ACCEPT
  $ iptables -A INPUT -p udp -m udp ! --sport 0:65535
  $ iptables -A OUTPUT -p tcp -m tcp
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -p tcp -m tcp --dport 0:5
  -A INPUT -p tcp -m tcp --dport 5:65535
  -A INPUT -p tcp -m tcp
  -A INPUT -p tcp -m tcp --dport 0
  -A INPUT -p tcp -m tcp --dport 22
  -A INPUT -p tcp -m tcp --dport 22:80
  -A INPUT -p udp -m udp --sport 5:3
  -A INPUT -p tcp -m tcp --tcp-flags SYN,ACK NONE
  -A INPUT -p tcp -m tcp
  -A INPUT -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE
  -A INPUT -p tcp -m tcp --sport 0:5
  -A INPUT -p tcp -m tcp --sport 5:65535
  -A INPUT -p tcp -m tcp
  -A INPUT -p tcp -m tcp --sport 22
  -A INPUT -p tcp -m tcp --sport 16
  -A INPUT -p tcp -m tcp --sport 8
  -A INPUT -p tcp -m tcp --sport 5
  -A INPUT -p tcp -m tcp --sport 5
  -A INPUT -p tcp -m tcp --sport 22:65535
  -A INPUT -p tcp -m tcp --sport 53
  -A INPUT -p tcp -m tcp --sport 0
  -A INPUT -p udp -m udp --sport 0:5
  -A INPUT -p udp -m udp --sport 5:65535
  -A INPUT -p udp -m udp --sport 0
  -A INPUT -p udp -m udp --sport 4464
  -A INPUT -p udp -m udp
  -A INPUT -p udp -m udp --sport 22
  -A INPUT -p udp -m udp --sport 10
  -A INPUT -p udp -m udp --sport 5
  -A INPUT -p udp -m udp --sport 5
  -A INPUT -p udp -m udp --sport 59391
  -A INPUT -p udp -m udp --sport 22:65535
  -A INPUT -p udp -m udp --sport 53
  -A INPUT -p udp -m udp --sport 0
  -A INPUT -p udp -m udp ! --sport 1 ! --dport 2
  -A INPUT -p tcp -m tcp -j ACCEPT
  -A INPUT -p udp
  -A OUTPUT -p tcp -m tcp
  $ iptables -L -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpts:0:5
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpts:5:65535
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:0
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:22
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpts:22:80
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spts:5:3
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x12/0x00
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:!0x3F/0x00
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spts:0:5
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spts:5:65535
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spt:22
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spt:16
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spt:8
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spt:5
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spt:5
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spts:22:65535
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spt:53
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spt:0
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spts:0:5
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spts:5:65535
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:0
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:4464
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:22
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:10
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:5
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:5
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:59391
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spts:22:65535
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:53
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:0
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:!1 dpt:!2
      0     0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp
      0     0            17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp
  $ iptables -D INPUT -p tcp -m tcp -j ACCEPT; echo $?
  0
  $ iptables -C OUTPUT -p tcp; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -C OUTPUT -p tcp -m tcp; echo $?
  0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -p tcp -m tcp --dport 0:5
  -A INPUT -p tcp -m tcp --dport 5:65535
  -A INPUT -p tcp -m tcp
  -A INPUT -p tcp -m tcp --dport 0
  -A INPUT -p tcp -m tcp --dport 22
  -A INPUT -p tcp -m tcp --dport 22:80
  -A INPUT -p udp -m udp --sport 5:3
  -A INPUT -p tcp -m tcp --tcp-flags SYN,ACK NONE
  -A INPUT -p tcp -m tcp
  -A INPUT -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE
  -A INPUT -p tcp -m tcp --sport 0:5
  -A INPUT -p tcp -m tcp --sport 5:65535
  -A INPUT -p tcp -m tcp
  -A INPUT -p tcp -m tcp --sport 22
  -A INPUT -p tcp -m tcp --sport 16
  -A INPUT -p tcp -m tcp --sport 8
  -A INPUT -p tcp -m tcp --sport 5
  -A INPUT -p tcp -m tcp --sport 5
  -A INPUT -p tcp -m tcp --sport 22:65535
  -A INPUT -p tcp -m tcp --sport 53
  -A INPUT -p tcp -m tcp --sport 0
  -A INPUT -p udp -m udp --sport 0:5
  -A INPUT -p udp -m udp --sport 5:65535
  -A INPUT -p udp -m udp --sport 0
  -A INPUT -p udp -m udp --sport 4464
  -A INPUT -p udp -m udp
  -A INPUT -p udp -m udp --sport 22
  -A INPUT -p udp -m udp --sport 10
  -A INPUT -p udp -m udp --sport 5
  -A INPUT -p udp -m udp --sport 5
  -A INPUT -p udp -m udp --sport 59391
  -A INPUT -p udp -m udp --sport 22:65535
  -A INPUT -p udp -m udp --sport 53
  -A INPUT -p udp -m udp --sport 0
  -A INPUT -p udp -m udp ! --sport 1 ! --dport 2
  -A INPUT -p udp
  -A OUTPUT -p tcp -m tcp
  COMMIT
  $ nft list ruleset
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		tcp dport <= 5 counter packets 0 bytes 0
  		tcp dport 5-65535 counter packets 0 bytes 0
  		meta l4proto tcp  counter packets 0 bytes 0
  		tcp dport 0 counter packets 0 bytes 0
  		tcp dport 22 counter packets 0 bytes 0
  		tcp dport 22-80 counter packets 0 bytes 0
  		udp sport 5-3 counter packets 0 bytes 0
  		tcp flags ! syn,ack counter packets 0 bytes 0
  		meta l4proto tcp  counter packets 0 bytes 0
  		tcp flags fin,syn,rst,psh,ack,urg counter packets 0 bytes 0
  		tcp sport <= 5 counter packets 0 bytes 0
  		tcp sport 5-65535 counter packets 0 bytes 0
  		meta l4proto tcp  counter packets 0 bytes 0
  		tcp sport 22 counter packets 0 bytes 0
  		tcp sport 16 counter packets 0 bytes 0
  		tcp sport 8 counter packets 0 bytes 0
  		tcp sport 5 counter packets 0 bytes 0
  		tcp sport 5 counter packets 0 bytes 0
  		tcp sport 22-65535 counter packets 0 bytes 0
  		tcp sport 53 counter packets 0 bytes 0
  		tcp sport 0 counter packets 0 bytes 0
  		udp sport <= 5 counter packets 0 bytes 0
  		udp sport 5-65535 counter packets 0 bytes 0
  		udp sport 0 counter packets 0 bytes 0
  		udp sport 4464 counter packets 0 bytes 0
  		meta l4proto udp  counter packets 0 bytes 0
  		udp sport 22 counter packets 0 bytes 0
  		udp sport 10 counter packets 0 bytes 0
  		udp sport 5 counter packets 0 bytes 0
  		udp sport 5 counter packets 0 bytes 0
  		udp sport 59391 counter packets 0 bytes 0
  		udp sport 22-65535 counter packets 0 bytes 0
  		udp sport 53 counter packets 0 bytes 0
  		udp sport 0 counter packets 0 bytes 0
  		udp sport != 1 udp dport != 2 counter packets 0 bytes 0
  		meta l4proto udp counter packets 0 bytes 0
  	}
  
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		meta l4proto tcp  counter packets 0 bytes 0
  	}
  }
