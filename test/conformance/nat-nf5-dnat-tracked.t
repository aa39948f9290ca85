DNAT added while a UDP flow is already tracked: its packets keep their destination until the entry is deleted; then the rule applies.
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
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b addr add 203.0.113.3/32 dev b0
  $ ip netns exec b iptables -A INPUT -p udp -d 203.0.113.2
  $ ip netns exec b iptables -A INPUT -p udp -d 203.0.113.3
  $ ip netns exec a sh -c 'for i in 1 2; do echo x; sleep 0.2; done | nc -u -p 4000 -w 1 203.0.113.2 5000'
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r iptables -t nat -A PREROUTING -i r0 -p udp --dport 5000 -j DNAT --to-destination 203.0.113.3
  $ ip netns exec a sh -c 'echo y | nc -u -p 4000 -w 1 203.0.113.2 5000'
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       30            17   --  *      *       0.0.0.0/0            203.0.113.2         
         1       30            17   --  *      *       0.0.0.0/0            203.0.113.3         
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       30 DNAT       17   --  r0     *       0.0.0.0/0            0.0.0.0/0            udp dpt:5000 to:203.0.113.3
  $ ip netns exec r conntrack -D -p udp --orig-port-src 4000 2>&1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 29 src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=5000 [UNREPLIED] src=203.0.113.3 dst=192.168.1.2 sport=5000 dport=4000 mark=0 use=1
  $ ip netns exec a sh -c 'echo z | nc -u -p 4000 -w 1 203.0.113.2 5000'
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       30            17   --  *      *       0.0.0.0/0            203.0.113.2         
         2       60            17   --  *      *       0.0.0.0/0            203.0.113.3         
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2       60 DNAT       17   --  r0     *       0.0.0.0/0            0.0.0.0/0            udp dpt:5000 to:203.0.113.3
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=5000 [UNREPLIED] src=203.0.113.3 dst=192.168.1.2 sport=5000 dport=4000 mark=0 use=1
  $ ip netns exec r conntrack -L -p udp -o extended 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  ipv4     2 udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=5000 [UNREPLIED] src=203.0.113.3 dst=192.168.1.2 sport=5000 dport=4000 mark=0 use=1
  $ ip netns exec r conntrack -L -p udp -o xml 2>&1 | sed -E 's/<timeout>[0-9]+</<timeout>T</; s/<id>[0-9]+</<id>ID</'
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>192.168.1.2</src><dst>203.0.113.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>4000</sport><dport>5000</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>203.0.113.3</src><dst>192.168.1.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>5000</sport><dport>4000</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>ID</id><unreplied/></meta></flow>
  </conntrack>
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
