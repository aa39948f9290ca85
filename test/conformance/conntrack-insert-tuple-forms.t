conntrack -I tuple forms: original only, reply only, both (consistent or not), partial port pairs, icmp fields, tcp states with flags; then the entries as listed and -G of each direction.
  $ for a in "-s 10.0.1.1 -d 10.0.1.2 --sport 1 --dport 2" "-r 10.0.2.2 -q 10.0.2.1 --reply-port-src 2 --reply-port-dst 1" "-s 10.0.3.1 -d 10.0.3.2 -r 10.0.3.2 -q 10.0.3.1 --sport 1 --dport 2 --reply-port-src 2 --reply-port-dst 1" "-s 10.0.4.1 -d 10.0.4.2 --sport 1" "-s 10.0.4.1 --sport 1 --dport 2" "-s 10.0.5.1 -d 10.0.5.2 -r 10.0.5.2 --sport 1 --dport 2" "-s 10.0.7.1 -d 10.0.7.2 --reply-port-src 2 --reply-port-dst 1" "-s 10.0.8.1 -d 10.0.8.2 --sport 1 --dport 2 --reply-port-src 7 --reply-port-dst 8"; do echo "== $a"; conntrack -I -p udp $a -t 60 2>&1 | grep -v ^Try; echo "rc ${PIPESTATUS[0]}"; done
  == -s 10.0.1.1 -d 10.0.1.2 --sport 1 --dport 2
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  == -r 10.0.2.2 -q 10.0.2.1 --reply-port-src 2 --reply-port-dst 1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  == -s 10.0.3.1 -d 10.0.3.2 -r 10.0.3.2 -q 10.0.3.1 --sport 1 --dport 2 --reply-port-src 2 --reply-port-dst 1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  == -s 10.0.4.1 -d 10.0.4.2 --sport 1
  conntrack v1.4.7 (conntrack-tools): you have to specify `--sport' and `--dport'
  rc 2
  == -s 10.0.4.1 --sport 1 --dport 2
  conntrack v1.4.7 (conntrack-tools): you have to specify `--src' and `--dst'
  rc 2
  == -s 10.0.5.1 -d 10.0.5.2 -r 10.0.5.2 --sport 1 --dport 2
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  rc 1
  == -s 10.0.7.1 -d 10.0.7.2 --reply-port-src 2 --reply-port-dst 1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  == -s 10.0.8.1 -d 10.0.8.2 --sport 1 --dport 2 --reply-port-src 7 --reply-port-dst 8
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  $ for a in "--icmp-type 8 --icmp-code 0 --icmp-id 1" "--icmp-type 8 --icmp-code 0" "--icmp-type 8 --icmp-id 2" "--icmp-type 0 --icmp-code 0 --icmp-id 3" "--icmp-type 13 --icmp-code 0 --icmp-id 4" "--icmp-type 3 --icmp-code 1 --icmp-id 5" "--icmp-type 8 --icmp-code 5 --icmp-id 6" "--icmp-type 300 --icmp-code 0 --icmp-id 7" "--icmp-type 8 --icmp-code 0 --icmp-id 70000"; do echo "== $a"; conntrack -I -p icmp -s 10.1.0.1 -d 10.1.0.2 $a -t 60 2>&1 | grep -v ^Try; echo "rc ${PIPESTATUS[0]}"; done
  == --icmp-type 8 --icmp-code 0 --icmp-id 1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  == --icmp-type 8 --icmp-code 0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  == --icmp-type 8 --icmp-id 2
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--icmp-code' option for this command
  rc 2
  == --icmp-type 0 --icmp-code 0 --icmp-id 3
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  == --icmp-type 13 --icmp-code 0 --icmp-id 4
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  == --icmp-type 3 --icmp-code 1 --icmp-id 5
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  rc 1
  == --icmp-type 8 --icmp-code 5 --icmp-id 6
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  == --icmp-type 300 --icmp-code 0 --icmp-id 7
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  rc 1
  == --icmp-type 8 --icmp-code 0 --icmp-id 70000
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  rc 0
  $ for st in SYN_SENT SYN_RECV ESTABLISHED FIN_WAIT CLOSE_WAIT LAST_ACK TIME_WAIT CLOSE SYN_SENT2; do conntrack -I -p tcp -s 10.2.0.1 -d 10.2.0.2 --sport 1 --dport $((RANDOM%1+1)) --state $st -t 60 >/dev/null 2>&1; conntrack -L -p tcp 2>&1 | grep -v 'flow entries' | sed -E 's/tcp +6 [0-9]+ /tcp 6 T /'; conntrack -D -p tcp >/dev/null 2>&1; done
  tcp 6 T SYN_SENT src=10.2.0.1 dst=10.2.0.2 sport=1 dport=1 [UNREPLIED] src=10.2.0.2 dst=10.2.0.1 sport=1 dport=1 mark=0 use=1
  tcp 6 T SYN_RECV src=10.2.0.1 dst=10.2.0.2 sport=1 dport=1 [UNREPLIED] src=10.2.0.2 dst=10.2.0.1 sport=1 dport=1 mark=0 use=1
  tcp 6 T ESTABLISHED src=10.2.0.1 dst=10.2.0.2 sport=1 dport=1 [UNREPLIED] src=10.2.0.2 dst=10.2.0.1 sport=1 dport=1 mark=0 use=1
  tcp 6 T FIN_WAIT src=10.2.0.1 dst=10.2.0.2 sport=1 dport=1 [UNREPLIED] src=10.2.0.2 dst=10.2.0.1 sport=1 dport=1 mark=0 use=1
  tcp 6 T CLOSE_WAIT src=10.2.0.1 dst=10.2.0.2 sport=1 dport=1 [UNREPLIED] src=10.2.0.2 dst=10.2.0.1 sport=1 dport=1 mark=0 use=1
  tcp 6 T LAST_ACK src=10.2.0.1 dst=10.2.0.2 sport=1 dport=1 [UNREPLIED] src=10.2.0.2 dst=10.2.0.1 sport=1 dport=1 mark=0 use=1
  tcp 6 T TIME_WAIT src=10.2.0.1 dst=10.2.0.2 sport=1 dport=1 [UNREPLIED] src=10.2.0.2 dst=10.2.0.1 sport=1 dport=1 mark=0 use=1
  tcp 6 T CLOSE src=10.2.0.1 dst=10.2.0.2 sport=1 dport=1 [UNREPLIED] src=10.2.0.2 dst=10.2.0.1 sport=1 dport=1 mark=0 use=1
  tcp 6 T SYN_SENT2 src=10.2.0.1 dst=10.2.0.2 sport=1 dport=1 [UNREPLIED] src=10.2.0.2 dst=10.2.0.1 sport=1 dport=1 mark=0 use=1
  $ conntrack -L 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 11 flow entries have been shown.
  icmp 1 T src=10.1.0.1 dst=10.1.0.2 type=0 code=0 id=3 [UNREPLIED] src=10.1.0.2 dst=10.1.0.1 type=8 code=0 id=3 mark=0 use=1
  icmp 1 T src=10.1.0.1 dst=10.1.0.2 type=13 code=0 id=4 [UNREPLIED] src=10.1.0.2 dst=10.1.0.1 type=14 code=0 id=4 mark=0 use=1
  icmp 1 T src=10.1.0.1 dst=10.1.0.2 type=8 code=0 id=0 [UNREPLIED] src=10.1.0.2 dst=10.1.0.1 type=0 code=0 id=0 mark=0 use=1
  icmp 1 T src=10.1.0.1 dst=10.1.0.2 type=8 code=0 id=1 [UNREPLIED] src=10.1.0.2 dst=10.1.0.1 type=0 code=0 id=1 mark=0 use=1
  icmp 1 T src=10.1.0.1 dst=10.1.0.2 type=8 code=0 id=4464 [UNREPLIED] src=10.1.0.2 dst=10.1.0.1 type=0 code=0 id=4464 mark=0 use=1
  icmp 1 T src=10.1.0.1 dst=10.1.0.2 type=8 code=5 id=6 [UNREPLIED] src=10.1.0.2 dst=10.1.0.1 type=0 code=5 id=6 mark=0 use=1
  udp 17 T src=10.0.1.1 dst=10.0.1.2 sport=1 dport=2 [UNREPLIED] src=10.0.1.2 dst=10.0.1.1 sport=2 dport=1 mark=0 use=1
  udp 17 T src=10.0.2.1 dst=10.0.2.2 sport=1 dport=2 [UNREPLIED] src=10.0.2.2 dst=10.0.2.1 sport=2 dport=1 mark=0 use=1
  udp 17 T src=10.0.3.1 dst=10.0.3.2 sport=1 dport=2 [UNREPLIED] src=10.0.3.2 dst=10.0.3.1 sport=2 dport=1 mark=0 use=1
  udp 17 T src=10.0.7.1 dst=10.0.7.2 sport=0 dport=0 [UNREPLIED] src=10.0.7.2 dst=10.0.7.1 sport=0 dport=0 mark=0 use=1
  udp 17 T src=10.0.8.1 dst=10.0.8.2 sport=1 dport=2 [UNREPLIED] src=10.0.8.2 dst=10.0.8.1 sport=2 dport=1 mark=0 use=1
  $ conntrack -G -p udp -s 10.0.2.1 -d 10.0.2.2 --sport 1 --dport 2 2>&1 | sed -E 's/udp +17 [0-9]+ /udp 17 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=10.0.2.1 dst=10.0.2.2 sport=1 dport=2 [UNREPLIED] src=10.0.2.2 dst=10.0.2.1 sport=2 dport=1 mark=0 use=2
  $ conntrack -G -p udp -r 10.0.2.2 -q 10.0.2.1 --reply-port-src 2 --reply-port-dst 1 2>&1 | sed -E 's/udp +17 [0-9]+ /udp 17 T /'
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  $ conntrack -G -p icmp -s 10.1.0.1 -d 10.1.0.2 --icmp-type 8 --icmp-code 0 --icmp-id 1 2>&1 | sed -E 's/icmp +1 [0-9]+ /icmp 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp 1 T src=10.1.0.1 dst=10.1.0.2 type=8 code=0 id=1 [UNREPLIED] src=10.1.0.2 dst=10.1.0.1 type=0 code=0 id=1 mark=0 use=2
  $ conntrack -G -p icmp -s 10.1.0.1 -d 10.1.0.2 --icmp-type 0 --icmp-code 0 --icmp-id 1 2>&1 | sed -E 's/icmp +1 [0-9]+ /icmp 1 T /'
  conntrack v1.4.7 (conntrack-tools): Operation failed: such conntrack doesn't exist
