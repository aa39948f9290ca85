Option errors of more match extensions (once only, not invertible, exclusions, bad values) and what -S keeps of the accepted ones.
  $ iptables -N m
  $ for r in "-p tcp --dport 1 --dport 2" "-p tcp --sport 1:2:3" "-p tcp --dport 5:1" "-p tcp --dport :" "-p tcp --tcp-flags SYN" "-p tcp --tcp-flags FOO SYN" "-p tcp --tcp-flags SYN,ACK SYN,FOO" "-p tcp --syn --tcp-flags ALL SYN" "-p tcp --tcp-option 256" "-p tcp --tcp-option 0" "-p udp --dport 0x10" "-p udp --dport 65536" "-p udp --sport ''" "-p icmp --icmp-type 256" "-p icmp --icmp-type 3/256" "-p icmp --icmp-type foo" "-p icmp --icmp-type 8 --icmp-type 0" "-p icmp --icmp-type 3/1/2" "-p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16" "-p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15" "-p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16" "-p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15" "-p tcp -m multiport --dports 5:1" "-p tcp -m multiport --dports 1,,2" "-p tcp -m multiport --sports 1 --dports 2" "-m multiport --dports 1" "-p tcp -m multiport" "-p tcp -m multiport --ports 1:65536" "-m owner --uid-owner 1 --uid-owner 2" "-m owner --uid-owner nosuchuser" "-m owner --uid-owner 5-1" "-m owner --gid-owner 4294967295" "-m owner --socket-exists --uid-owner 0" "-m owner" "-m owner --suppl-groups" "-m owner --suppl-groups --gid-owner 0"; do echo "[$r]"; eval iptables -A m $r 2>&1; echo $?; done
  [-p tcp --dport 1 --dport 2]
  iptables v1.8.9 (nf_tables): Only one `--destination-port' allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp --sport 1:2:3]
  iptables v1.8.9 (nf_tables): invalid port/service `2:3' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp --dport 5:1]
  iptables v1.8.9 (nf_tables): invalid portrange (min > max)
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp --dport :]
  0
  [-p tcp --tcp-flags SYN]
  iptables v1.8.9 (nf_tables): --tcp-flags requires two args.
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp --tcp-flags FOO SYN]
  iptables v1.8.9 (nf_tables): Unknown TCP flag `FOO'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp --tcp-flags SYN,ACK SYN,FOO]
  iptables v1.8.9 (nf_tables): Unknown TCP flag `FOO'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp --syn --tcp-flags ALL SYN]
  iptables v1.8.9 (nf_tables): Only one of `--syn' or `--tcp-flags'  allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp --tcp-option 256]
  iptables v1.8.9 (nf_tables): Bad TCP option "256"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp --tcp-option 0]
  iptables v1.8.9 (nf_tables): Bad TCP option "0"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p udp --dport 0x10]
  iptables v1.8.9 (nf_tables): Port "0x10" does not resolve to anything.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p udp --dport 65536]
  0
  [-p udp --sport '']
  0
  [-p icmp --icmp-type 256]
  iptables v1.8.9 (nf_tables): Unknown ICMP type `256'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p icmp --icmp-type 3/256]
  iptables v1.8.9 (nf_tables): Unknown ICMP code `3/256'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p icmp --icmp-type foo]
  iptables v1.8.9 (nf_tables): Unknown ICMP type `foo'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p icmp --icmp-type 8 --icmp-type 0]
  iptables v1.8.9 (nf_tables): icmp: option "--icmp-type" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p icmp --icmp-type 3/1/2]
  iptables v1.8.9 (nf_tables): unknown character /
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]
  iptables v1.8.9 (nf_tables): too many ports specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]
  0
  [-p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16]
  iptables v1.8.9 (nf_tables): too many ports specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15]
  0
  [-p tcp -m multiport --dports 5:1]
  iptables v1.8.9 (nf_tables): invalid portrange specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -m multiport --dports 1,,2]
  iptables v1.8.9 (nf_tables): invalid port/service `' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -m multiport --sports 1 --dports 2]
  iptables v1.8.9 (nf_tables): multiport: option "--source-ports" cannot be used together with "--destination-ports".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m multiport --dports 1]
  iptables v1.8.9 (nf_tables): multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -m multiport]
  iptables v1.8.9 (nf_tables): multiport expection an option
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -m multiport --ports 1:65536]
  iptables v1.8.9 (nf_tables): invalid port/service `65536' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m owner --uid-owner 1 --uid-owner 2]
  iptables v1.8.9 (nf_tables): owner: option "--uid-owner" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m owner --uid-owner nosuchuser]
  iptables v1.8.9 (nf_tables): owner: Bad value for "--uid-owner" option: "nosuchuser"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m owner --uid-owner 5-1]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  4
  [-m owner --gid-owner 4294967295]
  iptables v1.8.9 (nf_tables): owner: Bad value for "--gid-owner" option: "4294967295"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m owner --socket-exists --uid-owner 0]
  0
  [-m owner]
  iptables v1.8.9 (nf_tables): owner: At least one of --uid-owner, --gid-owner or --socket-exists is required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m owner --suppl-groups]
  iptables v1.8.9 (nf_tables): owner: Bad value for "--suppl-groups" option: "you need to use --gid-owner first"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m owner --suppl-groups --gid-owner 0]
  iptables v1.8.9 (nf_tables): owner: Bad value for "--suppl-groups" option: "you need to use --gid-owner first"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for r in "-m hashlimit --hashlimit-upto 1/sec" "-m hashlimit --hashlimit-name x" "-m hashlimit --hashlimit-upto 1/sec --hashlimit-above 2/sec --hashlimit-name x" "-m hashlimit --hashlimit-upto 0/sec --hashlimit-name x" "-m hashlimit --hashlimit-upto 1/sec --hashlimit-mode foo --hashlimit-name x" "-m hashlimit --hashlimit-upto 1/sec --hashlimit-srcmask 33 --hashlimit-name x" "-m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 0 --hashlimit-name x" "-m hashlimit --hashlimit-upto 1/sec --hashlimit-name $(printf 'x%.0s' $(seq 1 40))" "-m hashlimit --hashlimit-upto 1/sec --hashlimit-htable-size 0 --hashlimit-name x" "-m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-match --hashlimit-name x" "-m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-interval 5 --hashlimit-name x" "-m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-match --hashlimit-rate-interval 0 --hashlimit-name x" "-m connlimit" "-m connlimit --connlimit-above 1 --connlimit-upto 2" "-m connlimit --connlimit-above -1" "-m connlimit --connlimit-above 1 --connlimit-mask 33" "-m connlimit --connlimit-above 1 --connlimit-saddr --connlimit-daddr" "-m connbytes --connbytes 1" "-m connbytes --connbytes 1 --connbytes-dir foo --connbytes-mode bytes" "-m connbytes --connbytes 1 --connbytes-dir both --connbytes-mode foo" "-m connbytes --connbytes 5:1 --connbytes-dir both --connbytes-mode bytes" "-m time --timestart 25:00" "-m time --timestart 10:61" "-m time --weekdays Foo" "-m time --weekdays 8" "-m time --monthdays 32" "-m time --datestart 2038-02-01" "-m time --datestart 1969-12-31" "-m time --datestart 2030-13-01" "-m time --timestart 10 --timestop 11:00:00" "-m time --contiguous" "-m time --timestart 23:00 --timestop 01:00 --contiguous" "-m time --utc --kerneltz" "-m u32 --u32 '0=1=2'" "-m u32 --u32 '0&&1'" "-m u32 --u32 '0x100000000=1'" "-m u32 --u32 ''" "-m helper" "-m helper --helper $(printf 'h%.0s' $(seq 1 40))" "-m cpu --cpu -1" "-m cpu" "-m devgroup" "-m devgroup --src-group foo" "-m realm --realm foo" "-m realm" "-m rpfilter --foo" "-m socket --transparent --nowildcard --restore-skmark" "-m cgroup --path /x --cgroup 1" "-m cgroup" "-p tcp -m tcpmss --mss 5:1" "-p tcp -m tcpmss" "-m esp --espspi 5:1" "-m ah --ahspi 1:2:3"; do echo "[$r]"; eval iptables -A m $r 2>&1; echo $?; done
  [-m hashlimit --hashlimit-upto 1/sec]
  iptables v1.8.9 (nf_tables): hashlimit: option "--hashlimit-name" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m hashlimit --hashlimit-name x]
  iptables v1.8.9 (nf_tables): You have to specify --hashlimit
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m hashlimit --hashlimit-upto 1/sec --hashlimit-above 2/sec --hashlimit-name x]
  iptables v1.8.9 (nf_tables): hashlimit: option "--hashlimit-upto" cannot be used together with "--hashlimit-above".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m hashlimit --hashlimit-upto 0/sec --hashlimit-name x]
  iptables v1.8.9 (nf_tables): hashlimit: Bad value for "--hashlimit-upto" option: "0/sec"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m hashlimit --hashlimit-upto 1/sec --hashlimit-mode foo --hashlimit-name x]
  iptables v1.8.9 (nf_tables): hashlimit: Bad value for "--hashlimit-mode" option: "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m hashlimit --hashlimit-upto 1/sec --hashlimit-srcmask 33 --hashlimit-name x]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  4
  [-m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 0 --hashlimit-name x]
  iptables v1.8.9 (nf_tables): bad value for option "--hashlimit-burst", or out of range (1-1000000).
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m hashlimit --hashlimit-upto 1/sec --hashlimit-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
  0
  [-m hashlimit --hashlimit-upto 1/sec --hashlimit-htable-size 0 --hashlimit-name x]
  0
  [-m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-match --hashlimit-name x]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  4
  [-m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-interval 5 --hashlimit-name x]
  0
  [-m hashlimit --hashlimit-upto 1/sec --hashlimit-rate-match --hashlimit-rate-interval 0 --hashlimit-name x]
  iptables v1.8.9 (nf_tables): hashlimit: Bad value for "--hashlimit-rate-interval" option: "0"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connlimit]
  iptables v1.8.9 (nf_tables): You must specify "--connlimit-above" or "--connlimit-upto".
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connlimit --connlimit-above 1 --connlimit-upto 2]
  iptables v1.8.9 (nf_tables): connlimit: option "--connlimit-upto" cannot be used together with "--connlimit-above".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connlimit --connlimit-above -1]
  iptables v1.8.9 (nf_tables): connlimit: bad value for option "--connlimit-above", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connlimit --connlimit-above 1 --connlimit-mask 33]
  0
  [-m connlimit --connlimit-above 1 --connlimit-saddr --connlimit-daddr]
  iptables v1.8.9 (nf_tables): connlimit: option "--connlimit-saddr" cannot be used together with "--connlimit-daddr".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connbytes --connbytes 1]
  iptables v1.8.9 (nf_tables): connbytes: option "--connbytes-dir" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connbytes --connbytes 1 --connbytes-dir foo --connbytes-mode bytes]
  iptables v1.8.9 (nf_tables): Unknown --connbytes-dir `foo'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connbytes --connbytes 1 --connbytes-dir both --connbytes-mode foo]
  iptables v1.8.9 (nf_tables): Unknown --connbytes-mode `foo'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m connbytes --connbytes 5:1 --connbytes-dir both --connbytes-mode bytes]
  iptables v1.8.9 (nf_tables): 5 should be less than 1
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m time --timestart 25:00]
  iptables v1.8.9 (nf_tables): invalid time "25:00" specified, should be hh:mm[:ss] format and within the boundaries
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m time --timestart 10:61]
  iptables v1.8.9 (nf_tables): invalid time "61" specified, should be hh:mm[:ss] format and within the boundaries
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m time --weekdays Foo]
  iptables v1.8.9 (nf_tables): Foo is not a valid day specifier
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m time --weekdays 8]
  0
  [-m time --monthdays 32]
  iptables v1.8.9 (nf_tables): 32 is not a valid day for --monthdays
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m time --datestart 2038-02-01]
  0
  [-m time --datestart 1969-12-31]
  iptables v1.8.9 (nf_tables): Invalid date "1969-12-31" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m time --datestart 2030-13-01]
  iptables v1.8.9 (nf_tables): Invalid date "2030-13-01" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m time --timestart 10 --timestop 11:00:00]
  iptables v1.8.9 (nf_tables): invalid time "10" specified, should be hh:mm[:ss] format and within the boundaries
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m time --contiguous]
  iptables v1.8.9 (nf_tables): time: --contiguous only makes sense when stoptime is smaller than starttime
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m time --timestart 23:00 --timestop 01:00 --contiguous]
  0
  [-m time --utc --kerneltz]
  iptables v1.8.9 (nf_tables): time: option "--utc" cannot be used together with "--kerneltz".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m u32 --u32 '0=1=2']
  iptables v1.8.9 (nf_tables): u32: at char 3: expected "," or "&&"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m u32 --u32 '0&&1']
  iptables v1.8.9 (nf_tables): u32: at char 2: not a number or out of range
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m u32 --u32 '0x100000000=1']
  iptables v1.8.9 (nf_tables): u32: at char 0: not a number or out of range
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m u32 --u32 '']
  iptables v1.8.9 (nf_tables): u32: abrupt end of input after location specifier
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m helper]
  iptables v1.8.9 (nf_tables): helper: option "--helper" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m helper --helper hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh]
  0
  [-m cpu --cpu -1]
  iptables v1.8.9 (nf_tables): cpu: bad value for option "--cpu", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m cpu]
  iptables v1.8.9 (nf_tables): cpu: option "--cpu" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m devgroup]
  iptables v1.8.9 (nf_tables): devgroup match: You must specify either '--src-group' or '--dst-group'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m devgroup --src-group foo]
  iptables v1.8.9 (nf_tables): devgroup: could not map name foo to an integer value for option "--src-group".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m realm --realm foo]
  iptables v1.8.9 (nf_tables): realm: could not map name foo to an integer value for option "--realm".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m realm]
  iptables v1.8.9 (nf_tables): realm: option "--realm" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m rpfilter --foo]
  iptables v1.8.9 (nf_tables): unknown option "--foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m socket --transparent --nowildcard --restore-skmark]
  0
  [-m cgroup --path /x --cgroup 1]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  4
  [-m cgroup]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  4
  [-p tcp -m tcpmss --mss 5:1]
  iptables v1.8.9 (nf_tables): tcpmss: invalid range given
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -m tcpmss]
  iptables v1.8.9 (nf_tables): tcpmss: option "--mss" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-m esp --espspi 5:1]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  4
  [-m ah --ahspi 1:2:3]
  iptables v1.8.9 (nf_tables): ah: Too many components for option "--ahspi" (max: 2)
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S m
  -N m
  -A m -p tcp -m tcp
  -A m -p udp -m udp --dport 0
  -A m -p udp -m udp --sport 0
  -A m -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
  -A m -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15
  -A m -m owner --socket-exists --uid-owner 0
  -A m -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  -A m -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name x
  -A m -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name x
  -A m -m connlimit --connlimit-above 1 --connlimit-mask 32 --connlimit-saddr
  -A m -m time --weekdays  --datestop 2038-01-19T03:14:07
  -A m -m time --datestart 2038-02-01T00:00:00 --datestop 2038-01-19T03:14:07
  -A m -m time --timestart 23:00:00 --timestop 01:00:00 --datestop 2038-01-19T03:14:07 --contiguous
  -A m -m helper --helper hhhhhhhhhhhhhhhhhhhhhhhhhhhhh
  -A m -m socket --transparent --nowildcard --restore-skmark
