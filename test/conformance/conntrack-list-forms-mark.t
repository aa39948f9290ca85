conntrack (1.4.7) listing forms and filters over a masqueraded UDP and ICMP flow: -o extended/id/labels/save/xml, --mark with a mask (the kernel's and mark_cmp()'s (mark & mask) == value, the value not masked), ports, --src-nat/--dst-nat, -G, -C, -U, -D, zones, status.
  $ ip netns add a; ip netns add r; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done; ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0; ip -n r addr add 192.168.1.1/24 dev r0; ip -n r addr add 203.0.113.1/24 dev r1; ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1; ip -n b route add default via 203.0.113.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE; ip netns exec r iptables -t mangle -A PREROUTING -p udp -j CONNMARK --set-mark 7
  $ ip netns exec b sh -c 'socat UDP4-RECVFROM:5353,fork EXEC:cat >/dev/null 2>&1 & sleep 0.2'
  $ echo hi | ip netns exec a socat -T 1 - UDP4:203.0.113.2:5353,sourceport=40001 2>&1
  hi
  $ echo hi | ip netns exec a nc -u -w 1 -p 40002 203.0.113.2 53; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 >/dev/null; echo $?
  0
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1
  $ ip netns exec r conntrack -L -p udp -o extended 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  ipv4     2 udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  ipv4     2 udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1
  $ ip netns exec r conntrack -L -p udp -o extended,id 2>&1 | sed -E 's/ +[0-9]+ src/ T src/; s/id=[0-9]+/id=ID/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  ipv4     2 udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1 id=ID
  ipv4     2 udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1 id=ID
  $ ip netns exec r conntrack -L -p udp -o labels 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  nfct_labelmap_new: No such file or directory
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1
  $ ip netns exec r conntrack -L -p udp -o save 2>&1 | sed -E 's/-t [0-9]+/-t T/' | sort
  -A -t T -u SEEN_REPLY -s 192.168.1.2 -d 203.0.113.2 -r 203.0.113.2 -n 203.0.113.1 -p udp --sport 40001 --dport 5353 --reply-port-src 5353 --reply-port-dst 40001
  -A -t T -u UNSET -s 192.168.1.2 -d 203.0.113.2 -r 203.0.113.2 -n 203.0.113.1 -p udp --sport 40002 --dport 53 --reply-port-src 53 --reply-port-dst 40002
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  $ ip netns exec r conntrack -L -p udp -o xml 2>&1 | sed -E 's/<timeout>[0-9]+</<timeout>T</; s/<id>[0-9]+</<id>I</' | sed 's/<flow>/\n<flow>/g' | sort
  
  
  </conntrack>
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>40001</sport><dport>5353</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>5353</sport><dport>40001</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>7</mark><use>1</use><id>I</id></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>40002</sport><dport>53</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>53</sport><dport>40002</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>7</mark><use>1</use><id>I</id><unreplied/></meta></flow>
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  $ ip netns exec r conntrack -L -p udp -o bogus 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): Bad parameter `bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -L -p udp --mark 7 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1
  $ ip netns exec r conntrack -L -p udp --mark 7/0x3 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -L -p udp --mark 3/0x3 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1
  $ ip netns exec r conntrack -L -p udp --mark 0x7/0xf 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1
  $ ip netns exec r conntrack -D -p udp --mark 7/0x3 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  1
  $ ip netns exec r conntrack -L --mark 0/0x8 2>&1 | sed -E 's/ +[0-9]+ src/ T src/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1
  $ ip netns exec r conntrack -L -p udp --mark 6 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -L -p udp --sport 40001 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  $ ip netns exec r conntrack -L -p udp --reply-port-dst 40002 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1
  $ ip netns exec r conntrack -L --src-nat -p icmp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r conntrack -L --src-nat 192.168.1.2 2>&1 | sed -E 's/ +[0-9]+ src/ T src/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -L --dst-nat 2>&1 | sed -E 's/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 29 src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r conntrack -G -p udp -s 192.168.1.2 -d 203.0.113.2 --sport 40001 --dport 5353 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=2
  $ ip netns exec r conntrack -G -p udp -s 192.168.1.2 -d 203.0.113.2 --sport 40009 --dport 5353 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): Operation failed: such conntrack doesn't exist
  1
  $ ip netns exec r conntrack -G -p udp -s 192.168.1.2 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): you have to specify `--src' and `--dst'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -L -f ipv6 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  0
  $ ip netns exec r conntrack -C -p udp 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): Illegal option `--protonum' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -U -p udp --sport 40001 -m 9 2>&1; echo $?
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  1
  $ ip netns exec r conntrack -L -m 9 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -U -p udp --sport 40001 -t 77 2>&1; echo $?
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  1
  $ ip netns exec r conntrack -D -p udp --orig-port-src 40002 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40002 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=40002 mark=7 use=1
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  $ ip netns exec r conntrack -L --zone 0 2>&1 | sed -E 's/ +[0-9]+ src/ T src/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  $ ip netns exec r conntrack -L --orig-zone 1 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  0
  $ ip netns exec r conntrack -L -u ASSURED 2>&1; echo $?
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  0
  $ ip netns exec r conntrack -L -u SEEN_REPLY -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40001 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40001 mark=7 use=1
  $ ip netns exec r conntrack -F 2>&1; ip netns exec r conntrack -C
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  0
  $ ip netns pids b | xargs -r kill
