conntrack zones through ctnetlink: -I in a zone (-w, --orig-zone, --reply-zone), the same tuple in two zones, -L/-D filters by zone, and the zone in every output format and /proc/net/nf_conntrack.
  $ sysctl -qw net.netfilter.nf_conntrack_acct=1
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100 -w 3
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100 -w 3
  conntrack v1.4.7 (conntrack-tools): Operation failed: Such conntrack exists, try -U to update
  [1]
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100 -w 0x10
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100 --orig-zone 4
  conntrack v1.4.7 (conntrack-tools): Operation failed: Such conntrack exists, try -U to update
  [1]
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100 --reply-zone 6
  conntrack v1.4.7 (conntrack-tools): Operation failed: Such conntrack exists, try -U to update
  [1]
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100 --orig-zone 9 --reply-zone 9
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  [1]
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100 -w 5 --orig-zone 7
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  [1]
  $ conntrack -I -p tcp -s 10.1.1.1 -d 10.2.2.2 --sport 2000 --dport 80 --state ESTABLISHED -t 100 --orig-zone 7
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p tcp -s 10.1.1.1 -d 10.2.2.2 --sport 2001 --dport 80 --state ESTABLISHED -t 100 --reply-zone 8
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p icmp -s 10.1.1.1 -d 10.2.2.2 --icmp-type 8 --icmp-code 0 --icmp-id 9 -t 100 -w 65535
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -L | sort
  conntrack v1.4.7 (conntrack-tools): 6 flow entries have been shown.
  icmp     1 * src=10.1.1.1 dst=10.2.2.2 type=8 code=0 id=9 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 type=0 code=0 id=9 packets=0 bytes=0 mark=0 zone=65535 use=1 (glob)
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2000 dport=80 zone-orig=7 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2000 packets=0 bytes=0 mark=0 use=1 (glob)
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2001 dport=80 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2001 zone-reply=8 packets=0 bytes=0 mark=0 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=16 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=3 use=1 (glob)
  $ conntrack -L -w 3
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=3 use=1 (glob)
  $ conntrack -L -w 0 | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2000 dport=80 zone-orig=7 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2000 packets=0 bytes=0 mark=0 use=1 (glob)
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2001 dport=80 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2001 zone-reply=8 packets=0 bytes=0 mark=0 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 use=1 (glob)
  $ conntrack -L --zone 16
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=16 use=1 (glob)
  $ conntrack -L --orig-zone 7
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2000 dport=80 zone-orig=7 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2000 packets=0 bytes=0 mark=0 use=1 (glob)
  $ conntrack -L --reply-zone 8 -o extended
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  ipv4     2 tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2001 dport=80 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2001 zone-reply=8 packets=0 bytes=0 mark=0 use=1 (glob)
  $ conntrack -L --orig-zone 0 | sort
  conntrack v1.4.7 (conntrack-tools): 5 flow entries have been shown.
  icmp     1 * src=10.1.1.1 dst=10.2.2.2 type=8 code=0 id=9 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 type=0 code=0 id=9 packets=0 bytes=0 mark=0 zone=65535 use=1 (glob)
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2001 dport=80 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2001 zone-reply=8 packets=0 bytes=0 mark=0 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=16 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=3 use=1 (glob)
  $ conntrack -L -w 65535 -o save
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  -A -t * -u UNSET -w 65535 -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p icmp --icmp-type 8 --icmp-code 0 --icmp-id 9 (glob)
  $ conntrack -L -o save | sort
  conntrack v1.4.7 (conntrack-tools): 6 flow entries have been shown.
  -A -t * -u UNSET --orig-zone 7 -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p tcp --sport 2000 --dport 80 --reply-port-src 80 --reply-port-dst 2000 --state ESTABLISHED (glob)
  -A -t * -u UNSET --reply-zone 8 -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p tcp --sport 2001 --dport 80 --reply-port-src 80 --reply-port-dst 2001 --state ESTABLISHED (glob)
  -A -t * -u UNSET -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p udp --sport 1000 --dport 53 --reply-port-src 53 --reply-port-dst 1000 (glob)
  -A -t * -u UNSET -w 16 -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p udp --sport 1000 --dport 53 --reply-port-src 53 --reply-port-dst 1000 (glob)
  -A -t * -u UNSET -w 3 -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p udp --sport 1000 --dport 53 --reply-port-src 53 --reply-port-dst 1000 (glob)
  -A -t * -u UNSET -w 65535 -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p icmp --icmp-type 8 --icmp-code 0 --icmp-id 9 (glob)
  $ conntrack -L --orig-zone 7 -o xml
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.1.1.1</src><dst>10.2.2.2</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>2000</sport><dport>80</dport></layer4><zone>7</zone><counters><packets>0</packets><bytes>0</bytes></counters></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.2.2.2</src><dst>10.1.1.1</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>80</sport><dport>2000</dport></layer4><counters><packets>0</packets><bytes>0</bytes></counters></meta><meta direction="independent"><state>ESTABLISHED</state><timeout>*</timeout><mark>0</mark><use>1</use><id>*</id><unreplied/></meta></flow> (glob)
  </conntrack>
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  $ conntrack -L -w 3 -o xml
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.1.1.1</src><dst>10.2.2.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>1000</sport><dport>53</dport></layer4><counters><packets>0</packets><bytes>0</bytes></counters></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.2.2.2</src><dst>10.1.1.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>1000</dport></layer4><counters><packets>0</packets><bytes>0</bytes></counters></meta><meta direction="independent"><timeout>*</timeout><mark>0</mark><zone>3</zone><use>1</use><id>*</id><unreplied/></meta></flow> (glob)
  </conntrack>
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  $ conntrack -L -w 3 -o id | sed -E 's/id=[0-9]+/id=N/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=3 use=1 id=N (glob)
  $ cat /proc/net/nf_conntrack | sort
  ipv4     2 icmp     1 * src=10.1.1.1 dst=10.2.2.2 type=8 code=0 id=9 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 type=0 code=0 id=9 packets=0 bytes=0 mark=0 zone=65535 use=2 (glob)
  ipv4     2 tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2000 dport=80 zone-orig=7 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2000 packets=0 bytes=0 mark=0 use=2 (glob)
  ipv4     2 tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2001 dport=80 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2001 zone-reply=8 packets=0 bytes=0 mark=0 use=2 (glob)
  ipv4     2 udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=0 use=2 (glob)
  ipv4     2 udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=16 use=2 (glob)
  ipv4     2 udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=3 use=2 (glob)
  $ conntrack -G -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -w 3
  conntrack v1.4.7 (conntrack-tools): Illegal option `--zone' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -G -p tcp -s 10.1.1.1 -d 10.2.2.2 --sport 2000 --dport 80 --orig-zone 7
  conntrack v1.4.7 (conntrack-tools): Illegal option `--orig-zone' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -U -p udp -w 3 -m 5
  conntrack v1.4.7 (conntrack-tools): Illegal option `--zone' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -L -p udp | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=16 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=3 use=1 (glob)
  $ conntrack -D -p udp -w 16
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=16 use=1 (glob)
  $ conntrack -D -w 3 -p tcp
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  [1]
  $ conntrack -D --orig-zone 7
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2000 dport=80 zone-orig=7 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2000 packets=0 bytes=0 mark=0 use=1 (glob)
  $ conntrack -L | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp     1 * src=10.1.1.1 dst=10.2.2.2 type=8 code=0 id=9 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 type=0 code=0 id=9 packets=0 bytes=0 mark=0 zone=65535 use=1 (glob)
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2001 dport=80 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2001 zone-reply=8 packets=0 bytes=0 mark=0 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 zone=3 use=1 (glob)
  $ conntrack -L -w 70000
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -L -w abc | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  tcp      6 * ESTABLISHED src=10.1.1.1 dst=10.2.2.2 sport=2001 dport=80 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=80 dport=2001 zone-reply=8 packets=0 bytes=0 mark=0 use=1 (glob)
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 packets=0 bytes=0 mark=0 use=1 (glob)
  $ conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1 --dport 2 -t 100 --orig-zone 0 --reply-zone 5
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -L
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1 dport=2 packets=0 bytes=0 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=2 dport=1 zone-reply=5 packets=0 bytes=0 mark=0 use=1 (glob)
