XTTYPE_HOSTMASK of conntrack's --ctorigsrc/... and policy's --tunnel-src/--tunnel-dst (xtopt_parse_hostmask()): the address kept as given, a prefix length in any base (above 32 a host mask), a contiguous netmask as its length, any other a host mask; a bad mask's error; policy_check()'s tunnel mode rule (no --mode is transport); how -S, -L and nft show them.
  $ iptables -A INPUT -m conntrack ! --ctreplsrc 1.2.3.4/16 --ctorigdst 5.6.7.8/255.0.255.0 --ctorigsrc 9.9.9.9/0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m conntrack --ctorigsrc 9.9.9.9/0 --ctorigdst 5.6.7.8 ! --ctreplsrc 1.2.3.4/16
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             0    --  0.0.0.0/0            0.0.0.0/0            ctorigsrc 9.9.9.9/0 ctorigdst 5.6.7.8 ! ctreplsrc 1.2.3.4/16
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             all  --  anywhere             anywhere             ctorigsrc 9.9.9.9/0 ctorigdst 5.6.7.8 ! ctreplsrc 1.2.3.4/16
  $ iptables-save | grep ctrepl
  -A INPUT -m conntrack --ctorigsrc 9.9.9.9/0 --ctorigdst 5.6.7.8 ! --ctreplsrc 1.2.3.4/16
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/33; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/64; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/96; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/128; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/129; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/abc; echo $?
  iptables v1.8.9 (nf_tables): conntrack: bad value for option "--ctorigdst", neither a valid network mask nor valid CIDR (0-32).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/255.255.0.0; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/255.0.255.0; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/-1; echo $?
  iptables v1.8.9 (nf_tables): conntrack: bad value for option "--ctorigdst", neither a valid network mask nor valid CIDR (0-32).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/016; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/0x10; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/+8; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/8.5; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/; echo $?
  iptables v1.8.9 (nf_tables): conntrack: bad value for option "--ctorigdst", neither a valid network mask nor valid CIDR (0-32).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m conntrack --ctorigsrc 9.9.9.9/0 --ctorigdst 5.6.7.8 ! --ctreplsrc 1.2.3.4/16
  -A INPUT -m conntrack --ctorigdst 5.6.7.8
  -A INPUT -m conntrack --ctorigdst 5.6.7.8
  -A INPUT -m conntrack --ctorigdst 5.6.7.8
  -A INPUT -m conntrack --ctorigdst 5.6.7.8
  -A INPUT -m conntrack --ctorigdst 5.6.7.8
  -A INPUT -m conntrack --ctorigdst 5.6.7.8/16
  -A INPUT -m conntrack --ctorigdst 5.6.7.8
  -A INPUT -m conntrack --ctorigdst 5.6.7.8/14
  -A INPUT -m conntrack --ctorigdst 5.6.7.8/16
  -A INPUT -m conntrack --ctorigdst 5.6.7.8/8
  -A INPUT -m conntrack --ctorigdst 5.6.7.8
  $ iptables -A INPUT -m conntrack --ctorigdst 5.6.7.8/255.255.0.0 -m conntrack --ctorigsrc 1.2.3.4/255.0.255.0; echo $?
  0
  $ iptables -A INPUT -s 1.2.3.4/255.0.255.0 -d 5.6.7.8/33; echo $?
  iptables v1.8.9 (nf_tables): invalid mask `33' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A FORWARD -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 1.2.3.4/16 --tunnel-dst 5.6.7.8/255.0.255.0; echo $?
  0
  $ iptables -A FORWARD -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 1.2.3.4/33; echo $?
  0
  $ iptables -A FORWARD -m policy --dir in --pol ipsec ! --mode transport --tunnel-src 1.2.3.4/0; echo $?
  0
  $ iptables -A FORWARD -m policy --dir in --pol ipsec ! --mode tunnel --tunnel-src 1.2.3.4/8; echo $?
  iptables v1.8.9 (nf_tables): policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A FORWARD -m policy --dir in --pol ipsec --mode transport --tunnel-dst 1.2.3.4; echo $?
  iptables v1.8.9 (nf_tables): policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A FORWARD -m policy --dir in --pol ipsec --tunnel-src 1.2.3.4/abc --mode tunnel; echo $?
  iptables v1.8.9 (nf_tables): policy: bad value for option "--tunnel-src", neither a valid network mask nor valid CIDR (0-32).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S FORWARD
  -P FORWARD ACCEPT
  -A FORWARD -m policy --dir in --pol ipsec --mode tunnel --tunnel-dst 5.6.7.8 --tunnel-src 1.2.3.4/16
  -A FORWARD -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 1.2.3.4
  -A FORWARD -m policy --dir in --pol ipsec ! --mode transport --tunnel-src 1.2.3.4/0
  $ iptables -L FORWARD -n
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
             0    --  0.0.0.0/0            0.0.0.0/0            policy match dir in pol ipsec mode tunnel tunnel-dst 5.6.7.8 tunnel-src 1.2.3.4/16
             0    --  0.0.0.0/0            0.0.0.0/0            policy match dir in pol ipsec mode tunnel tunnel-src 1.2.3.4
             0    --  0.0.0.0/0            0.0.0.0/0            policy match dir in pol ipsec ! mode transport tunnel-src 1.2.3.4/0
  $ nft list chain ip filter FORWARD
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain FORWARD {
  		type filter hook forward priority filter; policy accept;
  		xt match policy counter packets 0 bytes 0
  		xt match policy counter packets 0 bytes 0
  		xt match policy counter packets 0 bytes 0
  	}
  }
  $ iptables -A FORWARD -m policy --dir in --pol ipsec --proto esp
  $ iptables -A FORWARD -m policy --dir in --pol ipsec --strict --reqid 1 --next --spi 2
  $ iptables -A FORWARD -m policy --dir in --pol none
  $ iptables -A FORWARD -m policy --dir in --pol ipsec
  $ nft list chain ip filter FORWARD | tail -6
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  		xt match policy counter packets 0 bytes 0
  		xt match policy counter packets 0 bytes 0
  		meta secpath missing counter packets 0 bytes 0
  		meta secpath exists counter packets 0 bytes 0
  	}
  }
