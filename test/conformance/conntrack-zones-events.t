conntrack -E of entries in zones: the zone attributes of NEW and DESTROY events in the default, save and XML formats, and event filters by zone.
  $ conntrack -E -e NEW,DESTROY > ev.txt 2>&1 & sleep 0.3
  $ conntrack -E -o save -w 3 > evs.txt 2>&1 & sleep 0.3
  $ conntrack -E -o xml --reply-zone 8 > evx.txt 2>&1 & sleep 0.3
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100 -w 3
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1000 --dport 53 -t 100 --orig-zone 7
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.1.1.1 -d 10.2.2.2 --sport 1001 --dport 53 -t 100 --reply-zone 8
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -D -w 3
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 mark=0 zone=3 use=1 (glob)
  $ conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ sleep 0.3; kill %1 %2 %3; wait
  $ sort ev.txt
      [NEW] udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 mark=0 zone=3 [USERSPACE] portid=* (glob)
      [NEW] udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 zone-orig=7 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 mark=0 [USERSPACE] portid=* (glob)
      [NEW] udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1001 dport=53 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1001 zone-reply=8 mark=0 [USERSPACE] portid=* (glob)
  [DESTROY] udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 zone=3 [USERSPACE] portid=* (glob)
  [DESTROY] udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1000 dport=53 zone-orig=7 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1000 [USERSPACE] portid=* (glob)
  [DESTROY] udp      17 * src=10.1.1.1 dst=10.2.2.2 sport=1001 dport=53 [UNREPLIED] src=10.2.2.2 dst=10.1.1.1 sport=53 dport=1001 zone-reply=8 [USERSPACE] portid=* (glob)
  conntrack v1.4.7 (conntrack-tools): 6 flow events have been shown.
  $ cat evs.txt
  -A -t * -u UNSET -w 3 -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p udp --sport 1000 --dport 53 --reply-port-src 53 --reply-port-dst 1000 [USERSPACE] portid=* (glob)
  -D -t * -u UNSET -w 3 -s 10.1.1.1 -d 10.2.2.2 -r 10.2.2.2 -q 10.1.1.1 -p udp --sport 1000 --dport 53 --reply-port-src 53 --reply-port-dst 1000 [USERSPACE] portid=* (glob)
  conntrack v1.4.7 (conntrack-tools): 2 flow events have been shown.
  $ cat evx.txt
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow type="new"><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.1.1.1</src><dst>10.2.2.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>1001</sport><dport>53</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.2.2.2</src><dst>10.1.1.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>1001</dport></layer4><zone>8</zone></meta><meta direction="independent"><timeout>*</timeout><mark>0</mark><id>*</id><unreplied/></meta></flow> [USERSPACE] portid=* (glob)
  <flow type="destroy"><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.1.1.1</src><dst>10.2.2.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>1001</sport><dport>53</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.2.2.2</src><dst>10.1.1.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>1001</dport></layer4><zone>8</zone></meta><meta direction="independent"><timeout>*</timeout><id>*</id><unreplied/></meta></flow> [USERSPACE] portid=* (glob)
  </conntrack>
  conntrack v1.4.7 (conntrack-tools): 2 flow events have been shown.
