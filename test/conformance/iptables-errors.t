iptables (nf_tables 1.8.9) error messages and exit codes.
  $ iptables -N FOO
  $ iptables -A INPUT -s 1.2.3.4 -j DROP
  $ iptables -D INPUT 3
  iptables: Index of deletion too big.
  [1]
  $ iptables -I INPUT 5 -j DROP
  iptables: Index of insertion too big.
  [1]
  $ iptables -R INPUT 5 -j DROP
  iptables: Index of replacement too big.
  [1]
  $ iptables -X INPUT
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain INPUT
  [4]
  $ iptables -P FOO DROP
  iptables: Bad built-in chain name.
  [1]
  $ iptables -P INPUT FOO
  iptables: Bad policy name. Run `dmesg' for more information.
  [1]
  $ iptables -E FOO INPUT
  iptables: File exists.
  [1]
  $ iptables -A INPUT -j NONEXIST
  iptables v1.8.9 (nf_tables): Chain 'NONEXIST' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m nonexist -j DROP
  iptables v1.8.9 (nf_tables): Couldn't load match `nonexist':No such file or directory
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -D INPUT -s 1.2.3.5 -j DROP
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ iptables -C INPUT -s 1.2.3.5 -j DROP
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ iptables -C INPUT -s 1.2.3.4 -j DROP
  $ iptables -N FOO
  iptables: Chain already exists.
  [1]
  $ iptables -L BAR
  iptables v1.8.9 (nf_tables): chain `BAR' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -t foo -L
  iptables v1.8.9 (nf_tables): table 'foo' does not exist
  Perhaps iptables or your kernel needs to be upgraded.
  [3]
  $ iptables -A INPUT -j REJECT --reject-with tcp-reset
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A FORWARD -j TTL --ttl-set 3
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  [4]
  $ iptables -A INPUT -j REJECT --reject-with icmp-echo-reply
  iptables v1.8.9 (nf_tables): unknown reject type "icmp-echo-reply"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -i lo -j DROP
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -o lo -j DROP
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -Q
  iptables v1.8.9 (nf_tables): unknown option "-Q"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT --foo
  iptables v1.8.9 (nf_tables): unknown option "--foo"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p foo
  iptables v1.8.9 (nf_tables): unknown protocol "foo" specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -s 1.2.3.300
  iptables v1.8.9 (nf_tables): host/network `1.2.3.300' not found
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables
  iptables v1.8.9 (nf_tables): no command specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A NOSUCH -j DROP
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -F NOSUCH
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -X NOSUCH
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N FOO
  -A INPUT -s 1.2.3.4/32 -j DROP
