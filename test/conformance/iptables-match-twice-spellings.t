Matches given twice and odd spellings: iptables-nft reads a native mark or limit back as a match of its own each time (nft_create_match() without reuse), tcp/udp ports into the one tcp/udp match; unknown and mis-cased extensions, abbreviated and "=" long options.
  $ iptables -A INPUT -m conntrack --ctstate NEW -m conntrack --ctstate ESTABLISHED; echo $?
  0
  $ iptables -A INPUT -m mark --mark 1 -m mark --mark 2; echo $?
  0
  $ iptables -A INPUT -p tcp -m tcp --dport 1 -m tcp --sport 2; echo $?
  0
  $ iptables -A INPUT -m comment --comment a -m comment --comment b; echo $?
  0
  $ iptables -A INPUT -m limit --limit 1/s -m limit --limit 2/s; echo $?
  0
  $ iptables -A INPUT -m state --state NEW -m conntrack --ctstate NEW; echo $?
  0
  $ iptables -A INPUT -m nosuch; echo $?
  iptables v1.8.9 (nf_tables): Couldn't load match `nosuch':No such file or directory
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m; echo $?
  iptables v1.8.9 (nf_tables): option "-m" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m ''; echo $?
  iptables v1.8.9 (nf_tables): Couldn't load match `':No such file or directory
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m TCP -p tcp; echo $?
  iptables v1.8.9 (nf_tables): Couldn't load match `TCP':No such file or directory
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m Mark --mark 1; echo $?
  iptables v1.8.9 (nf_tables): Couldn't load match `Mark':No such file or directory
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j Accept; echo $?
  iptables v1.8.9 (nf_tables): Chain 'Accept' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j accept; echo $?
  iptables v1.8.9 (nf_tables): Chain 'accept' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j LOG --log-prefix x -j DROP; echo $?
  iptables v1.8.9 (nf_tables): multiple -j flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp ! --dport 1 ! --sport 2 ! --syn; echo $?
  0
  $ iptables -A INPUT -p tcp --dport=5; echo $?
  0
  $ iptables -A INPUT --protocol=udp --dport 6; echo $?
  iptables v1.8.9 (nf_tables): unknown protocol "--protocol=udp" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp --dpor 7; echo $?
  0
  $ iptables -A INPUT -p udp --d 8; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--d"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp --destination-port 9; echo $?
  0
  $ iptables -A INPUT -p udp --destination-ports 9; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--destination-ports"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m multiport -p tcp --dports 1; echo $?
  0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m conntrack --ctstate NEW -m conntrack --ctstate ESTABLISHED
  -A INPUT -m mark --mark 0x1 -m mark --mark 0x2
  -A INPUT -p tcp -m tcp --sport 2 --dport 1
  -A INPUT -m comment --comment a -m comment --comment b
  -A INPUT -m limit --limit 1/sec -m limit --limit 2/sec
  -A INPUT -m state --state NEW -m conntrack --ctstate NEW
  -A INPUT -p tcp -m tcp ! --sport 2 ! --dport 1 ! --tcp-flags FIN,SYN,RST,ACK SYN
  -A INPUT -p tcp -m tcp --dport 5
  -A INPUT -p udp -m udp --dport 7
  -A INPUT -p udp -m udp --dport 9
  -A INPUT -p tcp -m multiport --dports 1
