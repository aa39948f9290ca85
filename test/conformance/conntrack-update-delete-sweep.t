conntrack -U and -D with each filter over inserted entries: what is updated (timeout, mark with masks, status) or deleted, counts and exit codes.
  $ ins() { conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1000 --dport 80 --state ESTABLISHED -t 300 -u ASSURED --mark 0x12 >/dev/null 2>&1; conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1001 --dport 80 --state SYN_SENT -t 100 >/dev/null 2>&1; conntrack -I -p udp -s 10.0.0.3 -d 10.0.0.4 --sport 53 --dport 53 -t 30 --mark 0x21 -w 2 >/dev/null 2>&1; conntrack -I -p icmp -s 10.0.0.5 -d 10.0.0.6 --icmp-type 8 --icmp-code 0 --icmp-id 9 -t 20 >/dev/null 2>&1; }
  $ ins; conntrack -C
  4
  $ for f in "-p tcp --state ESTABLISHED -m 0x7" "-p tcp --sport 1001 -t 50" "-m 0x12 -m 0xff00/0xff00" "-w 2 -m 0x1/0x1" "-u ASSURED -t 77" "-p icmp --icmp-id 9 -m 3" "-p tcp --sport 1001 -u SEEN_REPLY" "-d 10.0.0.9 -m 1" "-p udp -u ASSURED" "-f ipv6 -m 4" "-m 0x21/0xf0 -t 5" "--orig-zone 2 -m 9" "-p tcp --state SYN_SENT --dport 80 -m 0x5"; do echo "== $f"; conntrack -U $f 2>&1 | sed -E 's/(tcp|udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /' | sort; done
  == -p tcp --state ESTABLISHED -m 0x7
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  == -p tcp --sport 1001 -t 50
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  == -m 0x12 -m 0xff00/0xff00
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  == -w 2 -m 0x1/0x1
  Try `conntrack -h' or 'conntrack --help' for more information.
  conntrack v1.4.7 (conntrack-tools): Illegal option `--zone' with this command
  == -u ASSURED -t 77
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  == -p icmp --icmp-id 9 -m 3
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  == -p tcp --sport 1001 -u SEEN_REPLY
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  == -d 10.0.0.9 -m 1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  == -p udp -u ASSURED
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  == -f ipv6 -m 4
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  == -m 0x21/0xf0 -t 5
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  == --orig-zone 2 -m 9
  Try `conntrack -h' or 'conntrack --help' for more information.
  conntrack v1.4.7 (conntrack-tools): Illegal option `--orig-zone' with this command
  == -p tcp --state SYN_SENT --dport 80 -m 0x5
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  $ conntrack -L 2>&1 | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp     1 19 src=10.0.0.5 dst=10.0.0.6 type=8 code=0 id=9 [UNREPLIED] src=10.0.0.6 dst=10.0.0.5 type=0 code=0 id=9 mark=0 use=1
  tcp      6 299 ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  tcp      6 99 SYN_SENT src=10.0.0.1 dst=10.0.0.2 sport=1001 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1001 mark=0 use=1
  udp      17 29 src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 zone=2 use=1
  $ for f in "-p tcp --state TIME_WAIT" "-m 0x5" "-p udp -w 3" "-p icmp --icmp-type 0" "-u ASSURED -p udp" "-s 10.0.0.0/8 -p icmp" "-p tcp --sport 1000" ""; do echo "== $f"; conntrack -D $f 2>&1 | sed -E 's/(tcp|udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /' | sort; echo "rc ${PIPESTATUS[0]}"; done
  == -p tcp --state TIME_WAIT
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  rc 1
  == -m 0x5
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  rc 1
  == -p udp -w 3
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  rc 1
  == -p icmp --icmp-type 0
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  rc 1
  == -u ASSURED -p udp
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  rc 1
  == -s 10.0.0.0/8 -p icmp
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  icmp 1 T src=10.0.0.5 dst=10.0.0.6 type=8 code=0 id=9 [UNREPLIED] src=10.0.0.6 dst=10.0.0.5 type=0 code=0 id=9 mark=0 use=1
  rc 0
  == -p tcp --sport 1000
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  rc 0
  == 
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been deleted.
  tcp 6 T SYN_SENT src=10.0.0.1 dst=10.0.0.2 sport=1001 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1001 mark=0 use=1
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 zone=2 use=1
  rc 0
