Match option value sweep: limit rates and bursts, multiport counts, iprange, length, ttl, mark, pkttype, state lists; exit codes, then -S.
  $ iptables -N t
  $ for v in 1/s 0/s 10000/s 10001/s 1/d 1/day 5/minute 5/m 5/h 5/hour 1/x 1 abc 1/sec/x 2/second 4294967295/s; do echo "== $v"; iptables -A t -m limit --limit $v 2>&1; echo $?; done
  == 1/s
  0
  == 0/s
  iptables v1.8.9 (nf_tables): bad rate "0/s"'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 10000/s
  0
  == 10001/s
  iptables v1.8.9 (nf_tables): Rate too fast "10001/s"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1/d
  0
  == 1/day
  0
  == 5/minute
  0
  == 5/m
  0
  == 5/h
  0
  == 5/hour
  0
  == 1/x
  iptables v1.8.9 (nf_tables): bad rate "1/x"'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1
  0
  == abc
  iptables v1.8.9 (nf_tables): bad rate "abc"'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1/sec/x
  iptables v1.8.9 (nf_tables): bad rate "1/sec/x"'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 2/second
  0
  == 4294967295/s
  iptables v1.8.9 (nf_tables): Rate too fast "4294967295/s"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in 0 1 10000 10001 -1 x 5k; do echo "== $v"; iptables -A t -m limit --limit 1/s --limit-burst $v 2>&1; echo $?; done
  == 0
  0
  == 1
  0
  == 10000
  0
  == 10001
  iptables v1.8.9 (nf_tables): limit: bad value for option "--limit-burst", or out of range (0-10000).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == -1
  iptables v1.8.9 (nf_tables): limit: bad value for option "--limit-burst", or out of range (0-10000).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == x
  iptables v1.8.9 (nf_tables): limit: bad value for option "--limit-burst", or out of range (0-10000).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 5k
  iptables v1.8.9 (nf_tables): limit: bad value for option "--limit-burst", or out of range (0-10000).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16 80,http 5:1 1, ,1 65536 0; do echo "== $v"; iptables -A t -p tcp -m multiport --dports $v 2>&1; echo $?; done
  == 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
  0
  == 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
  iptables v1.8.9 (nf_tables): too many ports specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15
  0
  == 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16
  iptables v1.8.9 (nf_tables): too many ports specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 80,http
  0
  == 5:1
  iptables v1.8.9 (nf_tables): invalid portrange specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1,
  iptables v1.8.9 (nf_tables): invalid port/service `' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == ,1
  iptables v1.8.9 (nf_tables): invalid port/service `' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 65536
  iptables v1.8.9 (nf_tables): invalid port/service `65536' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 0
  0
  $ for v in 1.1.1.1-1.1.1.2 1.1.1.2-1.1.1.1 1.1.1.1 1.1.1.1- 1.1.1.0/24-1.1.2.0 1.1.1.1-1.1.1.1 x-y; do echo "== $v"; iptables -A t -m iprange --src-range $v 2>&1; echo $?; done
  == 1.1.1.1-1.1.1.2
  0
  == 1.1.1.2-1.1.1.1
  xt_iprange: range 1.1.1.2-1.1.1.1 is reversed and will never match
  0
  == 1.1.1.1
  0
  == 1.1.1.1-
  iptables v1.8.9 (nf_tables): iprange: Bad value for "--src-range" option: ""
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.1.1.0/24-1.1.2.0
  iptables v1.8.9 (nf_tables): iprange: Bad value for "--src-range" option: "1.1.1.0/24"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1.1.1.1-1.1.1.1
  0
  == x-y
  iptables v1.8.9 (nf_tables): iprange: Bad value for "--src-range" option: "x"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in 0 65535 65536 10:5 5:10 :10 10: 5:5 -1 x; do echo "== $v"; iptables -A t -m length --length $v 2>&1; echo $?; done
  == 0
  0
  == 65535
  0
  == 65536
  iptables v1.8.9 (nf_tables): length: bad value for option "--length" near "65536", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 10:5
  0
  == 5:10
  0
  == :10
  0
  == 10:
  0
  == 5:5
  0
  == -1
  iptables v1.8.9 (nf_tables): length: bad value for option "--length" near "-1", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == x
  iptables v1.8.9 (nf_tables): length: bad value for option "--length" near "x", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "--ttl-eq 0" "--ttl-eq 255" "--ttl-eq 256" "--ttl-gt 254" "--ttl-lt 1" "--ttl-eq x" "! --ttl-eq 5" "--ttl-eq 1 --ttl-gt 2"; do echo "== $v"; iptables -A t -m ttl $v 2>&1; echo $?; done
  == --ttl-eq 0
  0
  == --ttl-eq 255
  0
  == --ttl-eq 256
  iptables v1.8.9 (nf_tables): ttl: bad value for option "--ttl-eq", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ttl-gt 254
  0
  == --ttl-lt 1
  0
  == --ttl-eq x
  iptables v1.8.9 (nf_tables): ttl: bad value for option "--ttl-eq", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == ! --ttl-eq 5
  0
  == --ttl-eq 1 --ttl-gt 2
  iptables v1.8.9 (nf_tables): ttl: option "--ttl-gt" cannot be used together with "--ttl-eq".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in 0xffffffff 0x100000000 4294967296 1/2/3 /5 5/ 0x10/0x10 010 -1; do echo "== $v"; iptables -A t -m mark --mark $v 2>&1; echo $?; done
  == 0xffffffff
  0
  == 0x100000000
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 4294967296
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 1/2/3
  iptables v1.8.9 (nf_tables): mark: trailing garbage after value for option "--mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == /5
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 5/
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 0x10/0x10
  0
  == 010
  0
  == -1
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in unicast broadcast multicast host UNICAST uni x; do echo "== $v"; iptables -A t -m pkttype --pkt-type $v 2>&1; echo $?; done
  == unicast
  0
  == broadcast
  0
  == multicast
  0
  == host
  0
  == UNICAST
  0
  == uni
  iptables v1.8.9 (nf_tables): Bad packet type 'uni'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == x
  iptables v1.8.9 (nf_tables): Bad packet type 'x'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in NEW new NEW,NEW INVALID,ESTABLISHED,NEW,RELATED,UNTRACKED FOO NEW, ,NEW; do echo "== $v"; iptables -A t -m state --state $v 2>&1; echo $?; done
  == NEW
  0
  == new
  0
  == NEW,NEW
  0
  == INVALID,ESTABLISHED,NEW,RELATED,UNTRACKED
  0
  == FOO
  iptables v1.8.9 (nf_tables): Bad state "FOO"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == NEW,
  iptables v1.8.9 (nf_tables): "--state" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == ,NEW
  iptables v1.8.9 (nf_tables): Bad state ",NEW"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S t
  -N t
  -A t -m limit --limit 1/sec
  -A t -m limit --limit 10000/sec
  -A t -m limit --limit 1/day
  -A t -m limit --limit 1/day
  -A t -m limit --limit 5/min
  -A t -m limit --limit 5/min
  -A t -m limit --limit 5/hour
  -A t -m limit --limit 5/hour
  -A t -m limit --limit 1/sec
  -A t -m limit --limit 2/sec
  -A t -m limit --limit 1/sec
  -A t -m limit --limit 1/sec --limit-burst 1
  -A t -m limit --limit 1/sec --limit-burst 10000
  -A t -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
  -A t -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15
  -A t -p tcp -m multiport --dports 80,80
  -A t -p tcp -m multiport --dports 0
  -A t -m iprange --src-range 1.1.1.1-1.1.1.2
  -A t -m iprange --src-range 1.1.1.2-1.1.1.1
  -A t -m iprange --src-range 1.1.1.1-1.1.1.1
  -A t -m iprange --src-range 1.1.1.1-1.1.1.1
  -A t -m length --length 0
  -A t -m length --length 65535
  -A t -m length --length 10:5
  -A t -m length --length 5:10
  -A t -m length --length 0:10
  -A t -m length --length 10:65535
  -A t -m length --length 5
  -A t -m ttl --ttl-eq 0
  -A t -m ttl --ttl-eq 255
  -A t -m ttl --ttl-gt 254
  -A t -m ttl --ttl-lt 1
  -A t -m ttl ! --ttl-eq 5
  -A t -m mark --mark 0xffffffff
  -A t -m mark --mark 0x10/0x10
  -A t -m mark --mark 0x8
  -A t -m pkttype --pkt-type unicast
  -A t -m pkttype --pkt-type broadcast
  -A t -m pkttype --pkt-type multicast
  -A t -m pkttype --pkt-type unicast
  -A t -m pkttype --pkt-type unicast
  -A t -m state --state NEW
  -A t -m state --state NEW
  -A t -m state --state NEW
  -A t -m state --state INVALID,NEW,RELATED,ESTABLISHED,UNTRACKED
