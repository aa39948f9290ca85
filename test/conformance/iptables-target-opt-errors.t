Option errors of many targets (libxtables' option tables and each target's own checks) and what -S keeps of the accepted ones.
  $ iptables -t mangle -N t
  $ for r in "MARK" "MARK --set-mark 1 --set-mark 2" "MARK --set-mark 1 --and-mark 2" "MARK --set-xmark 1/2/3" "MARK --set-mark -1" "MARK --or-mark 0x100000000" "MARK --set-mark 0x1/0x1 --or-mark 1" "CONNMARK" "CONNMARK --save-mark --restore-mark" "CONNMARK --set-mark 1 --save-mark" "CONNMARK --save-mark --mask 1 --nfmask 2" "CONNMARK --restore-mark --ctmask 3" "CONNMARK --set-mark 5 --mask 3" "CONNMARK --and-mark 1 --or-mark 2" "TTL" "TTL --ttl-set 256" "TTL --ttl-dec 0" "TTL --ttl-inc 0" "TTL --ttl-set 1 --ttl-dec 1" "TTL --ttl-set -1" "TOS" "TOS --set-tos 1 --and-tos 2" "TOS --and-tos 256" "TOS --or-tos 0x100" "TOS --xor-tos Minimize-Delay" "TOS --set-tos Normal-Service/0x3f" "DSCP" "DSCP --set-dscp 64" "DSCP --set-dscp 1 --set-dscp-class EF" "DSCP --set-dscp-class foo" "ECN" "ECN --ecn-tcp-remove --ecn-tcp-cwr 1" "ECN --ecn-tcp-ece 2" "ECN --ecn-ip-ect 4" "TCPMSS" "TCPMSS --set-mss 1400 --clamp-mss-to-pmtu" "TCPMSS --set-mss 70000" "TCPOPTSTRIP" "TCPOPTSTRIP --strip-options foo" "TCPOPTSTRIP --strip-options 256" "TCPOPTSTRIP --strip-options 0" "CLASSIFY" "CLASSIFY --set-class 1" "CLASSIFY --set-class 1:2:3" "CLASSIFY --set-class 10000:1" "CHECKSUM" "TEE" "TEE --gateway foo" "TEE --gateway 1.2.3.4 --oif" "LOG --log-level 8" "LOG --log-level bogus" "LOG --log-prefix $(printf 'p%.0s' $(seq 1 40))" "LOG --log-prefix ''" "NFLOG --nflog-group 65536" "NFLOG --nflog-prefix $(printf 'p%.0s' $(seq 1 70))" "NFLOG --nflog-threshold 0" "NFLOG --nflog-size -1" "NFQUEUE --queue-num 65536" "NFQUEUE --queue-balance 5:2" "NFQUEUE --queue-num 1 --queue-balance 2:3" "NFQUEUE --queue-balance 3" "NFQUEUE --queue-cpu-fanout" "AUDIT" "AUDIT --type foo"; do echo "[$r]"; eval iptables -t mangle -A t -p tcp -j $r 2>&1; echo $?; done
  [MARK]
  iptables v1.8.9 (nf_tables): MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [MARK --set-mark 1 --set-mark 2]
  iptables v1.8.9 (nf_tables): MARK: option "--set-mark" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [MARK --set-mark 1 --and-mark 2]
  iptables v1.8.9 (nf_tables): MARK: option "--set-mark" cannot be used together with "--and-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [MARK --set-xmark 1/2/3]
  iptables v1.8.9 (nf_tables): MARK: trailing garbage after value for option "--set-xmark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [MARK --set-mark -1]
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [MARK --or-mark 0x100000000]
  iptables v1.8.9 (nf_tables): MARK: bad value for option "--or-mark", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [MARK --set-mark 0x1/0x1 --or-mark 1]
  iptables v1.8.9 (nf_tables): MARK: option "--set-mark" cannot be used together with "--or-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CONNMARK]
  iptables v1.8.9 (nf_tables): CONNMARK target: No operation specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CONNMARK --save-mark --restore-mark]
  iptables v1.8.9 (nf_tables): CONNMARK: option "--save-mark" cannot be used together with "--restore-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CONNMARK --set-mark 1 --save-mark]
  iptables v1.8.9 (nf_tables): CONNMARK: option "--set-mark" cannot be used together with "--save-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CONNMARK --save-mark --mask 1 --nfmask 2]
  iptables v1.8.9 (nf_tables): CONNMARK: option "--nfmask" cannot be used together with "--mask".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CONNMARK --restore-mark --ctmask 3]
  0
  [CONNMARK --set-mark 5 --mask 3]
  0
  [CONNMARK --and-mark 1 --or-mark 2]
  iptables v1.8.9 (nf_tables): CONNMARK: option "--and-mark" cannot be used together with "--or-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TTL]
  iptables v1.8.9 (nf_tables): TTL: You must specify an action
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TTL --ttl-set 256]
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-set", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TTL --ttl-dec 0]
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-dec", or out of range (1-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TTL --ttl-inc 0]
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-inc", or out of range (1-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TTL --ttl-set 1 --ttl-dec 1]
  iptables v1.8.9 (nf_tables): TTL: option "--ttl-set" cannot be used together with "--ttl-dec".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TTL --ttl-set -1]
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-set", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TOS]
  iptables v1.8.9 (nf_tables): TOS: An action is required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TOS --set-tos 1 --and-tos 2]
  iptables v1.8.9 (nf_tables): TOS: option "--set-tos" cannot be used together with "--and-tos".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TOS --and-tos 256]
  iptables v1.8.9 (nf_tables): TOS: bad value for option "--and-tos", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TOS --or-tos 0x100]
  iptables v1.8.9 (nf_tables): TOS: bad value for option "--or-tos", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TOS --xor-tos Minimize-Delay]
  iptables v1.8.9 (nf_tables): TOS: bad value for option "--xor-tos", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TOS --set-tos Normal-Service/0x3f]
  iptables v1.8.9 (nf_tables): Symbolic name "Normal-Service/0x3f" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [DSCP]
  iptables v1.8.9 (nf_tables): DSCP target: Parameter --set-dscp is required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [DSCP --set-dscp 64]
  iptables v1.8.9 (nf_tables): DSCP: bad value for option "--set-dscp", or out of range (0-63).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [DSCP --set-dscp 1 --set-dscp-class EF]
  iptables v1.8.9 (nf_tables): DSCP: option "--set-dscp" cannot be used together with "--set-dscp-class".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [DSCP --set-dscp-class foo]
  iptables v1.8.9 (nf_tables): Invalid DSCP value `foo'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [ECN]
  iptables v1.8.9 (nf_tables): ECN target: An operation is required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [ECN --ecn-tcp-remove --ecn-tcp-cwr 1]
  iptables v1.8.9 (nf_tables): ECN: option "--ecn-tcp-remove" cannot be used together with "--ecn-tcp-cwr".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [ECN --ecn-tcp-ece 2]
  iptables v1.8.9 (nf_tables): ECN: bad value for option "--ecn-tcp-ece", or out of range (0-1).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [ECN --ecn-ip-ect 4]
  iptables v1.8.9 (nf_tables): ECN: bad value for option "--ecn-ip-ect", or out of range (0-3).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TCPMSS]
  iptables v1.8.9 (nf_tables): TCPMSS target: At least one parameter is required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TCPMSS --set-mss 1400 --clamp-mss-to-pmtu]
  0
  [TCPMSS --set-mss 70000]
  iptables v1.8.9 (nf_tables): TCPMSS: bad value for option "--set-mss", or out of range (0-65515).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TCPOPTSTRIP]
  0
  [TCPOPTSTRIP --strip-options foo]
  iptables v1.8.9 (nf_tables): Bad TCP option value "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TCPOPTSTRIP --strip-options 256]
  iptables v1.8.9 (nf_tables): Bad TCP option value "256"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TCPOPTSTRIP --strip-options 0]
  iptables v1.8.9 (nf_tables): Option value may not be 0 or 1
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CLASSIFY]
  iptables v1.8.9 (nf_tables): CLASSIFY: option "--set-class" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CLASSIFY --set-class 1]
  iptables v1.8.9 (nf_tables): Bad class value "1"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CLASSIFY --set-class 1:2:3]
  0
  [CLASSIFY --set-class 10000:1]
  0
  [CHECKSUM]
  iptables v1.8.9 (nf_tables): CHECKSUM: option "--checksum-fill" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TEE]
  iptables v1.8.9 (nf_tables): TEE: option "--gateway" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TEE --gateway foo]
  iptables v1.8.9 (nf_tables): getaddrinfo: Temporary failure in name resolution
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [TEE --gateway 1.2.3.4 --oif]
  iptables v1.8.9 (nf_tables): option "--oif" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [LOG --log-level 8]
  iptables v1.8.9 (nf_tables): log level "8" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [LOG --log-level bogus]
  iptables v1.8.9 (nf_tables): log level "bogus" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [LOG --log-prefix pppppppppppppppppppppppppppppppppppppppp]
  0
  [LOG --log-prefix '']
  iptables v1.8.9 (nf_tables): Argument must have a minimum length of 1 characters
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [NFLOG --nflog-group 65536]
  iptables v1.8.9 (nf_tables): NFLOG: bad value for option "--nflog-group", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [NFLOG --nflog-prefix pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp]
  0
  [NFLOG --nflog-threshold 0]
  0
  [NFLOG --nflog-size -1]
  iptables v1.8.9 (nf_tables): NFLOG: bad value for option "--nflog-size", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [NFQUEUE --queue-num 65536]
  iptables v1.8.9 (nf_tables): NFQUEUE: bad value for option "--queue-num", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [NFQUEUE --queue-balance 5:2]
  iptables v1.8.9 (nf_tables): 5 should be less than 2
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [NFQUEUE --queue-num 1 --queue-balance 2:3]
  iptables v1.8.9 (nf_tables): NFQUEUE: option "--queue-num" cannot be used together with "--queue-balance".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [NFQUEUE --queue-balance 3]
  iptables v1.8.9 (nf_tables): Bad range "3"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [NFQUEUE --queue-cpu-fanout]
  iptables v1.8.9 (nf_tables): NFQUEUE: option "--queue-cpu-fanout" also requires "--queue-balance".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [AUDIT]
  iptables v1.8.9 (nf_tables): AUDIT: option "--type" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [AUDIT --type foo]
  iptables v1.8.9 (nf_tables): Bad action type value "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -S t
  -N t
  -A t -p tcp -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0x3
  -A t -p tcp -j CONNMARK --set-xmark 0x5/0x3
  -A t -p tcp -j TCPMSS --clamp-mss-to-pmtu
  -A t -p tcp -j TCPOPTSTRIP
  -A t -p tcp -j CLASSIFY --set-class 0001:0002
  -A t -p tcp -j CLASSIFY --set-class 0000:0001
  -A t -p tcp -j LOG --log-prefix ppppppppppppppppppppppppppppp
  -A t -p tcp -j NFLOG --nflog-prefix pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp
  -A t -p tcp -j NFLOG
  $ iptables -N f
  $ for r in "REJECT --reject-with foo" "REJECT --reject-with tcp-reset" "REJECT --reject-with icmp-port-unreachable --reject-with icmp-net-unreachable" "REJECT ! --reject-with tcp-reset" "ACCEPT --foo" "DROP 1" "RETURN --reject-with tcp-reset"; do echo "[$r]"; eval iptables -A f -j $r 2>&1; echo $?; done
  [REJECT --reject-with foo]
  iptables v1.8.9 (nf_tables): unknown reject type "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [REJECT --reject-with tcp-reset]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain f
  4
  [REJECT --reject-with icmp-port-unreachable --reject-with icmp-net-unreachable]
  iptables v1.8.9 (nf_tables): REJECT: option "--reject-with" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [REJECT ! --reject-with tcp-reset]
  iptables v1.8.9 (nf_tables): REJECT: option "--reject-with" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [ACCEPT --foo]
  iptables v1.8.9 (nf_tables): unknown option "--foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [DROP 1]
  Bad argument `1'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [RETURN --reject-with tcp-reset]
  iptables v1.8.9 (nf_tables): unknown option "--reject-with"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S f
  -N f
  $ iptables -t raw -N c
  $ for r in "CT --zone 65536" "CT --zone -1" "CT --zone-orig 1 --zone-reply 2" "CT --zone 1 --zone-orig 2" "CT --ctevents foo" "CT --ctevents new,foo" "CT --notrack --helper x" "CT --timeout $(printf 't%.0s' $(seq 1 40))" "CT --helper $(printf 'h%.0s' $(seq 1 20))" "NOTRACK --zone 1" "CT"; do echo "[$r]"; eval iptables -t raw -A c -j $r 2>&1; echo $?; done
  [CT --zone 65536]
  iptables v1.8.9 (nf_tables): Cannot parse 65536 as a zone ID
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CT --zone -1]
  iptables v1.8.9 (nf_tables): Cannot parse -1 as a zone ID
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CT --zone-orig 1 --zone-reply 2]
  0
  [CT --zone 1 --zone-orig 2]
  0
  [CT --ctevents foo]
  iptables v1.8.9 (nf_tables): Unknown event type "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CT --ctevents new,foo]
  iptables v1.8.9 (nf_tables): Unknown event type "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CT --notrack --helper x]
  0
  [CT --timeout tttttttttttttttttttttttttttttttttttttttt]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain c
  4
  [CT --helper hhhhhhhhhhhhhhhhhhhh]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain c
  4
  [NOTRACK --zone 1]
  iptables v1.8.9 (nf_tables): unknown option "--zone"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [CT]
  0
  $ iptables -t raw -S c
  -N c
  -A c -j CT --zone 2
  -A c -j CT --zone-orig 2
  -A c -j CT --notrack --helper x
  -A c -j CT
