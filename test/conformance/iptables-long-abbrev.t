iptables reads its long options as getopt_long() does: an unambiguous abbreviation of a global option or of a loaded extension's (-p tcp's match is loaded on the first option nothing else takes), "--opt=value", and the words -p/-s/-d/-j/-i/-o take whole ("-ptcp", "--proto=udp"); ambiguous ones are unknown options.
  $ iptables -A INPUT -p tcp --dp 80 -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -p tcp --d 80 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--d"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-t echo-request -j ACCEPT; echo $?
  0
  $ iptables -A INPUT --proto tcp --sou 1.2.3.4 --dest 1.2.3.5 -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -p tcp --dport 22 --sou 1.2.3.4 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--sou"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT --in-i lo --frag -j ACCEPT; echo $?
  0
  $ iptables -A INPUT --s 1.2.3.4 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--s"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j LOG --log-p "ab " --log-tcp-s; echo $?
  0
  $ iptables -A INPUT -m limit --lim 5/s -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--lim"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m limit --limit-b 7 -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -j REJECT --reject icmp-host-unreachable; echo $?
  0
  $ iptables -A INPUT -m mark --m 0x1 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--m"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp -m multiport --dp 1,2 -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -p tcp --dport 1 -m multiport --dp 2 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--dp"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m multiport --dp 1,2 -p tcp -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctst NEW -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--ctst"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m state --st NEW -m conntrack --ctstatus CONF -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -m ttl --ttl-eq 5 -m ttl --ttl-e 6; echo $?
  0
  $ iptables -A INPUT -p tcp --dp; echo $?
  iptables v1.8.9 (nf_tables): option "--dp" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --syn=1; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--syn=1"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp --dport=53 --sport 6 -j ACCEPT; echo $?
  0
  $ iptables -A INPUT --src=1.2.3.4 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): host/network `--src=1.2.3.4' not found
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT --proto=udp -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown protocol "--proto=udp" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -ptcp -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown protocol "-ptcp" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -s1.2.3.4 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): host/network `-s1.2.3.4' not found
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -jACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Chain '-jACCEPT' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -ilo -j ACCEPT; echo $?
  0
  $ iptables -AINPUT -p udp --modprobe=/bin/true -j DROP; echo $?
  0
  $ iptables --pol FORWARD DROP; iptables --ver; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--ver"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables --numeric --list INPUT 2 --verb --exa --line-n
  2           0        0 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ iptables -S --line; echo $?
  iptables v1.8.9 (nf_tables): Illegal option `-0' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -A PREROUTING -p tcp -j DNAT --to 10.0.0.1:8080; echo $?
  0
  $ iptables -t nat -A POSTROUTING -p tcp -j SNAT --to 1.2.3.4 --rand; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--rand"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to 1024-2047 --random-f; echo $?
  0
  $ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to 3128; echo $?
  0
  $ iptables -t nat -A INPUT -p tcp -j DNAT --to 10.0.0.1; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD DROP
  -P OUTPUT ACCEPT
  -A INPUT -p tcp -m tcp --dport 80 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
  -A INPUT -s 1.2.3.4/32 -d 1.2.3.5/32 -p tcp -j ACCEPT
  -A INPUT -i lo -f -j ACCEPT
  -A INPUT -j LOG --log-prefix "ab " --log-tcp-sequence
  -A INPUT -m limit --limit 3/hour --limit-burst 7 -j ACCEPT
  -A INPUT -j REJECT --reject-with icmp-host-unreachable
  -A INPUT -p tcp -m multiport --dports 1,2 -j ACCEPT
  -A INPUT -m state --state NEW -m conntrack --ctstatus CONFIRMED -j ACCEPT
  -A INPUT -m ttl --ttl-eq 5 -m ttl --ttl-eq 6
  -A INPUT -p udp -m udp --sport 6 --dport 53 -j ACCEPT
  -A INPUT -i -ilo -j ACCEPT
  -A INPUT -p udp -j DROP
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:8080
  -A PREROUTING -p tcp -j REDIRECT --to-ports 3128
  -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-2047 --random-fully
