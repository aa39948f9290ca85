Option errors and edge values of the conntrack match and the NAT targets: states, statuses, protocols, ports without a protocol, reversed ranges, several --to-source, shifted ports, bad NETMAP prefixes; what -S shows of those accepted.
  $ iptables -N c; iptables -t nat -N n
  $ for r in "--ctstate bogus" "--ctstate NEW," "--ctstate ,NEW" "--ctstate new" "--ctstatus bogus" "--ctstatus none" "--ctproto 0" "! --ctproto 0" "--ctproto 300" "--ctproto bogus" "--ctdir bogus" "--ctdir original" "--ctorigsrcport 80" "--ctproto udp --ctorigsrcport 80:70" "--ctproto udp --ctorigdstport http" "--ctproto tcp --ctreplsrcport 0:65535" "--ctproto tcp --ctorigdstport 70000" "--ctproto icmp --ctorigdstport 5" "--ctorigsrc 300.1.1.1" "--ctorigsrc 1.2.3.4/8 --ctorigsrc 5.6.7.8" "--ctexpire 5:1" "--ctexpire 1:2:3" "--ctstate NEW --ctstate ESTABLISHED" "--ctdir REPLY --ctdir ORIGINAL"; do echo "[$r]"; eval iptables -A c -m conntrack $r 2>&1; echo $?; done
  [--ctstate bogus]
  iptables v1.8.9 (nf_tables): Bad ctstate "bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctstate NEW,]
  iptables v1.8.9 (nf_tables): Bad ctstate ""
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctstate ,NEW]
  iptables v1.8.9 (nf_tables): Bad ctstate ",NEW"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctstate new]
  0
  [--ctstatus bogus]
  iptables v1.8.9 (nf_tables): Bad ctstatus "bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctstatus none]
  0
  [--ctproto 0]
  0
  [! --ctproto 0]
  0
  [--ctproto 300]
  iptables v1.8.9 (nf_tables): unknown protocol "300" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctproto bogus]
  iptables v1.8.9 (nf_tables): unknown protocol "bogus" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctdir bogus]
  iptables v1.8.9 (nf_tables): conntrack: Bad value for "--ctdir" option: "bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctdir original]
  0
  [--ctorigsrcport 80]
  0
  [--ctproto udp --ctorigsrcport 80:70]
  0
  [--ctproto udp --ctorigdstport http]
  0
  [--ctproto tcp --ctreplsrcport 0:65535]
  0
  [--ctproto tcp --ctorigdstport 70000]
  0
  [--ctproto icmp --ctorigdstport 5]
  0
  [--ctorigsrc 300.1.1.1]
  iptables v1.8.9 (nf_tables): getaddrinfo: Name or service not known
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctorigsrc 1.2.3.4/8 --ctorigsrc 5.6.7.8]
  iptables v1.8.9 (nf_tables): conntrack: option "--ctorigsrc" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctexpire 5:1]
  0
  [--ctexpire 1:2:3]
  iptables v1.8.9 (nf_tables): conntrack: Too many components for option "--ctexpire" (max: 2)
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctstate NEW --ctstate ESTABLISHED]
  iptables v1.8.9 (nf_tables): conntrack: option "--ctstate" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [--ctdir REPLY --ctdir ORIGINAL]
  iptables v1.8.9 (nf_tables): conntrack: option "--ctdir" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S c
  -N c
  -A c -m conntrack --ctstate NEW
  -A c -m conntrack --ctstatus NONE
  -A c -m conntrack --ctproto 0
  -A c -m conntrack ! --ctproto 0
  -A c -m conntrack --ctdir ORIGINAL
  -A c -m conntrack --ctorigsrcport 80
  -A c -m conntrack --ctproto 17 --ctorigsrcport 80:70
  -A c -m conntrack --ctproto 17 --ctorigdstport 80
  -A c -m conntrack --ctproto 6 --ctreplsrcport 0:65535
  -A c -m conntrack --ctproto 6 --ctorigdstport 4464
  -A c -m conntrack --ctproto 1 --ctorigdstport 5
  -A c -m conntrack --ctexpire 5:1
  $ for r in "-j SNAT" "-j SNAT --to-source 1.2.3.4:80" "-p tcp -j SNAT --to-source 1.2.3.4:90-80" "-p tcp -j SNAT --to-source 1.2.3.9-1.2.3.4" "-p tcp -j SNAT --to-source 1.2.3.4 --to-source 1.2.3.5" "-p udp -j SNAT --to-source :100" "-p udp -j SNAT --to-source 1.2.3.4:0" "-p udp -j SNAT --to-source 1.2.3.4:65536" "-p udp -j SNAT --to-source 1.2.3.4:abc" "-p udp -j SNAT --to-source 1.2.3.4:" "-p udp -j SNAT --to-source 1.2.3.4-" "-p udp -j SNAT --to-source bogus" "-p sctp -j SNAT --to-source 1.2.3.4:5" "-p icmp -j SNAT --to-source 1.2.3.4:5" "-p udp -j SNAT --to-source 1.2.3.4:10-20/15" "-p tcp -j DNAT --to-destination 5.6.7.8:80-90/100" "-p tcp -j DNAT --to-destination 5.6.7.8:80/100" "-p tcp -j DNAT --to-destination 5.6.7.8:80-90/0" "-p tcp -j DNAT --to-destination 5.6.7.8:80-90/70000" "-j DNAT --to-destination 5.6.7.8 --random-fully" "-p tcp -j MASQUERADE --to-ports 10-5" "-j MASQUERADE --to-ports 10" "-p udp -j MASQUERADE --to-ports 0" "-p tcp -j REDIRECT --to-ports 8080-" "-p tcp -j REDIRECT --to-ports -8080" "-j REDIRECT --to-ports 1" "-j NETMAP --to 10.0.0.0/33" "-j NETMAP --to 10.0.0.0/255.0.255.0" "-j NETMAP --to 10.1.2.3/24" "-j NETMAP" "-j NETMAP --to bogus"; do echo "[$r]"; eval iptables -t nat -A n $r 2>&1; echo $?; done
  [-j SNAT]
  iptables v1.8.9 (nf_tables): SNAT: option "--to-source" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j SNAT --to-source 1.2.3.4:80]
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -j SNAT --to-source 1.2.3.4:90-80]
  iptables v1.8.9 (nf_tables): Port range `80' funky
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -j SNAT --to-source 1.2.3.9-1.2.3.4]
  0
  [-p tcp -j SNAT --to-source 1.2.3.4 --to-source 1.2.3.5]
  iptables v1.8.9 (nf_tables): SNAT: option "--to-source" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p udp -j SNAT --to-source :100]
  0
  [-p udp -j SNAT --to-source 1.2.3.4:0]
  0
  [-p udp -j SNAT --to-source 1.2.3.4:65536]
  iptables v1.8.9 (nf_tables): Port `65536' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p udp -j SNAT --to-source 1.2.3.4:abc]
  iptables v1.8.9 (nf_tables): Port `abc' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p udp -j SNAT --to-source 1.2.3.4:]
  iptables v1.8.9 (nf_tables): Port `' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p udp -j SNAT --to-source 1.2.3.4-]
  iptables v1.8.9 (nf_tables): Bad IP address ""
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p udp -j SNAT --to-source bogus]
  iptables v1.8.9 (nf_tables): Bad IP address "bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p sctp -j SNAT --to-source 1.2.3.4:5]
  0
  [-p icmp -j SNAT --to-source 1.2.3.4:5]
  0
  [-p udp -j SNAT --to-source 1.2.3.4:10-20/15]
  0
  [-p tcp -j DNAT --to-destination 5.6.7.8:80-90/100]
  0
  [-p tcp -j DNAT --to-destination 5.6.7.8:80/100]
  iptables v1.8.9 (nf_tables): Garbage after port value: `/100'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -j DNAT --to-destination 5.6.7.8:80-90/0]
  iptables v1.8.9 (nf_tables): Port `0' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -j DNAT --to-destination 5.6.7.8:80-90/70000]
  iptables v1.8.9 (nf_tables): Port `70000' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j DNAT --to-destination 5.6.7.8 --random-fully]
  iptables v1.8.9 (nf_tables): unknown option "--random-fully"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -j MASQUERADE --to-ports 10-5]
  iptables v1.8.9 (nf_tables): Port range `5' funky
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j MASQUERADE --to-ports 10]
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p udp -j MASQUERADE --to-ports 0]
  0
  [-p tcp -j REDIRECT --to-ports 8080-]
  iptables v1.8.9 (nf_tables): Port `' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -j REDIRECT --to-ports -8080]
  iptables v1.8.9 (nf_tables): Port `-8080' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j REDIRECT --to-ports 1]
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j NETMAP --to 10.0.0.0/33]
  0
  [-j NETMAP --to 10.0.0.0/255.0.255.0]
  0
  [-j NETMAP --to 10.1.2.3/24]
  0
  [-j NETMAP]
  iptables v1.8.9 (nf_tables): NETMAP: option "--to" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j NETMAP --to bogus]
  iptables v1.8.9 (nf_tables): getaddrinfo: Temporary failure in name resolution
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -S n
  -N n
  -A n -p tcp -j SNAT --to-source 1.2.3.9-1.2.3.4
  -A n -p udp -j SNAT --to-source :100
  -A n -p udp -j SNAT --to-source 1.2.3.4:0
  -A n -p sctp -j SNAT --to-source 1.2.3.4:5
  -A n -p icmp -j SNAT --to-source 1.2.3.4:5
  -A n -p udp -j SNAT --to-source 1.2.3.4:10-20/0
  -A n -p tcp -j DNAT --to-destination 5.6.7.8:80-90/100
  -A n -p udp -j MASQUERADE --to-ports 0
  -A n -j NETMAP --to 10.0.0.0/32
  -A n -j NETMAP --to 10.0.0.0/32
  -A n -j NETMAP --to 10.1.2.0/24
