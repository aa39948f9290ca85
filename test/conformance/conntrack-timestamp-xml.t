Conntrack timestamps and XML: nf_conntrack_timestamp=1 stamps new entries (delta-time in listings, -o ktimestamp's start), entries from before are unstamped; -o xml with acct counters, NAT and the timestamp; nf_conntrack_events=0 silences conntrack -E.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec r sysctl net.netfilter.nf_conntrack_timestamp net.netfilter.nf_conntrack_events
  net.netfilter.nf_conntrack_timestamp = 0
  net.netfilter.nf_conntrack_events = 2
  $ ip netns exec a ping -c 1 -e 10 203.0.113.2 > /dev/null
  $ ip netns exec r sysctl -w net.netfilter.nf_conntrack_timestamp=1 net.netfilter.nf_conntrack_acct=1
  net.netfilter.nf_conntrack_timestamp = 1
  net.netfilter.nf_conntrack_acct = 1
  $ ip netns exec a ping -c 2 -i 0.2 -e 11 203.0.113.2 > /dev/null
  $ sleep 1.2; ip netns exec r conntrack -L 2>&1 | sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/ 1 [0-9]+ / 1 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=10 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=10 mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=11 packets=2 bytes=168 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=11 packets=2 bytes=168 mark=0 delta-time=D use=1
  $ ip netns exec r conntrack -L -o ktimestamp 2>&1 | sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/ 1 [0-9]+ / 1 T /; s/start=[^]]+/start=S/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=10 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=10 mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=11 packets=2 bytes=168 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=11 packets=2 bytes=168 mark=0 delta-time=D [start=S] use=1
  $ ip netns exec r conntrack -L -o xml 2>&1 | sort | sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/<timeout>[0-9]+</<timeout>T</; s/<id>[0-9]+</<id>N</; s/<start>[0-9]+</<start>S</'
  </conntrack>
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>N</id></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4><counters><packets>2</packets><bytes>168</bytes></counters></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4><counters><packets>2</packets><bytes>168</bytes></counters></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>N</id><deltatime>D</deltatime></meta></flow>
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  $ ip netns exec r conntrack -L -o xml,extended 2>&1 | sort | sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/<timeout>[0-9]+</<timeout>T</; s/<id>[0-9]+</<id>N</; s/<start>[0-9]+</<start>S</'
  </conntrack>
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>N</id></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4><counters><packets>2</packets><bytes>168</bytes></counters></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4><counters><packets>2</packets><bytes>168</bytes></counters></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>N</id><deltatime>D</deltatime></meta></flow>
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  $ ip netns exec r conntrack -L -o save 2>&1 | sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/-t [0-9]+ /-t T /' | sort
  -A -t T -u SEEN_REPLY -s 192.168.1.2 -d 203.0.113.2 -r 203.0.113.2 -n 203.0.113.1 -p icmp --icmp-type 8 --icmp-code 0 --icmp-id 10
  -A -t T -u SEEN_REPLY -s 192.168.1.2 -d 203.0.113.2 -r 203.0.113.2 -n 203.0.113.1 -p icmp --icmp-type 8 --icmp-code 0 --icmp-id 11
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  $ ip netns exec r sh -c 'timeout 1 conntrack -E -e DESTROY > ev.out 2>&1 &'; sleep 0.2
  $ ip netns exec r conntrack -D -p icmp --icmp-id 11 > /dev/null 2>&1
  $ sleep 1; ip netns exec r sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/ 1 [0-9]+ / 1 T /; s/portid=[0-9]+.*/portid=P/; s/delta-time=[0-9]+/delta-time=D/' ev.out
  conntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.
  $ ip netns exec r conntrack -L -o xml,ktimestamp -p icmp --icmp-id 10 2>&1 | sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/<timeout>[0-9]+</<timeout>T</; s/<id>[0-9]+</<id>N</; s/<start>[0-9]+</<start>S</'
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>N</id></meta></flow>
  </conntrack>
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  $ ip netns exec r sh -c 'timeout 2 conntrack -E -o ktimestamp > ev3.out 2>&1 &'; sleep 0.2
  $ ip netns exec a ping -c 2 -i 0.2 -e 13 203.0.113.2 > /dev/null
  $ sleep 0.3; ip netns exec r conntrack -D -p icmp --icmp-id 13 -o ktimestamp 2>&1 | sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/ 1 [0-9]+ / 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=13 packets=2 bytes=168 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=13 packets=2 bytes=168 mark=0 delta-time=D use=1
  $ sleep 2; ip netns exec r sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/ 1 [0-9]+ / 1 T /; s/portid=[0-9]+.*/portid=P/; s/\[(start|stop)=[^]]+\]/[\1=S]/g' ev3.out
      [NEW] icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=13 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=13
   [UPDATE] icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=13 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=13
  [DESTROY] icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=13 packets=2 bytes=168 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=13 packets=2 bytes=168 delta-time=D [start=S] [stop=S] [USERSPACE] portid=P
  conntrack v1.4.7 (conntrack-tools): 3 flow events have been shown.
  $ ip netns exec r sh -c 'timeout 2 conntrack -E -o xml,ktimestamp > ev4.out 2>&1 &'; sleep 0.2
  $ ip netns exec a ping -c 1 -e 14 203.0.113.2 > /dev/null
  $ sleep 0.3; ip netns exec r conntrack -D -p icmp --icmp-id 14 > /dev/null 2>&1
  $ sleep 2; ip netns exec r sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/<timeout>[0-9]+</<timeout>T</; s/<id>[0-9]+</<id>N</; s/<(start|stop)>[0-9]+</<\1>S</g' ev4.out
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow type="new"><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="independent"><timeout>T</timeout><id>N</id><unreplied/></meta></flow>
  <flow type="update"><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4></meta><meta direction="independent"><timeout>T</timeout><id>N</id></meta></flow>
  <flow type="destroy"><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4><counters><packets>1</packets><bytes>84</bytes></counters></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="1" protoname="icmp"></layer4><counters><packets>1</packets><bytes>84</bytes></counters></meta><meta direction="independent"><timeout>T</timeout><id>N</id><timestamp><start>S</start><stop>S</stop></timestamp><deltatime>D</deltatime></meta></flow> [USERSPACE] portid=P
  </conntrack>
  conntrack v1.4.7 (conntrack-tools): 3 flow events have been shown.
  $ ip netns exec r sysctl -w net.netfilter.nf_conntrack_events=0
  net.netfilter.nf_conntrack_events = 0
  $ ip netns exec r sh -c 'timeout 1 conntrack -E > ev2.out 2>&1 &'; sleep 0.2
  $ ip netns exec a ping -c 1 -e 12 203.0.113.2 > /dev/null
  $ sleep 1; ip netns exec r cat ev2.out
  conntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.
  $ ip netns exec r conntrack -L -p icmp --icmp-id 12 2>&1 | sed -E 's/delta-time=[0-9]+/delta-time=D/; s/<deltatime>[0-9]+</<deltatime>D</; s/portid=[0-9]+.*/portid=P/; s/ 1 [0-9]+ / 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=12 packets=1 bytes=84 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=12 packets=1 bytes=84 mark=0 delta-time=D use=1
  $ ip netns exec r sysctl -w net.netfilter.nf_conntrack_events=3
  sysctl: setting key "net.netfilter.nf_conntrack_events": Invalid argument
  [1]
  $ ip netns exec r sysctl -w net.netfilter.nf_conntrack_timestamp=2
  sysctl: setting key "net.netfilter.nf_conntrack_timestamp": Invalid argument
  [1]
