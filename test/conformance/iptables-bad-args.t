iptables with bad input: unknown matches, targets and options, bad addresses, protocols and ports, missing chains, -D/-I/-R of rules or positions that do not exist, -N/-X/-E/-P misuses, options without their command; each message and exit status (echo $?), the rule set listed after.
  $ iptables -A INPUT -m foo -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Couldn't load match `foo':No such file or directory
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j FOO; echo $?
  iptables v1.8.9 (nf_tables): Chain 'FOO' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A NOSUCH -j ACCEPT; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -A INPUT --foo; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -s 10.0.0.256 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): host/network `10.0.0.256' not found
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -s 10.0.0.0/33 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): invalid mask `33' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -s 10.0.0.1/24 -j ACCEPT; echo $?
  0
  $ iptables -A INPUT -d foo.invalid -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): host/network `foo.invalid' not found
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p foo -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown protocol "foo" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p 256 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown protocol "256" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --dport 70000 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): invalid port/service `70000' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --dport 5:3 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): invalid portrange (min > max)
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --dport foo -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): invalid port/service `foo' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT --dport 22 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--dport"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p udp --syn -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--syn"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --tcp-flags SYN -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): --tcp-flags requires two args.
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --tcp-flags FOO SYN -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Unknown TCP flag `FOO'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type foo -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP type `foo'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type 300 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP type `300'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -i 0123456789abcdefg -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): interface name `0123456789abcdefg' must be shorter than IFNAMSIZ (15)
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -o lo -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -i lo -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j ACCEPT -j DROP; echo $?
  iptables v1.8.9 (nf_tables): multiple -j flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -s 1.2.3.4 -s 5.6.7.8 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): multiple -s flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT ! -s 1.2.3.4 ! -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): cannot have ! before -j
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j REJECT --reject-with foo; echo $?
  iptables v1.8.9 (nf_tables): unknown reject type "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j REJECT --reject-with tcp-reset; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -A OUTPUT -j DNAT --to-destination 1.2.3.4; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  4
  $ iptables -t nat -A OUTPUT -j DNAT; echo $?
  iptables v1.8.9 (nf_tables): DNAT: option "--to-destination" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t nat -A INPUT -j DNAT --to-destination 1.2.3.4; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -t nat -A POSTROUTING -j SNAT --to-source foo; echo $?
  iptables v1.8.9 (nf_tables): Bad IP address "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t foo -L; echo $?
  iptables v1.8.9 (nf_tables): table 'foo' does not exist
  Perhaps iptables or your kernel needs to be upgraded.
  3
  $ iptables -L NOSUCH; echo $?
  iptables v1.8.9 (nf_tables): chain `NOSUCH' in table `filter' is incompatible, use 'nft' tool.
  1
  $ iptables -D INPUT -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -D INPUT 5; echo $?
  iptables: Index of deletion too big.
  1
  $ iptables -D INPUT 0; echo $?
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -D INPUT foo; echo $?
  iptables v1.8.9 (nf_tables): Invalid rule number `foo'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I INPUT 5 -j ACCEPT; echo $?
  iptables: Index of insertion too big.
  1
  $ iptables -I INPUT 0 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -R INPUT 1 -j ACCEPT; echo $?
  0
  $ iptables -N my; iptables -N my; echo $?
  iptables: Chain already exists.
  1
  $ iptables -N INPUT; echo $?
  iptables: Chain already exists.
  1
  $ iptables -N 0123456789abcdef0123456789abcdef; echo $?
  iptables v1.8.9 (nf_tables): chain name `0123456789abcdef0123456789abcdef' too long (must be under 29 chars)
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -N -bad; echo $?
  iptables v1.8.9 (nf_tables): chain name not allowed to start with `-'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -N 'a b'; echo $?
  iptables v1.8.9 (nf_tables): Invalid chain name `a b'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -N ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j my; iptables -X my; echo $?
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain my
  4
  $ iptables -X INPUT; echo $?
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain INPUT
  4
  $ iptables -X nosuch; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -P my ACCEPT; echo $?
  iptables: Bad built-in chain name.
  1
  $ iptables -P INPUT FOO; echo $?
  iptables: Bad policy name. Run `dmesg' for more information.
  1
  $ iptables -P INPUT RETURN; echo $?
  iptables: Bad policy name. Run `dmesg' for more information.
  1
  $ iptables -P INPUT; echo $?
  iptables v1.8.9 (nf_tables): -P requires a chain and a policy
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -E my INPUT; echo $?
  iptables: File exists.
  1
  $ iptables -E nosuch x; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -E my my2; echo $?
  0
  $ iptables -F nosuch; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -Z nosuch; echo $?
  iptables: No chain/target/match by that name.
  1
  $ iptables -A; echo $?
  iptables v1.8.9 (nf_tables): option "-A" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -L; echo $?
  iptables v1.8.9 (nf_tables): Cannot use -L with -A
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -L -F; echo $?
  iptables v1.8.9 (nf_tables): Cannot use -F with -L
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A my2 -j my2; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Too many links): rule in chain my2
  4
  $ iptables -N loop1; iptables -A loop1 -j my2; iptables -A my2 -j loop1; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Too many links): rule in chain my2
  4
  $ iptables -A INPUT -m state --state FOO -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Bad state "FOO"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m conntrack --ctstate NEW,FOO -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): Bad ctstate "FOO"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m mark --mark foo -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j MARK --set-mark foo; echo $?
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j MARK; echo $?
  iptables v1.8.9 (nf_tables): MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m limit --limit foo -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): bad rate "foo"'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m multiport --dports 1,2 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): too many ports specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m iprange --src-range 10.0.0.5-10.0.0.1 -j ACCEPT; echo $?
  xt_iprange: range 10.0.0.5-10.0.0.1 is reversed and will never match
  0
  $ iptables -A INPUT -j LOG --log-level foo; echo $?
  iptables v1.8.9 (nf_tables): log level "foo" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j LOG --log-prefix 0123456789012345678901234567890; echo $?
  0
  $ iptables -S; echo $?
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N loop1
  -N my2
  -A INPUT -j ACCEPT
  -A INPUT -j my2
  -A INPUT -m iprange --src-range 10.0.0.5-10.0.0.1 -j ACCEPT
  -A INPUT -j LOG --log-prefix 01234567890123456789012345678
  -A loop1 -j my2
  0
  $ iptables -S INPUT 9; echo $?
  0
  $ iptables -C INPUT -j DROP; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -C INPUT -j my; echo $?
  iptables v1.8.9 (nf_tables): Chain 'my' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -L INPUT 99; echo $?
  0
  $ iptables -w foo -L; echo $?
  iptables v1.8.9 (nf_tables): wait seconds not numeric
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -Z INPUT 5; echo $?
  0
