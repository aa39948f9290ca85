conntrack -L option sweep over inserted entries: -o formats, NAT filters, mark masks, status, zone, family and protocol filters, counts.
  $ conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1000 --dport 80 --state ESTABLISHED -t 100 -u ASSURED --mark 0x12 2>&1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.0.0.3 -d 10.0.0.4 --sport 53 --dport 53 -t 100 --mark 0x21 2>&1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  $ conntrack -I -p udp -s 10.0.0.5 -d 10.0.0.6 -r 10.0.0.6 -q 10.0.0.9 --sport 5 --dport 6 -t 100 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  1
  $ conntrack -I -p udp -s 10.0.0.7 -d 10.0.0.8 -r 10.0.0.99 -q 10.0.0.7 --sport 5 --dport 6 -t 100 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  1
  $ conntrack -I -p udp -s 10.0.0.7 -d 10.0.0.8 --sport 7 --dport 8 --reply-port-src 9 --reply-port-dst 7 -t 100 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ conntrack -I -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8 --icmp-code 0 --icmp-id 7 -t 100 -w 3 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.
  0
  $ for o in extended id xml "xml,id" "extended,id" labels timestamp ktimestamp "extended,xml" bogus userspace; do echo "== $o"; conntrack -L -o $o 2>&1 | sed -E 's/(tcp|udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /; s/id=[0-9]+ *$/id=ID/; s/<timeout>[0-9]+</<timeout>T</; s/<id>[0-9]+</<id>ID</' | sort; done
  == extended
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  ipv4     2 icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1
  ipv4     2 tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  ipv4     2 udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  ipv4     2 udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  == id
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1 id=ID
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1 id=ID
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1 id=ID
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1 id=ID
  == xml
  </conntrack>
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.1</src><dst>10.0.0.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.2</src><dst>10.0.0.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><zone>3</zone><use>1</use><id>ID</id><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.1</src><dst>10.0.0.2</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>1000</sport><dport>80</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.2</src><dst>10.0.0.1</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>80</sport><dport>1000</dport></layer4></meta><meta direction="independent"><state>ESTABLISHED</state><timeout>T</timeout><mark>18</mark><use>1</use><id>ID</id><assured/><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.3</src><dst>10.0.0.4</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>53</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.4</src><dst>10.0.0.3</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>53</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>33</mark><use>1</use><id>ID</id><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.7</src><dst>10.0.0.8</dst></layer3><layer4 protonum="17" protoname="udp"><sport>7</sport><dport>8</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.8</src><dst>10.0.0.7</dst></layer3><layer4 protonum="17" protoname="udp"><sport>8</sport><dport>7</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>ID</id><unreplied/></meta></flow>
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  == xml,id
  </conntrack>
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.1</src><dst>10.0.0.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.2</src><dst>10.0.0.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><zone>3</zone><use>1</use><id>ID</id><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.1</src><dst>10.0.0.2</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>1000</sport><dport>80</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.2</src><dst>10.0.0.1</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>80</sport><dport>1000</dport></layer4></meta><meta direction="independent"><state>ESTABLISHED</state><timeout>T</timeout><mark>18</mark><use>1</use><id>ID</id><assured/><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.3</src><dst>10.0.0.4</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>53</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.4</src><dst>10.0.0.3</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>53</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>33</mark><use>1</use><id>ID</id><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.7</src><dst>10.0.0.8</dst></layer3><layer4 protonum="17" protoname="udp"><sport>7</sport><dport>8</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.8</src><dst>10.0.0.7</dst></layer3><layer4 protonum="17" protoname="udp"><sport>8</sport><dport>7</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>ID</id><unreplied/></meta></flow>
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  == extended,id
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  ipv4     2 icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1 id=ID
  ipv4     2 tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1 id=ID
  ipv4     2 udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1 id=ID
  ipv4     2 udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1 id=ID
  == labels
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1
  nfct_labelmap_new: No such file or directory
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  == timestamp
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  == ktimestamp
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  == extended,xml
  </conntrack>
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.1</src><dst>10.0.0.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.2</src><dst>10.0.0.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><zone>3</zone><use>1</use><id>ID</id><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.1</src><dst>10.0.0.2</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>1000</sport><dport>80</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.2</src><dst>10.0.0.1</dst></layer3><layer4 protonum="6" protoname="tcp"><sport>80</sport><dport>1000</dport></layer4></meta><meta direction="independent"><state>ESTABLISHED</state><timeout>T</timeout><mark>18</mark><use>1</use><id>ID</id><assured/><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.3</src><dst>10.0.0.4</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>53</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.4</src><dst>10.0.0.3</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>53</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>33</mark><use>1</use><id>ID</id><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.7</src><dst>10.0.0.8</dst></layer3><layer4 protonum="17" protoname="udp"><sport>7</sport><dport>8</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.8</src><dst>10.0.0.7</dst></layer3><layer4 protonum="17" protoname="udp"><sport>8</sport><dport>7</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>ID</id><unreplied/></meta></flow>
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  == bogus
  Try `conntrack -h' or 'conntrack --help' for more information.
  conntrack v1.4.7 (conntrack-tools): Bad parameter `bogus'
  == userspace
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  $ for f in "--src-nat" "--dst-nat" "--any-nat" "--src-nat 10.0.0.9" "--dst-nat 10.0.0.99" "--dst-nat 10.0.0.98" "-n" "-g" "-j" "-m 0x12" "-m 0x10/0xf0" "-m 0x1/0x1" "-m 0x20/0xf0" "-u ASSURED" "-u SEEN_REPLY" "-u UNSET" "-u FOO" "-w 3" "-w 0" "--zone 3" "-f ipv4 -p udp" "-p udp --sport 5" "-p udp --reply-port-src 9" "-r 10.0.0.99" "-q 10.0.0.7" "--orig-src 10.0.0.7 --orig-dst 10.0.0.8" "-p tcp --state ESTABLISHED" "-p tcp --state SYN_SENT" "--state ESTABLISHED"; do echo "== $f"; conntrack -L $f 2>&1 | sed -E 's/(tcp|udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /' | sort; done
  == --src-nat
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == --dst-nat
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == --any-nat
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == --src-nat 10.0.0.9
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == --dst-nat 10.0.0.99
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == --dst-nat 10.0.0.98
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == -n
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == -g
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == -j
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == -m 0x12
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  == -m 0x10/0xf0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  == -m 0x1/0x1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  == -m 0x20/0xf0
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  == -u ASSURED
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  == -u SEEN_REPLY
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == -u UNSET
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  == -u FOO
  Try `conntrack -h' or 'conntrack --help' for more information.
  conntrack v1.4.7 (conntrack-tools): Bad parameter `FOO'
  == -w 3
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1
  == -w 0
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  == --zone 3
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1
  == -f ipv4 -p udp
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  == -p udp --sport 5
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == -p udp --reply-port-src 9
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == -r 10.0.0.99
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == -q 10.0.0.7
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  == --orig-src 10.0.0.7 --orig-dst 10.0.0.8
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  == -p tcp --state ESTABLISHED
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  == -p tcp --state SYN_SENT
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == --state ESTABLISHED
  Try `conntrack -h' or 'conntrack --help' for more information.
  conntrack v1.4.7 (conntrack-tools): unknown option `--state'
  $ conntrack -C
  4
  $ conntrack -L -z 2>&1 | sed -E 's/(tcp|udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 zone=3 use=1
  tcp 6 T ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1000 dport=80 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1000 [ASSURED] mark=18 use=1
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  udp 17 T src=10.0.0.7 dst=10.0.0.8 sport=7 dport=8 [UNREPLIED] src=10.0.0.8 dst=10.0.0.7 sport=8 dport=7 mark=0 use=1
  $ conntrack -D --dst-nat 2>&1 | sed -E 's/(tcp|udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  $ conntrack -D -m 0x20/0xf0 2>&1 | sed -E 's/(tcp|udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp 17 T src=10.0.0.3 dst=10.0.0.4 sport=53 dport=53 [UNREPLIED] src=10.0.0.4 dst=10.0.0.3 sport=53 dport=53 mark=33 use=1
  $ conntrack -C
  3
