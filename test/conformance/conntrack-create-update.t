conntrack -I/-U: entries made and changed through ctnetlink, their checks and errors, and the save and XML outputs.
  $ conntrack -I -p tcp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 80 --state ESTABLISHED -t 100
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -L
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=80 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=1000 mark=0 use=1 (glob)
  $ conntrack -I -p tcp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 80 --state ESTABLISHED -t 100
  conntrack v1.4.7 (conntrack-tools): Operation failed: Such conntrack exists, try -U to update
  [1]
  $ conntrack -I -p tcp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 80 --state ESTABLISHED
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--timeout' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p tcp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 80 -t 100
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--state' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p tcp -s 10.1.1.1 --sport 1000 --dport 80 --state ESTABLISHED -t 100
  conntrack v1.4.7 (conntrack-tools): you have to specify `--src' and `--dst'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p tcp -r 10.1.1.1 --sport 1000 --dport 80 --state ESTABLISHED -t 100
  conntrack v1.4.7 (conntrack-tools): you have to specify `--reply-src' and `--reply-dst'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p tcp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --state ESTABLISHED -t 100
  conntrack v1.4.7 (conntrack-tools): you have to specify `--sport' and `--dport'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p tcp -s 10.1.1.1 -d 10.2.2.2 --reply-port-src 1000 --state ESTABLISHED -t 100
  conntrack v1.4.7 (conntrack-tools): you have to specify `--reply-src-port' and `--reply-dst-port'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -s 10.1.1.1 -d 10.2.2.2 -t 100
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 53 --dport 53 -t 30 -u ASSURED -m 5
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.1.1.3 -d 10.2.2.2 --sport 53 --dport 53 -t 30 -u SEEN_REPLY
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.1.1.4 -d 10.2.2.2 --sport 53 --dport 53 -t 30 -u EXPECTED
  conntrack v1.4.7 (conntrack-tools): Operation failed: Device or resource busy
  [1]
  $ conntrack -I -p udp -s 10.1.1.4 -d 10.2.2.2 --sport 53 --dport 53 -t 30 -u FIXED_TIMEOUT
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p icmp -s 10.1.1.1 -d 10.2.2.2 --icmp-type 8 --icmp-code 0 --icmp-id 77 -t 30
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p icmp -s 10.1.1.1 -d 10.2.2.2 --icmp-type 8 -t 30
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--icmp-code' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p udp -r 10.9.9.9 -q 10.1.1.5 --reply-port-src 53 --reply-port-dst 4000 -t 30
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.1.1.6 -d 10.2.2.2 -r 192.168.0.6 -q 10.1.1.6 --sport 4000 --dport 53 --reply-port-src 53 --reply-port-dst 4000 -t 30
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.1.1.7 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.7 --sport 4000 --dport 53 -t 30
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  [1]
  $ conntrack -L | sort
  conntrack v1.4.7 (conntrack-tools): 7 flow entries have been shown.
  icmp     1 29 src=10.1.1.1 dst=10.2.2.2 type=8 code=0 id=77 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 type=0 code=0 id=77 mark=0 use=1
  tcp      6 99 ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=80 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=1000 mark=0 use=1
  udp      17 29 src=10.1.1.1 dst=10.2.2.2 sport=53 dport=53 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=53 [ASSURED] mark=5 use=1
  udp      17 29 src=10.1.1.3 dst=10.2.2.2 sport=53 dport=53 src=10.2.2.2 dst=10.1.1.3 sport=53 dport=53 mark=0 use=1
  udp      17 29 src=10.1.1.4 dst=10.2.2.2 sport=53 dport=53 [UNREPLIED] src=10.2.2.2 dst=10.1.1.4 sport=53 dport=53 mark=0 use=1
  udp      17 29 src=10.1.1.5 dst=10.9.9.9 sport=4000 dport=53 [UNREPLIED] src=10.9.9.9 dst=10.1.1.5 sport=53 dport=4000 mark=0 use=1
  udp      17 29 src=10.1.1.6 dst=10.2.2.2 sport=4000 dport=53 [UNREPLIED] src=192.168.0.6 dst=10.1.1.6 sport=53 dport=4000 mark=0 use=1
  $ conntrack -C
  7
  $ conntrack -S | sed -E 's/.* insert=([0-9]+) insert_failed=([0-9]+).*/\1 \2/' | awk '{i += $1; f += $2} END {print "insert", i, "insert_failed", f}'
  insert 7 insert_failed 0
  $ conntrack -U -s 10.1.1.1 -p tcp -m 7
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  tcp      6 99 ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=80 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=1000 mark=7 use=2
  $ conntrack -U -s 10.1.1.1 -p tcp -m 7
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  [1]
  $ conntrack -U -s 10.1.1.1 -p udp -u SEEN_REPLY
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  udp      17 29 src=10.1.1.1 dst=10.2.2.2 sport=53 dport=53 src=10.2.2.2 dst=10.1.1.1 sport=53 dport=53 [ASSURED] mark=5 use=2
  $ conntrack -U -d 10.2.2.2 -m 0x10/0x30 | wc -l
  conntrack v1.4.7 (conntrack-tools): 6 flow entries have been updated.
  2
  $ conntrack -U -s 10.1.1.1 -p tcp --state TIME_WAIT -t 50
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  tcp      6 50 TIME_WAIT src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=80 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=1000 mark=23 use=2
  $ conntrack -U -s 10.99.0.1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  [1]
  $ conntrack -U -p udp -s 10.1.1.3 -u UNSET
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  [1]
  $ conntrack -L -p tcp
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 49 TIME_WAIT src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=80 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=1000 mark=23 use=1
  $ conntrack -L -o save | sort
  conntrack v1.4.7 (conntrack-tools): 7 flow entries have been shown.
  -A -t 29 -u FIXED_TIMEOUT -s 10.1.1.4 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.4 -p udp --sport 53 --dport 53 --reply-port-src 53 --reply-port-dst 53
  -A -t 29 -u SEEN_REPLY -s 10.1.1.3 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.3 -p udp --sport 53 --dport 53 --reply-port-src 53 --reply-port-dst 53
  -A -t 29 -u SEEN_REPLY,ASSURED -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p udp --sport 53 --dport 53 --reply-port-src 53 --reply-port-dst 53
  -A -t 29 -u UNSET -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p icmp --icmp-type 8 --icmp-code 0 --icmp-id 77
  -A -t 29 -u UNSET -s 10.1.1.5 -d 10.9.9.9 -r 10.9.9.9 -q 10.1.1.5 -p udp --sport 4000 --dport 53 --reply-port-src 53 --reply-port-dst 4000
  -A -t 29 -u UNSET -s 10.1.1.6 -d 10.2.2.2 -r 192.168.0.6 -q 10.1.1.6 -p udp --sport 4000 --dport 53 --reply-port-src 53 --reply-port-dst 4000
  -A -t 49 -u UNSET -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p tcp --sport 1000 --dport 80 --reply-port-src 80 --reply-port-dst 1000 --state TIME_WAIT
  $ conntrack -L -p tcp -o xml | sed -E 's/<id>[0-9]+</<id>N</'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.1.1.1</src><dst>10.2.2.2</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>1000</sport><dport>80</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.2.2.2</src><dst>10.1.1.1</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>80</sport><dport>1000</dport></layer4></meta><meta direction="independent"><state>TIME_WAIT</state><timeout>49</timeout><mark>23</mark><use>1</use><id>N</id><unreplied/></meta></flow>
  </conntrack>
  $ conntrack -L -s 10.99.9.9 -o xml
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -L -o save,extended
  conntrack v1.4.7 (conntrack-tools): cannot combine save output with any other output type, use -o save only
  [1]
  $ conntrack -G -p icmp -s 10.1.1.1 -d 10.2.2.2 --icmp-type 8 --icmp-code 0 --icmp-id 77
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 29 src=10.1.1.1 dst=10.2.2.2 type=8 code=0 id=77 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 type=0 code=0 id=77 mark=16 use=2
  $ conntrack -G -p udp -r 10.9.9.9 -q 10.1.1.5 --reply-port-src 53 --reply-port-dst 4000
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  [1]
  $ conntrack -G -p udp -s 10.1.1.1 -d 10.2.2.2
  conntrack v1.4.7 (conntrack-tools): you have to specify `--sport' and `--dport'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -D -p icmp -o save
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  -D -t 29 -u UNSET -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p icmp --icmp-type 8 --icmp-code 0 --icmp-id 77
  $ conntrack -D -s 10.1.1.3 -o xml | sed -E 's/<id>[0-9]+</<id>N</'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.1.1.3</src><dst>10.2.2.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>53</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.2.2.2</src><dst>10.1.1.3</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>53</dport></layer4></meta><meta direction="independent"><timeout>29</timeout><mark>16</mark><use>1</use><id>N</id></meta></flow>
  $ conntrack -L -o id | sed -E 's/id=[0-9]+/id=N/' | sort
  conntrack v1.4.7 (conntrack-tools): 5 flow entries have been shown.
  tcp      6 49 TIME_WAIT src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=80 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=1000 mark=23 use=1 id=N
  udp      17 29 src=10.1.1.1 dst=10.2.2.2 sport=53 dport=53 src=10.2.2.2 dst=10.1.1.1 sport=53 dport=53 [ASSURED] mark=21 use=1 id=N
  udp      17 29 src=10.1.1.4 dst=10.2.2.2 sport=53 dport=53 [UNREPLIED] src=10.2.2.2 dst=10.1.1.4 sport=53 dport=53 mark=16 use=1 id=N
  udp      17 29 src=10.1.1.5 dst=10.9.9.9 sport=4000 dport=53 [UNREPLIED] src=10.9.9.9 dst=10.1.1.5 sport=53 dport=4000 mark=0 use=1 id=N
  udp      17 29 src=10.1.1.6 dst=10.2.2.2 sport=4000 dport=53 [UNREPLIED] src=192.168.0.6 dst=10.1.1.6 sport=53 dport=4000 mark=16 use=1 id=N
  $ conntrack -I -p tcp -s 10.3.0.1 -d 10.3.0.2 --sport 5 --dport 6 --state SYN_SENT -t 20 -w 0 -o xml
  conntrack v1.4.7 (conntrack-tools): Illegal option `--output' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p tcp -s 10.3.0.1 -d 10.3.0.2 --sport 5 --dport 6 --state SYN_SENT -t 20 -w 0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -L -w 1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -L -w 0 -p tcp -s 10.3.0.1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 19 SYN_SENT src=10.3.0.1 dst=10.3.0.2 sport=5 dport=6 [UNREPLIED] src=10.3.0.2 dst=10.3.0.1 sport=6 dport=5 mark=0 use=1
  $ conntrack -I -p icmp -s 10.3.0.1 -d 10.3.0.2 --icmp-type 3 --icmp-code 1 --icmp-id 9 -t 20
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  [1]
  $ conntrack -I -p icmp -s 10.3.0.1 -d 10.3.0.2 --icmp-type 8 --icmp-code 0 -t 20
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -L -p icmp -o save
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  -A -t 19 -u UNSET -s 10.3.0.1 -d 10.3.0.2 -r 10.3.0.2 -q 10.3.0.1 -p icmp --icmp-type 8 --icmp-code 0 --icmp-id 0
  $ conntrack -L -p icmp --icmp-type 3
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -L -p udp --icmp-type 3
  conntrack v1.4.7 (conntrack-tools): unknown option `--icmp-type'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p tcp -s 10.3.0.1 -d 10.3.0.2 --sport 7 --dport 8 --state LISTEN -t 20; conntrack -L -p tcp --sport 7
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 19 SYN_SENT2 src=10.3.0.1 dst=10.3.0.2 sport=7 dport=8 [UNREPLIED] src=10.3.0.2 dst=10.3.0.1 sport=8 dport=7 mark=0 use=1
  $ conntrack -I -p tcp -s 10.3.0.1 -d 10.3.0.2 --sport 7 --dport 9 --state BOGUS -t 20
  conntrack v1.4.7 (conntrack-tools): unknown TCP state `BOGUS'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p tcp -s 10.3.0.1 -d 10.3.0.2 --sport 7 --dport 10 --state established -t 20
  conntrack v1.4.7 (conntrack-tools): unknown TCP state `established'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -I -p 47 -s 10.3.0.1 -d 10.3.0.2 -t 20; conntrack -L -p 47 -o save
  conntrack v1.4.7 (conntrack-tools): you have to specify `--srckey' and `--dstkey'
  Try `conntrack -h' or 'conntrack --help' for more information.
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -I -p udp -s 10.3.0.1 -d 10.3.0.2 --sport 1 --dport 2 -t -5; conntrack -L -p udp -s 10.3.0.1 -o save
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  -A -t 8589934 -u UNSET -s 10.3.0.1 -d 10.3.0.2 -r 10.3.0.2 -q 10.3.0.1 -p udp --sport 1 --dport 2 --reply-port-src 2 --reply-port-dst 1
  $ conntrack -F; conntrack -C
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  0
