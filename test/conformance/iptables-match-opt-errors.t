Option errors of many match extensions (libxtables' option table: once only, not invertible, bad values, missing options) and what -S keeps of the accepted ones.
  $ iptables -N m
  $ for r in "-m mark --mark 1 --mark 2" "-m mark --mark 0x1/0x2/0x3" "-m mark --mark -1" "-m mark --mark 4294967296" "-m mark" "-m connmark --mark 1/" "-m connmark --mark /1" "-m length --length 5 --length 6" "-m length ! --length 5:" "-m length --length :5" "-m length --length 70000" "-m length" "-m ttl --ttl-eq 5 --ttl-lt 3" "-m ttl --ttl-eq 256" "-m ttl ! --ttl-lt 5" "-m ttl" "-m tos --tos 0x100" "-m tos --tos Foo" "-m tos --tos 0x10/0x1ff" "-m dscp --dscp 64" "-m dscp --dscp 10 --dscp-class EF" "-m dscp --dscp-class XX" "-m dscp" "-m pkttype --pkt-type foo" "-m pkttype --pkt-type host" "-m pkttype --pkt-type BROADCAST" "-m pkttype" "-m mac --mac-source 02:00:00:00:00" "-m mac --mac-source 02:00:00:00:00:01:02" "-m mac --mac-source zz:00:00:00:00:01" "-m iprange --src-range 1.2.3.4" "-m iprange --src-range 1.2.3.4-" "-m iprange --src-range 1.2.3.9-1.2.3.4" "-m iprange" "-m addrtype --src-type FOO" "-m addrtype --src-type local" "-m addrtype --limit-iface-in --limit-iface-out --src-type LOCAL" "-m addrtype --limit-iface-in" "-m addrtype --src-type LOCAL,,UNICAST"; do echo "[$r]"; eval iptables -A m $r 2>&1; echo $?; done
  [-m mark --mark 1 --mark 2]
  iptables v1.8.9 (nf_tables): mark: option "--mark" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m mark --mark 0x1/0x2/0x3]
  iptables v1.8.9 (nf_tables): mark: trailing garbage after value for option "--mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m mark --mark -1]
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m mark --mark 4294967296]
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m mark]
  iptables v1.8.9 (nf_tables): mark: option "--mark" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connmark --mark 1/]
  iptables v1.8.9 (nf_tables): connmark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connmark --mark /1]
  iptables v1.8.9 (nf_tables): connmark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m length --length 5 --length 6]
  iptables v1.8.9 (nf_tables): length: option "--length" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m length ! --length 5:]
  0
  [-m length --length :5]
  0
  [-m length --length 70000]
  iptables v1.8.9 (nf_tables): length: bad value for option "--length" near "70000", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m length]
  iptables v1.8.9 (nf_tables): length: option "--length" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m ttl --ttl-eq 5 --ttl-lt 3]
  iptables v1.8.9 (nf_tables): ttl: option "--ttl-lt" cannot be used together with "--ttl-eq".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m ttl --ttl-eq 256]
  iptables v1.8.9 (nf_tables): ttl: bad value for option "--ttl-eq", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m ttl ! --ttl-lt 5]
  iptables v1.8.9 (nf_tables): ttl: option "--ttl-lt" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m ttl]
  iptables v1.8.9 (nf_tables): TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m tos --tos 0x100]
  iptables v1.8.9 (nf_tables): Symbolic name "0x100" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m tos --tos Foo]
  iptables v1.8.9 (nf_tables): Symbolic name "Foo" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m tos --tos 0x10/0x1ff]
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/0x1ff"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m dscp --dscp 64]
  iptables v1.8.9 (nf_tables): dscp: bad value for option "--dscp", or out of range (0-63).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m dscp --dscp 10 --dscp-class EF]
  iptables v1.8.9 (nf_tables): dscp: option "--dscp" cannot be used together with "--dscp-class".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m dscp --dscp-class XX]
  iptables v1.8.9 (nf_tables): Invalid DSCP value `XX'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m dscp]
  iptables v1.8.9 (nf_tables): DSCP match: Parameter --dscp is required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m pkttype --pkt-type foo]
  iptables v1.8.9 (nf_tables): Bad packet type 'foo'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m pkttype --pkt-type host]
  0
  [-m pkttype --pkt-type BROADCAST]
  0
  [-m pkttype]
  iptables v1.8.9 (nf_tables): pkttype: option "--pkt-type" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m mac --mac-source 02:00:00:00:00]
  iptables v1.8.9 (nf_tables): Invalid MAC address specified.
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m mac --mac-source 02:00:00:00:00:01:02]
  iptables v1.8.9 (nf_tables): Invalid MAC address specified.
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m mac --mac-source zz:00:00:00:00:01]
  iptables v1.8.9 (nf_tables): Invalid MAC address specified.
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m iprange --src-range 1.2.3.4]
  0
  [-m iprange --src-range 1.2.3.4-]
  iptables v1.8.9 (nf_tables): iprange: Bad value for "--src-range" option: ""
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m iprange --src-range 1.2.3.9-1.2.3.4]
  xt_iprange: range 1.2.3.9-1.2.3.4 is reversed and will never match
  0
  [-m iprange]
  iptables v1.8.9 (nf_tables): iprange match: You must specify `--src-range' or `--dst-range'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m addrtype --src-type FOO]
  iptables v1.8.9 (nf_tables): addrtype: bad type "FOO"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m addrtype --src-type local]
  0
  [-m addrtype --limit-iface-in --limit-iface-out --src-type LOCAL]
  iptables v1.8.9 (nf_tables): addrtype: option "--limit-iface-in" cannot be used together with "--limit-iface-out".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m addrtype --limit-iface-in]
  iptables v1.8.9 (nf_tables): addrtype: you must specify --src-type or --dst-type
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m addrtype --src-type LOCAL,,UNICAST]
  iptables v1.8.9 (nf_tables): addrtype: bad type `,UNICAST'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for r in "-m limit --limit 0/sec" "-m limit --limit 1/fortnight" "-m limit --limit 10001/sec" "-m limit --limit 1/s" "-m limit --limit 1/m" "-m limit --limit 5/h" "-m limit --limit 5/d" "-m limit --limit-burst 0" "-m limit --limit-burst 10001" "-m limit ! --limit 1/sec" "-m limit --limit 1 --limit-burst 2" "-m limit --limit abc" "-m statistic --mode random" "-m statistic --mode nth --every 0" "-m statistic --mode nth --every 3 --packet 3" "-m statistic --mode nth --packet 1" "-m statistic --mode random --probability 1.5" "-m statistic --mode random --probability 0" "-m statistic --mode bogus" "-m statistic --probability 0.5" "-m statistic --mode random --probability 0.5 --every 2" "-m quota --quota -1" "-m quota --quota 18446744073709551616" "-m quota" "-m comment" "-m comment --comment" "-m comment --comment $(printf 'x%.0s' $(seq 1 300))" "-m string --string abc" "-m string --algo xx --string abc" "-m string --algo bm --hex-string '|zz|'" "-m string --algo bm --hex-string '|616|'" "-m string --algo bm --string a --from 10 --to 5" "-m string --algo bm --string ''" "-m recent --set --rcheck" "-m recent --name" "-m recent --rcheck --hitcount 300" "-m recent --seconds 5" "-m recent --set --rsource --rdest" "-m recent --rcheck --reap" "-m recent --rcheck --seconds 5 --reap" "-m recent --name $(printf 'n%.0s' $(seq 1 250)) --set"; do echo "[$r]"; eval iptables -A m $r 2>&1; echo $?; done
  [-m limit --limit 0/sec]
  iptables v1.8.9 (nf_tables): bad rate "0/sec"'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m limit --limit 1/fortnight]
  iptables v1.8.9 (nf_tables): bad rate "1/fortnight"'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m limit --limit 10001/sec]
  iptables v1.8.9 (nf_tables): Rate too fast "10001/sec"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m limit --limit 1/s]
  0
  [-m limit --limit 1/m]
  0
  [-m limit --limit 5/h]
  0
  [-m limit --limit 5/d]
  0
  [-m limit --limit-burst 0]
  0
  [-m limit --limit-burst 10001]
  iptables v1.8.9 (nf_tables): limit: bad value for option "--limit-burst", or out of range (0-10000).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m limit ! --limit 1/sec]
  iptables v1.8.9 (nf_tables): limit: option "--limit" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m limit --limit 1 --limit-burst 2]
  0
  [-m limit --limit abc]
  iptables v1.8.9 (nf_tables): bad rate "abc"'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m statistic --mode random]
  iptables v1.8.9 (nf_tables): --probability must be specified when using random mode
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m statistic --mode nth --every 0]
  iptables v1.8.9 (nf_tables): statistic: bad value for option "--every", or out of range (1-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m statistic --mode nth --every 3 --packet 3]
  iptables v1.8.9 (nf_tables): the --packet p must be 0 <= p <= n-1
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m statistic --mode nth --packet 1]
  iptables v1.8.9 (nf_tables): the --packet p must be 0 <= p <= n-1
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m statistic --mode random --probability 1.5]
  iptables v1.8.9 (nf_tables): statistic: bad value for option "--probability", or out of range (0-1).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m statistic --mode random --probability 0]
  0
  [-m statistic --mode bogus]
  iptables v1.8.9 (nf_tables): Bad mode "bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m statistic --probability 0.5]
  iptables v1.8.9 (nf_tables): statistic: option "--mode" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m statistic --mode random --probability 0.5 --every 2]
  iptables v1.8.9 (nf_tables): statistic: option "--probability" cannot be used together with "--every".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m quota --quota -1]
  iptables v1.8.9 (nf_tables): quota: bad value for option "--quota", or out of range (0-18446744073709551615).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m quota --quota 18446744073709551616]
  iptables v1.8.9 (nf_tables): quota: bad value for option "--quota", or out of range (0-18446744073709551615).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m quota]
  iptables v1.8.9 (nf_tables): quota: option "--quota" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m comment]
  iptables v1.8.9 (nf_tables): comment: option "--comment" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m comment --comment]
  iptables v1.8.9 (nf_tables): option "--comment" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
  0
  [-m string --string abc]
  iptables v1.8.9 (nf_tables): string: option "--algo" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m string --algo xx --string abc]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain m
  4
  [-m string --algo bm --hex-string '|zz|']
  iptables v1.8.9 (nf_tables): Invalid hex char 'z'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m string --algo bm --hex-string '|616|']
  iptables v1.8.9 (nf_tables): Invalid hex block
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m string --algo bm --string a --from 10 --to 5]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  4
  [-m string --algo bm --string '']
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  4
  [-m recent --set --rcheck]
  iptables v1.8.9 (nf_tables): recent: option "--set" cannot be used together with "--rcheck".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m recent --name]
  iptables v1.8.9 (nf_tables): option "--name" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m recent --rcheck --hitcount 300]
  0
  [-m recent --seconds 5]
  iptables v1.8.9 (nf_tables): recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m recent --set --rsource --rdest]
  0
  [-m recent --rcheck --reap]
  iptables v1.8.9 (nf_tables): recent: option "--reap" also requires "--seconds".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m recent --rcheck --seconds 5 --reap]
  0
  [-m recent --name nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn --set]
  0
  $ iptables -S m
  -N m
  -A m -m length ! --length 5:65535
  -A m -m length --length 0:5
  -A m -m pkttype --pkt-type unicast
  -A m -m pkttype --pkt-type broadcast
  -A m -m iprange --src-range 1.2.3.4-1.2.3.4
  -A m -m iprange --src-range 1.2.3.9-1.2.3.4
  -A m -m addrtype --src-type LOCAL
  -A m -m limit --limit 1/sec
  -A m -m limit --limit 1/min
  -A m -m limit --limit 5/hour
  -A m -m limit --limit 5/day
  -A m -m limit --limit 3/hour
  -A m -m limit --limit 1/sec --limit-burst 2
  -A m -m statistic --mode random --probability 0.00000000000
  -A m -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  -A m -m recent --rcheck --hitcount 300 --name DEFAULT --mask 255.255.255.255 --rsource
  -A m -m recent --set --name DEFAULT --mask 255.255.255.255 --rdest
  -A m -m recent --rcheck --seconds 5 --reap --name DEFAULT --mask 255.255.255.255 --rsource
  -A m -m recent --set --name nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn --mask 255.255.255.255 --rsource
