Chain operations by position and by name: -I at the head, the middle and one past the end, -R and -D by number and by spec, -C, -Z of one rule, -E of a referenced chain, -X of a busy chain and of the built-in ones, -P on every built-in chain and table, -N duplicates, -L/-S by rule number, with their errors and exit statuses.
  $ iptables -A INPUT -s 10.0.0.1 -j ACCEPT
  $ iptables -I INPUT -s 10.0.0.2 -j ACCEPT
  $ iptables -I INPUT 2 -s 10.0.0.3 -j ACCEPT
  $ iptables -I INPUT 4 -s 10.0.0.4 -j ACCEPT
  $ iptables -I INPUT 6 -s 10.0.0.5 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -I INPUT 0 -s 10.0.0.5 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I INPUT -1 -s 10.0.0.5 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "-1"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -L INPUT -n --line-numbers
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    ACCEPT     0    --  10.0.0.2             0.0.0.0/0           
  2    ACCEPT     0    --  10.0.0.3             0.0.0.0/0           
  3    ACCEPT     0    --  10.0.0.1             0.0.0.0/0           
  4    ACCEPT     0    --  10.0.0.4             0.0.0.0/0           
  $ iptables -R INPUT 4 -s 10.0.0.44 -j DROP
  $ iptables -R INPUT 5 -s 10.0.0.5 -j DROP; echo $?
  iptables: Index of replacement too big.
  1
  $ iptables -R INPUT -s 10.0.0.5 -j DROP; echo $?
  iptables v1.8.9 (nf_tables): -R requires a rule number
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -D INPUT 2
  $ iptables -D INPUT -s 10.0.0.2 -j ACCEPT
  $ iptables -D INPUT -s 10.0.0.2 -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -D INPUT 9; echo $?
  iptables: Index of deletion too big.
  1
  $ iptables -C INPUT -s 10.0.0.44 -j DROP; echo $?
  0
  $ iptables -C INPUT -s 10.0.0.44 -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -C INPUT 1; echo $?
  Bad argument `1'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S INPUT 1
  -A INPUT -s 10.0.0.1/32 -j ACCEPT
  $ iptables -S INPUT 3; echo $?
  0
  $ iptables -L INPUT 2 -n; echo $?
  DROP       0    --  10.0.0.44            0.0.0.0/0           
  0
  $ iptables -Z INPUT 2; echo $?
  0
  $ iptables -Z INPUT 1 -v; echo $?
  0
  $ iptables -N web
  $ iptables -N web; echo $?
  iptables: Chain already exists.
  1
  $ iptables -A INPUT -j web
  $ iptables -A FORWARD -g web
  $ iptables -E web www
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N www
  -A INPUT -s 10.0.0.1/32 -j ACCEPT
  -A INPUT -s 10.0.0.44/32 -j DROP
  -A INPUT -j www
  -A FORWARD -g www
  $ iptables -X www; echo $?
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain www
  4
  $ iptables -F www
  $ iptables -X INPUT; echo $?
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain INPUT
  4
  $ iptables -E INPUT foo; echo $?
  0
  $ iptables -E www OUTPUT; echo $?
  iptables: File exists.
  1
  $ iptables -E nosuch x; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -P www DROP; echo $?
  iptables: Bad built-in chain name.
  1
  $ iptables -P INPUT accept; echo $?
  iptables: Bad policy name. Run `dmesg' for more information.
  1
  $ iptables -P FORWARD RETURN; echo $?
  iptables: Bad policy name. Run `dmesg' for more information.
  1
  $ iptables -t nat -P POSTROUTING DROP; echo $?
  iptables v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -P PREROUTING DROP
  $ iptables -t raw -P OUTPUT DROP; echo $?
  0
  $ iptables -t mangle -S PREROUTING
  -P PREROUTING DROP
  $ iptables -t mangle -P PREROUTING ACCEPT
  $ iptables -D INPUT 1 2; echo $?
  Bad argument `2'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT 1 -j ACCEPT; echo $?
  Bad argument `1'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -L INPUT 1 2; echo $?
  Bad argument `2'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I; echo $?
  iptables v1.8.9 (nf_tables): option "-I" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -R INPUT; echo $?
  iptables v1.8.9 (nf_tables): -R requires a rule number
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -F INPUT FORWARD; echo $?
  Bad argument `FORWARD'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -X web www; echo $?
  Bad argument `www'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -D www 1; echo $?
  iptables: Index of deletion too big.
  1
  $ iptables -I www 2 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -I www 1 -j ACCEPT; echo $?
  0
  $ iptables -L www --line-numbers -n
  Chain www (2 references)
  num  target     prot opt source               destination         
  1    ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0           
