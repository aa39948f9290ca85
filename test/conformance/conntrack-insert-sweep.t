conntrack -I/-U/-G option sweep: states, timeouts, marks, ports, protocols, missing/bad arguments, then listings.
  $ for s in SYN_SENT SYN_RECV ESTABLISHED FIN_WAIT CLOSE_WAIT LAST_ACK TIME_WAIT CLOSE LISTEN NONE syn_sent BOGUS; do echo "== $s"; conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1000 --dport 80 --state $s -t 100 2>&1; echo $?; conntrack -D -p tcp 2>&1 >/dev/null | tail -1; done
  == SYN_SENT
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == SYN_RECV
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == ESTABLISHED
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == FIN_WAIT
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == CLOSE_WAIT
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == LAST_ACK
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == TIME_WAIT
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == CLOSE
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == LISTEN
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == NONE
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  == syn_sent
  conntrack v1.4.7 (conntrack-tools): unknown TCP state `syn_sent'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  == BOGUS
  conntrack v1.4.7 (conntrack-tools): unknown TCP state `BOGUS'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  $ for t in 0 1 4294967295 4294967296 -1 abc 10s; do echo "== $t"; conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 53 --dport 53 -t $t 2>&1; echo $?; conntrack -D -p udp >/dev/null 2>&1; done
  == 0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 4294967295
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 4294967296
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == -1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == abc
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 10s
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ for m in 0 1 0xff 4294967295 4294967296 1/0xff abc; do echo "== $m"; conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 53 --dport 53 -t 50 --mark $m 2>&1; echo $?; conntrack -D -p udp >/dev/null 2>&1; done
  == 0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 0xff
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 4294967295
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 4294967296
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 1/0xff
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == abc
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ for p in 0 1 65535 65536 -1 x; do echo "== $p"; conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport $p --dport 53 -t 50 2>&1; echo $?; conntrack -D -p udp >/dev/null 2>&1; done
  == 0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 65535
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == 65536
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == -1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  == x
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 2 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--timeout' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -I -p udp -s 10.0.0.1 --sport 1 --dport 2 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): you have to specify `--src' and `--dst'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --dport 2 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): you have to specify `--sport' and `--dport'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 2 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--state' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -I -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8 --icmp-code 0 --icmp-id 7 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ conntrack -I -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 0 --icmp-code 0 --icmp-id 7 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ conntrack -I -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--icmp-code' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -I -p sctp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 2 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--state' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -I -p gre -s 10.0.0.1 -d 10.0.0.2 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): you have to specify `--srckey' and `--dstkey'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -I -p 47 -s 10.0.0.1 -d 10.0.0.2 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): you have to specify `--srckey' and `--dstkey'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -I -p 99 -s 10.0.0.1 -d 10.0.0.2 -t 5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 2 -t 50 -u ASSURED 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ conntrack -I -p udp -s 10.0.0.5 -d 10.0.0.6 --sport 1 --dport 2 -t 50 -u SEEN_REPLY --mark 3 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ conntrack -I -p udp -s 10.0.0.5 -d 10.0.0.6 --sport 1 --dport 2 -t 50 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): Operation failed: Such conntrack exists, try -U to update
  1
  $ conntrack -L 2>&1 | sed -E 's/ udp +17 [0-9]+ / udp 17 T /; s/ icmp +1 [0-9]+ / icmp 1 T /; s/ tcp +6 [0-9]+ / tcp 6 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 5 flow entries have been shown.
  icmp     1 4 src=10.0.0.1 dst=10.0.0.2 type=0 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=8 code=0 id=7 mark=0 use=1
  icmp     1 4 src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 use=1
  udp      17 49 src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=2 dport=1 [ASSURED] mark=0 use=1
  udp      17 49 src=10.0.0.5 dst=10.0.0.6 sport=1 dport=2 src=10.0.0.6 dst=10.0.0.5 sport=2 dport=1 mark=3 use=1
  unknown  99 4 src=10.0.0.1 dst=10.0.0.2 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 mark=0 use=1
  $ for m in 7 0x10 "5" "1 --mark 2" "-t 10"; do echo "== $m"; conntrack -U -p udp -s 10.0.0.5 --mark $m 2>&1; echo $?; done
  == 7
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  udp      17 49 src=10.0.0.5 dst=10.0.0.6 sport=1 dport=2 src=10.0.0.6 dst=10.0.0.5 sport=2 dport=1 mark=7 use=2
  0
  == 0x10
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  udp      17 49 src=10.0.0.5 dst=10.0.0.6 sport=1 dport=2 src=10.0.0.6 dst=10.0.0.5 sport=2 dport=1 mark=16 use=2
  0
  == 5
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  udp      17 49 src=10.0.0.5 dst=10.0.0.6 sport=1 dport=2 src=10.0.0.6 dst=10.0.0.5 sport=2 dport=1 mark=5 use=2
  0
  == 1 --mark 2
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  udp      17 49 src=10.0.0.5 dst=10.0.0.6 sport=1 dport=2 src=10.0.0.6 dst=10.0.0.5 sport=2 dport=1 mark=2 use=2
  0
  == -t 10
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  udp      17 49 src=10.0.0.5 dst=10.0.0.6 sport=1 dport=2 src=10.0.0.6 dst=10.0.0.5 sport=2 dport=1 mark=0 use=2
  0
  $ conntrack -L -p udp 2>&1 | sed -E 's/ udp +17 [0-9]+ / udp 17 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 49 src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=2 dport=1 [ASSURED] mark=0 use=1
  udp      17 49 src=10.0.0.5 dst=10.0.0.6 sport=1 dport=2 src=10.0.0.6 dst=10.0.0.5 sport=2 dport=1 mark=0 use=1
  $ conntrack -G -p udp -s 10.0.0.5 -d 10.0.0.6 --sport 1 --dport 2 2>&1 | sed -E 's/ udp +17 [0-9]+ / udp 17 T /'; echo $?
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 49 src=10.0.0.5 dst=10.0.0.6 sport=1 dport=2 src=10.0.0.6 dst=10.0.0.5 sport=2 dport=1 mark=0 use=2
  0
  $ conntrack -G -p udp -s 10.0.0.5 -d 10.0.0.6 --sport 1 --dport 3 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): Operation failed: such conntrack doesn't exist
  1
  $ conntrack -G -p udp -s 10.0.0.5 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): you have to specify `--src' and `--dst'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ conntrack -F 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  0
