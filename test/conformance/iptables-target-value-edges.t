Target option value sweep: LOG levels and prefixes, REJECT types (abbreviated, bad, per-protocol), MARK/CONNMARK operations, TTL/TOS/DSCP targets, exit codes and -S.
  $ iptables -N t
  $ for v in 0 7 8 emerg alert crit error err warning warn notice info debug panic EMERG x -1; do echo "== $v"; iptables -A t -j LOG --log-level $v 2>&1; echo $?; done
  == 0
  0
  == 7
  0
  == 8
  iptables v1.8.9 (nf_tables): log level "8" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == emerg
  0
  == alert
  0
  == crit
  0
  == error
  0
  == err
  iptables v1.8.9 (nf_tables): log level "err" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == warning
  0
  == warn
  iptables v1.8.9 (nf_tables): log level "warn" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == notice
  0
  == info
  0
  == debug
  0
  == panic
  0
  == EMERG
  iptables v1.8.9 (nf_tables): log level "EMERG" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == x
  iptables v1.8.9 (nf_tables): log level "x" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == -1
  iptables v1.8.9 (nf_tables): log level "-1" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in 12345678901234567890123456789 123456789012345678901234567890 "" "a b" "--log-tcp-sequence" "--log-tcp-options --log-ip-options --log-uid" "--log-macdecode"; do echo "== $v"; iptables -A t -j LOG --log-prefix "$v" 2>&1; echo $?; done
  == 12345678901234567890123456789
  0
  == 123456789012345678901234567890
  0
  == 
  iptables v1.8.9 (nf_tables): Argument must have a minimum length of 1 characters
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == a b
  0
  == --log-tcp-sequence
  0
  == --log-tcp-options --log-ip-options --log-uid
  0
  == --log-macdecode
  0
  $ for v in icmp-net-unreachable net-unreach icmp-host-unreachable host-unreach icmp-port-unreachable port-unreach icmp-proto-unreachable proto-unreach icmp-net-prohibited net-prohib icmp-host-prohibited host-prohib icmp-admin-prohibited admin-prohib tcp-reset tcp-rst icmp-port icmp bogus; do echo "== $v"; iptables -A t -j REJECT --reject-with $v 2>&1; echo $?; done
  == icmp-net-unreachable
  0
  == net-unreach
  0
  == icmp-host-unreachable
  0
  == host-unreach
  0
  == icmp-port-unreachable
  0
  == port-unreach
  0
  == icmp-proto-unreachable
  0
  == proto-unreach
  0
  == icmp-net-prohibited
  0
  == net-prohib
  0
  == icmp-host-prohibited
  0
  == host-prohib
  0
  == icmp-admin-prohibited
  0
  == admin-prohib
  0
  == tcp-reset
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain t
  4
  == tcp-rst
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain t
  4
  == icmp-port
  0
  == icmp
  0
  == bogus
  iptables v1.8.9 (nf_tables): unknown reject type "bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A t -p tcp -j REJECT --reject-with tcp-reset; echo $?
  0
  $ for v in "--set-mark 5" "--set-mark 5/0xff" "--set-xmark 5/0xff" "--and-mark 0xf" "--or-mark 0x10" "--xor-mark 3" "--set-mark x" "--set-mark 0x100000000" "--set-mark 1 --or-mark 2" ""; do echo "== $v"; iptables -t mangle -A PREROUTING -j MARK $v 2>&1; echo $?; done
  == --set-mark 5
  0
  == --set-mark 5/0xff
  0
  == --set-xmark 5/0xff
  0
  == --and-mark 0xf
  0
  == --or-mark 0x10
  0
  == --xor-mark 3
  0
  == --set-mark x
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --set-mark 0x100000000
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --set-mark 1 --or-mark 2
  iptables v1.8.9 (nf_tables): MARK: option "--set-mark" cannot be used together with "--or-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 
  iptables v1.8.9 (nf_tables): MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "--set-mark 5" "--save-mark" "--restore-mark" "--save-mark --mask 0xff" "--restore-mark --nfmask 0xf --ctmask 0xf0" "--set-xmark 1/2" "--and-mark 3" "--or-mark 4" "--xor-mark 5" "--set-mark 1 --save-mark" ""; do echo "== $v"; iptables -t mangle -A PREROUTING -j CONNMARK $v 2>&1; echo $?; done
  == --set-mark 5
  0
  == --save-mark
  0
  == --restore-mark
  0
  == --save-mark --mask 0xff
  0
  == --restore-mark --nfmask 0xf --ctmask 0xf0
  0
  == --set-xmark 1/2
  0
  == --and-mark 3
  0
  == --or-mark 4
  0
  == --xor-mark 5
  0
  == --set-mark 1 --save-mark
  iptables v1.8.9 (nf_tables): CONNMARK: option "--set-mark" cannot be used together with "--save-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 
  iptables v1.8.9 (nf_tables): CONNMARK target: No operation specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "--ttl-set 64" "--ttl-dec 1" "--ttl-inc 1" "--ttl-set 256" "--ttl-dec 0" "--ttl-inc 0" "--ttl-set 1 --ttl-dec 1" ""; do echo "== $v"; iptables -t mangle -A FORWARD -j TTL $v 2>&1; echo $?; done
  == --ttl-set 64
  0
  == --ttl-dec 1
  0
  == --ttl-inc 1
  0
  == --ttl-set 256
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-set", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ttl-dec 0
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-dec", or out of range (1-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ttl-inc 0
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-inc", or out of range (1-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ttl-set 1 --ttl-dec 1
  iptables v1.8.9 (nf_tables): TTL: option "--ttl-set" cannot be used together with "--ttl-dec".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 
  iptables v1.8.9 (nf_tables): TTL: You must specify an action
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "--set-tos 0x10" "--set-tos Minimize-Delay" "--set-tos 0x10/0x3f" "--and-tos 0xf" "--or-tos 0x2" "--xor-tos 0x4" "--set-tos 256" "--set-dscp 10" "--set-dscp 64" "--set-dscp-class EF" "--set-dscp-class XX"; do echo "== $v"; t=TOS; case "$v" in *dscp*) t=DSCP;; esac; iptables -t mangle -A POSTROUTING -j $t $v 2>&1; echo $?; done
  == --set-tos 0x10
  0
  == --set-tos Minimize-Delay
  0
  == --set-tos 0x10/0x3f
  0
  == --and-tos 0xf
  0
  == --or-tos 0x2
  0
  == --xor-tos 0x4
  0
  == --set-tos 256
  iptables v1.8.9 (nf_tables): Symbolic name "256" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --set-dscp 10
  0
  == --set-dscp 64
  iptables v1.8.9 (nf_tables): DSCP: bad value for option "--set-dscp", or out of range (0-63).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --set-dscp-class EF
  0
  == --set-dscp-class XX
  iptables v1.8.9 (nf_tables): Invalid DSCP value `XX'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S t
  -N t
  -A t -j LOG --log-level 0
  -A t -j LOG --log-level 7
  -A t -j LOG --log-level 0
  -A t -j LOG --log-level 1
  -A t -j LOG --log-level 2
  -A t -j LOG --log-level 3
  -A t -j LOG
  -A t -j LOG --log-level 5
  -A t -j LOG --log-level 6
  -A t -j LOG --log-level 7
  -A t -j LOG --log-level 0
  -A t -j LOG --log-prefix 12345678901234567890123456789
  -A t -j LOG --log-prefix 12345678901234567890123456789
  -A t -j LOG --log-prefix "a b"
  -A t -j LOG --log-prefix --log-tcp-sequence
  -A t -j LOG --log-prefix "--log-tcp-options --log-ip-op"
  -A t -j LOG --log-prefix --log-macdecode
  -A t -j REJECT --reject-with icmp-net-unreachable
  -A t -j REJECT --reject-with icmp-net-unreachable
  -A t -j REJECT --reject-with icmp-host-unreachable
  -A t -j REJECT --reject-with icmp-host-unreachable
  -A t -j REJECT --reject-with icmp-port-unreachable
  -A t -j REJECT --reject-with icmp-port-unreachable
  -A t -j REJECT --reject-with icmp-proto-unreachable
  -A t -j REJECT --reject-with icmp-proto-unreachable
  -A t -j REJECT --reject-with icmp-net-prohibited
  -A t -j REJECT --reject-with icmp-net-prohibited
  -A t -j REJECT --reject-with icmp-host-prohibited
  -A t -j REJECT --reject-with icmp-host-prohibited
  -A t -j REJECT --reject-with icmp-admin-prohibited
  -A t -j REJECT --reject-with icmp-admin-prohibited
  -A t -j REJECT --reject-with icmp-port-unreachable
  -A t -j REJECT --reject-with icmp-net-unreachable
  -A t -p tcp -j REJECT --reject-with tcp-reset
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -j MARK --set-xmark 0x5/0xffffffff
  -A PREROUTING -j MARK --set-xmark 0x5/0xff
  -A PREROUTING -j MARK --set-xmark 0x5/0xff
  -A PREROUTING -j MARK --set-xmark 0x0/0xfffffff0
  -A PREROUTING -j MARK --set-xmark 0x10/0x10
  -A PREROUTING -j MARK --set-xmark 0x3/0x0
  -A PREROUTING -j CONNMARK --set-xmark 0x5/0xffffffff
  -A PREROUTING -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
  -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xf --ctmask 0xf0
  -A PREROUTING -j CONNMARK --set-xmark 0x1/0x2
  -A PREROUTING -j CONNMARK --set-xmark 0x0/0xfffffffc
  -A PREROUTING -j CONNMARK --set-xmark 0x4/0x4
  -A PREROUTING -j CONNMARK --set-xmark 0x5/0x0
  -A FORWARD -j TTL --ttl-set 64
  -A FORWARD -j TTL --ttl-dec 1
  -A FORWARD -j TTL --ttl-inc 1
  -A POSTROUTING -j TOS --set-tos 0x10/0xff
  -A POSTROUTING -j TOS --set-tos 0x10/0x3f
  -A POSTROUTING -j TOS --set-tos 0x10/0x3f
  -A POSTROUTING -j TOS --set-tos 0x00/0xf0
  -A POSTROUTING -j TOS --set-tos 0x02/0x02
  -A POSTROUTING -j TOS --set-tos 0x04/0x00
  -A POSTROUTING -j DSCP --set-dscp 0x0a
  -A POSTROUTING -j DSCP --set-dscp 0x2e
