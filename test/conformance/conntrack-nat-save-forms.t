conntrack output forms (-o save, xml, extended, id) of NATed, connmarked and zoned entries on a router; -L by zone and mark with --src-nat, -D -o save by zone, -U of a NATed entry.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 >/dev/null; echo $?
  1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1:4000
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p udp --dport 53 -j DNAT --to-destination 192.168.1.2:5353
  $ ip netns exec r iptables -t mangle -A PREROUTING -p udp -j CONNMARK --set-mark 0x2a
  $ ip netns exec r iptables -t raw -A PREROUTING -i r1 -j CT --zone 7
  $ ip netns exec a sh -c 'echo hi | nc -u -w1 -p 1111 203.0.113.2 7777'
  $ ip netns exec b sh -c 'echo hi | nc -u -w1 -p 2222 203.0.113.1 53'
  $ for o in save "save,extended" xml extended "extended,id" ; do echo "== $o"; ip netns exec r conntrack -L -o $o 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /; s/id=[0-9]+/id=ID/g; s/<timeout>[0-9]+</<timeout>T</; s/<id>[0-9]+</<id>ID</; s/-t [0-9]+/-t T/' | sort; done
  == save
  -A -t T -u UNSET -s 192.168.1.2 -d 203.0.113.2 -r 203.0.113.2 -n 203.0.113.1 -p udp --sport 1111 --dport 7777 --reply-port-src 7777 --reply-port-dst 4000
  -A -t T -u UNSET -w 7 -s 203.0.113.2 -d 203.0.113.1 -g 192.168.1.2 -q 203.0.113.2 -p udp --sport 2222 --dport 53 --reply-port-src 5353 --reply-port-dst 2222
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  == save,extended
  conntrack v1.4.7 (conntrack-tools): cannot combine save output with any other output type, use -o save only
  == xml
  </conntrack>
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>1111</sport><dport>7777</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>7777</sport><dport>4000</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>42</mark><use>1</use><id>ID</id><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.2</src><dst>203.0.113.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>2222</sport><dport>53</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>5353</sport><dport>2222</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>42</mark><zone>7</zone><use>1</use><id>ID</id><unreplied/></meta></flow>
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  == extended
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  ipv4     2 udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=42 use=1
  ipv4     2 udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=42 zone=7 use=1
  == extended,id
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  ipv4     2 udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=42 use=1 id=ID
  ipv4     2 udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=42 zone=7 use=1 id=ID
  $ ip netns exec r conntrack -L -o save --zone 7 2>&1 | sed -E 's/-t [0-9]+/-t T/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  -A -t T -u UNSET -w 7 -s 203.0.113.2 -d 203.0.113.1 -g 192.168.1.2 -q 203.0.113.2 -p udp --sport 2222 --dport 53 --reply-port-src 5353 --reply-port-dst 2222
  $ ip netns exec r conntrack -L -m 0x2a --src-nat 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=42 use=1
  $ ip netns exec r conntrack -D -o save -w 7 2>&1 | sed -E 's/-t [0-9]+/-t T/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  -D -t T -u UNSET -w 7 -s 203.0.113.2 -d 203.0.113.1 -g 192.168.1.2 -q 203.0.113.2 -p udp --sport 2222 --dport 53 --reply-port-src 5353 --reply-port-dst 2222
  $ ip netns exec r conntrack -U -p udp --src-nat -m 0x1 -o save 2>&1 | sed -E 's/-t [0-9]+/-t T/'
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
