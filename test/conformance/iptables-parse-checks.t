iptables' checks at the end of parsing, in do_parse()'s order (the extensions' own checks, then the addresses, then which options go with the command), "!" before what takes none, and the names REJECT, icmp and conntrack states take in any case and abbreviated.
  $ iptables -A INPUT -j ACCEPT !; echo $?
  iptables v1.8.9 (nf_tables): nothing appropriate following !
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT ! -t filter -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unexpected ! flag before --table
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables ! -L; echo $?
  iptables v1.8.9 (nf_tables): unexpected '!' flag
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT ! -m comment --comment x; echo $?
  iptables v1.8.9 (nf_tables): unexpected ! flag before --match
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT ! -n -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): cannot have ! before -n
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -m iprange -s 1.2.3.4,5.6.7.8 ! -d 1.1.1.1; echo $?
  iptables v1.8.9 (nf_tables): iprange match: You must specify `--src-range' or `--dst-range'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -s 1.2.3.4,5.6.7.8 ! -d 1.1.1.1 -m comment; echo $?
  iptables v1.8.9 (nf_tables): comment: option "--comment" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -s 1.2.3.999 -m comment; echo $?
  iptables v1.8.9 (nf_tables): comment: option "--comment" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -L -s 1.2.3.999; echo $?
  iptables v1.8.9 (nf_tables): host/network `1.2.3.999' not found
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -L -s 1.2.3.4; echo $?
  iptables v1.8.9 (nf_tables): Illegal option `-s' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -i lo -m comment; echo $?
  iptables v1.8.9 (nf_tables): comment: option "--comment" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -i lo -s 1.2.3.999; echo $?
  iptables v1.8.9 (nf_tables): host/network `1.2.3.999' not found
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -R INPUT 1 -s 1.1.1.1,2.2.2.2 -m iprange; echo $?
  iptables v1.8.9 (nf_tables): iprange match: You must specify `--src-range' or `--dst-range'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -n -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Illegal option `-n' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S -n; echo $?
  iptables v1.8.9 (nf_tables): Illegal option `-n' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -F -v -x; echo $?
  iptables v1.8.9 (nf_tables): Illegal option `-x' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -L -c 1 2; echo $?
  iptables v1.8.9 (nf_tables): Illegal option `-c' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -L -Z -n -x -v INPUT; echo $?
  Bad argument `INPUT'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -D INPUT 1 -v -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Illegal option `-j' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -P INPUT ACCEPT -c 1 2 -f; echo $?
  iptables v1.8.9 (nf_tables): Illegal option `-f' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for m in comment tos dscp pkttype state; do iptables -A INPUT -m $m; done; iptables -A INPUT -p icmp -m icmp; echo $?
  iptables v1.8.9 (nf_tables): comment: option "--comment" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): tos: option "--tos" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): DSCP match: Parameter --dscp is required
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): pkttype: option "--pkt-type" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): state: option "--state" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): icmp: option "--icmp-type" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m comment --comment a --comment b; echo $?
  iptables v1.8.9 (nf_tables): comment: option "--comment" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m state --state new,Est -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctstate r,inv -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctstate NEW,FOO,BAR -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Bad ctstate "FOO,BAR"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctstate ,NEW -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Bad ctstate ",NEW"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctstatus expected,n -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -m conntrack --ctdir orig -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): conntrack: Bad value for "--ctdir" option: "orig"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m state --state NEW, -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): "--state" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type Echo-Request -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -p icmp --icmp-type ROUTER -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Ambiguous ICMP type `ROUTER': `router-advertisement' or `router-solicitation'?
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type frag -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -j REJECT --reject-with ICMP-NET-UNREACHABLE; echo $?
  0
  $ iptables -A INPUT -j REJECT --reject-with Host-Prohib; echo $?
  0
  $ iptables -A INPUT -j REJECT --reject-with icmp-h; echo $?
  0
  $ iptables -A INPUT -j REJECT --reject-with echo-reply; echo $?
  --reject-with echo-reply no longer supported
  iptables v1.8.9 (nf_tables): unknown reject type "echo-reply"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j accept; echo $?
  iptables v1.8.9 (nf_tables): Chain 'accept' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j '-x'; echo $?
  iptables v1.8.9 (nf_tables): Chain '-x' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -m state --state NEW,ESTABLISHED -j ACCEPT
  -A INPUT -m conntrack --ctstate INVALID,RELATED -j ACCEPT
  -A INPUT -m conntrack --ctstatus EXPECTED -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 3/4 -j ACCEPT
  -A INPUT -j REJECT --reject-with icmp-net-unreachable
  -A INPUT -j REJECT --reject-with icmp-host-prohibited
  -A INPUT -j REJECT --reject-with icmp-host-unreachable
