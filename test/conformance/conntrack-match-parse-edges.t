conntrack match parsing edges: --ctproto 0 refused only after an inverted --ctstatus (XT_INV_PROTO is that bit), --ctdir not invertible, ports as XTTYPE_PORTRC (getaddrinfo(): decimal numbers cut to 16 bits, service names, open ends, three parts refused).
  $ iptables -A INPUT -m conntrack ! --ctstatus SEEN_REPLY --ctproto 0; echo $?
  iptables v1.8.9 (nf_tables): conntrack: rule would never match protocol
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctproto 0 ! --ctstatus SEEN_REPLY; echo $?
  0
  $ iptables -A INPUT -m conntrack ! --ctstate NEW --ctproto 0; echo $?
  0
  $ iptables -A INPUT -m conntrack ! --ctproto 0 ! --ctorigsrc 1.1.1.1; echo $?
  0
  $ iptables -A INPUT -m conntrack ! --ctdir REPLY; echo $?
  iptables v1.8.9 (nf_tables): conntrack: option "--ctdir" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport 0x10; echo $?
  iptables v1.8.9 (nf_tables): Port "0x10" does not resolve to anything.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport -1; echo $?
  iptables v1.8.9 (nf_tables): Port "-1" does not resolve to anything.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport 99999999999; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport 80:; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport :80; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport 1:2:3; echo $?
  iptables v1.8.9 (nf_tables): conntrack: Too many components for option "--ctorigdstport" (max: 2)
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport ssh:http; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport ""; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport 080; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport nosuchsvc; echo $?
  iptables v1.8.9 (nf_tables): Port "nosuchsvc" does not resolve to anything.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m conntrack --ctproto 0 ! --ctstatus SEEN_REPLY
  -A INPUT -m conntrack ! --ctstate NEW --ctproto 0
  -A INPUT -m conntrack ! --ctproto 0 ! --ctorigsrc 1.1.1.1
  -A INPUT -m conntrack --ctproto 6 --ctorigdstport 59391
  -A INPUT -m conntrack --ctproto 6 --ctorigdstport 80:65535
  -A INPUT -m conntrack --ctproto 6 --ctorigdstport 0:80
  -A INPUT -m conntrack --ctproto 6 --ctorigdstport 22:80
  -A INPUT -m conntrack --ctproto 6 --ctorigdstport 0
  -A INPUT -m conntrack --ctproto 6 --ctorigdstport 80
