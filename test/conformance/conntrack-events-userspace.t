conntrack -E: the events of entries made, changed and deleted by hand, in the default, save and XML outputs.
  $ conntrack -E > ev.txt 2>&1 &
  $ conntrack -E -o save > evs.txt 2>&1 &
  $ conntrack -E -o xml -e NEW,DESTROY > evx.txt 2>&1 &
  $ sleep 1
  $ conntrack -I -p udp -s 10.5.0.1 -d 10.5.0.2 --sport 10 --dport 20 -t 60 -m 3
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -U -s 10.5.0.1 -m 4 -u ASSURED > /dev/null
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  $ conntrack -I -p tcp -s 10.5.0.1 -d 10.5.0.2 --sport 10 --dport 20 -t 60 --state ESTABLISHED
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -D -s 10.5.0.1 > /dev/null
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been deleted.
  $ sleep 1; kill %1 %2 %3; wait
  $ sed -E 's/ \[USERSPACE\] portid=[0-9]+( progname=conntrack)?$/ [USERSPACE]/' ev.txt | sort
      [NEW] tcp      6 60 ESTABLISHED src=10.5.0.1 dst=10.5.0.2 sport=10 dport=20 [UNREPLIED] src=10.5.0.2 dst=10.5.0.1 sport=20 dport=10 mark=0 [USERSPACE]
      [NEW] udp      17 60 src=10.5.0.1 dst=10.5.0.2 sport=10 dport=20 [UNREPLIED] src=10.5.0.2 dst=10.5.0.1 sport=20 dport=10 mark=3 [USERSPACE]
   [UPDATE] udp      17 59 src=10.5.0.1 dst=10.5.0.2 sport=10 dport=20 [UNREPLIED] src=10.5.0.2 dst=10.5.0.1 sport=20 dport=10 [ASSURED] mark=4 [USERSPACE]
  [DESTROY] tcp      6 59 ESTABLISHED src=10.5.0.1 dst=10.5.0.2 sport=10 dport=20 [UNREPLIED] src=10.5.0.2 dst=10.5.0.1 sport=20 dport=10 [USERSPACE]
  [DESTROY] udp      17 59 src=10.5.0.1 dst=10.5.0.2 sport=10 dport=20 [UNREPLIED] src=10.5.0.2 dst=10.5.0.1 sport=20 dport=10 [ASSURED] mark=4 [USERSPACE]
  conntrack v1.4.7 (conntrack-tools): 5 flow events have been shown.
  $ sed -E 's/ \[USERSPACE\] portid=[0-9]+( progname=conntrack)?$/ [USERSPACE]/' evs.txt | sort
  -A -t 60 -u UNSET -s 10.5.0.1 -d 10.5.0.2 -r 10.5.0.2 -q 10.5.0.1 -p tcp --sport 10 --dport 20 --reply-port-src 20 --reply-port-dst 10 --state ESTABLISHED [USERSPACE]
  -A -t 60 -u UNSET -s 10.5.0.1 -d 10.5.0.2 -r 10.5.0.2 -q 10.5.0.1 -p udp --sport 10 --dport 20 --reply-port-src 20 --reply-port-dst 10 [USERSPACE]
  -D -t 59 -u ASSURED -s 10.5.0.1 -d 10.5.0.2 -r 10.5.0.2 -q 10.5.0.1 -p udp --sport 10 --dport 20 --reply-port-src 20 --reply-port-dst 10 [USERSPACE]
  -D -t 59 -u UNSET -s 10.5.0.1 -d 10.5.0.2 -r 10.5.0.2 -q 10.5.0.1 -p tcp --sport 10 --dport 20 --reply-port-src 20 --reply-port-dst 10 --state ESTABLISHED [USERSPACE]
  -U -t 59 -u ASSURED -s 10.5.0.1 -d 10.5.0.2 -r 10.5.0.2 -q 10.5.0.1 -p udp --sport 10 --dport 20 --reply-port-src 20 --reply-port-dst 10 [USERSPACE]
  conntrack v1.4.7 (conntrack-tools): 5 flow events have been shown.
  $ sed -E 's/<id>[0-9]+</<id>N</; s/ \[USERSPACE\] portid=[0-9]+( progname=conntrack)?$/ [USERSPACE]/' evx.txt
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow type="new"><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.5.0.1</src><dst>10.5.0.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>10</sport><dport>20</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.5.0.2</src><dst>10.5.0.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>20</sport><dport>10</dport></layer4></meta><meta direction="independent"><timeout>60</timeout><mark>3</mark><id>N</id><unreplied/></meta></flow> [USERSPACE]
  <flow type="new"><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.5.0.1</src><dst>10.5.0.2</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>10</sport><dport>20</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.5.0.2</src><dst>10.5.0.1</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>20</sport><dport>10</dport></layer4></meta><meta direction="independent"><state>ESTABLISHED</state><timeout>60</timeout><mark>0</mark><id>N</id><unreplied/></meta></flow> [USERSPACE]
  <flow type="destroy"><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.5.0.1</src><dst>10.5.0.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>10</sport><dport>20</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.5.0.2</src><dst>10.5.0.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>20</sport><dport>10</dport></layer4></meta><meta direction="independent"><timeout>59</timeout><mark>4</mark><id>N</id><assured/><unreplied/></meta></flow> [USERSPACE]
  <flow type="destroy"><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.5.0.1</src><dst>10.5.0.2</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>10</sport><dport>20</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.5.0.2</src><dst>10.5.0.1</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>20</sport><dport>10</dport></layer4></meta><meta direction="independent"><state>ESTABLISHED</state><timeout>59</timeout><id>N</id><unreplied/></meta></flow> [USERSPACE]
  </conntrack>
  conntrack v1.4.7 (conntrack-tools): 4 flow events have been shown.
