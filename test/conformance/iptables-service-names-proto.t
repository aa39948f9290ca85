Service names in iptables rules of a port-forwarding lab are looked up per protocol where iptables does (tcp ports and multiport: getservbyname(name, proto)), in any protocol where it does not (udp's XTTYPE_PORTRC, NAT --to ports, conntrack ports), and printed per protocol by -L.
  $ iptables -A INPUT -p tcp --dport bootps
  iptables v1.8.9 (nf_tables): invalid port/service `bootps' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p udp --dport bootps
  $ iptables -A INPUT -p udp --dport cisco-sccp
  $ iptables -A INPUT -p tcp --dport cisco-sccp
  $ iptables -A INPUT -p udp -m multiport --dports cisco-sccp,bootps
  iptables v1.8.9 (nf_tables): invalid port/service `cisco-sccp' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp -m multiport --dports bootps
  iptables v1.8.9 (nf_tables): invalid port/service `bootps' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp -m multiport --dports echo,nbp
  iptables v1.8.9 (nf_tables): invalid port/service `nbp' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp --sport nbp
  iptables v1.8.9 (nf_tables): invalid port/service `nbp' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -p udp -j DNAT --to-destination 1.2.3.4:cisco-sccp
  $ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports bootps
  $ iptables -A INPUT -p tcp -m conntrack --ctorigdstport bootps
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -p udp -m udp --dport 67
  -A INPUT -p udp -m udp --dport 2000
  -A INPUT -p tcp -m tcp --dport 2000
  -A INPUT -p tcp -m conntrack --ctorigdstport 67
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             udp  --  anywhere             anywhere             udp dpt:bootps
             udp  --  anywhere             anywhere             udp dpt:2000
             tcp  --  anywhere             anywhere             tcp dpt:cisco-sccp
             tcp  --  anywhere             anywhere             ctorigdstport 67
