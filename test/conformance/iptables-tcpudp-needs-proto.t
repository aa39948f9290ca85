A tcp or udp match without its protocol: iptables-nft's add_nft_tcp()/add_nft_udp() refuse a match it translates to payload expressions ("TCP match requires '-p tcp'", before the chain is looked up), one it keeps as an xt match (no option, --tcp-option, ! --tcp-flags...) goes to the kernel, whose xt_check_match() refuses the protocol (EINVAL); the same in iptables-restore, with the line.
  $ iptables -A INPUT -m tcp --dport 1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m udp --sport 5 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): UDP match requires '-p udp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tcp --syn -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp -m tcp --dport 1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT ! -p tcp -m tcp --dport 1 -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -p all -m udp --dport 1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): UDP match requires '-p udp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p 6 -m tcp --dport 1 -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -m tcp -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A INPUT -m tcp --tcp-option 2 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A INPUT -m tcp ! --tcp-flags SYN SYN -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m udp -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A NOSUCH -m tcp --dport 1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tcp --dport 1 -j NOSUCH; echo $?
  iptables v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I INPUT -m tcp --dport 1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -C INPUT -m tcp --dport 1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -D INPUT -m udp --dport 1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): UDP match requires '-p udp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -R INPUT 1 -m udp --dport 1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): UDP match requires '-p udp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m multiport --dports 1,2 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT ! -p tcp -m tcp --dport 1 -j ACCEPT
  -A INPUT -p tcp -m tcp --dport 1 -j ACCEPT
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 2 -j ACCEPT\n-A INPUT -m tcp --dport 1 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo $?
  iptables-restore v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Error occurred at line: 4
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  2
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 2 -j ACCEPT\n-A INPUT -m udp -j ACCEPT\nCOMMIT\n' | iptables-restore; echo $?
  iptables-restore v1.8.9 (nf_tables): 
  line 4: RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ printf '*filter\n-A NOSUCH -m udp --dport 3 -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo $?
  iptables-restore v1.8.9 (nf_tables): UDP match requires '-p udp'
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  2
  $ printf '*filter\n-A INPUT -m udp --dport 3 -j ACCEPT\nCOMMIT\n' | iptables-restore --test; echo $?
  iptables-restore v1.8.9 (nf_tables): UDP match requires '-p udp'
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  2
  $ iptables -t nat -A PREROUTING -m tcp --dport 80 -j REDIRECT --to-ports 8080; echo $?
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -A PREROUTING -p tcp -m udp --dport 80 -j DNAT --to-destination 1.2.3.4; echo $?
  iptables v1.8.9 (nf_tables): UDP match requires '-p udp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT ! -p tcp -m tcp --dport 1 -j ACCEPT
  -A INPUT -p tcp -m tcp --dport 1 -j ACCEPT
  COMMIT
