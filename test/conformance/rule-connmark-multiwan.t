Two uplinks on one router, the multi-WAN lab: connections entering on the second uplink are CONNMARKed, replies get the mark restored in PREROUTING and leave by the same uplink through ip rule fwmark (without it they go out the default uplink); outgoing pings alternate uplinks with statistic nth + MARK and are SNATed per uplink; counters on every side.
  $ for n in h1 r u1 u2 x; do ip netns add $n; done
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add w1 netns r address 02:00:00:00:01:02 type veth peer name i1 netns u1 address 02:00:00:00:0b:01
  $ ip link add w2 netns r address 02:00:00:00:01:03 type veth peer name i2 netns u2 address 02:00:00:00:0c:01
  $ ip link add o1 netns u1 address 02:00:00:00:0b:02 type veth peer name x1 netns x address 02:00:00:00:0d:01
  $ ip link add o2 netns u2 address 02:00:00:00:0c:02 type veth peer name x2 netns x address 02:00:00:00:0d:02
  $ for n in h1 r u1 u2 x; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n r link set r0 up; ip -n r link set w1 up; ip -n r link set w2 up
  $ ip -n u1 link set i1 up; ip -n u1 link set o1 up; ip -n u2 link set i2 up; ip -n u2 link set o2 up
  $ ip -n x link set x1 up; ip -n x link set x2 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 100.64.1.2/24 dev w1
  $ ip -n r addr add 100.64.2.2/24 dev w2
  $ ip -n u1 addr add 100.64.1.1/24 dev i1
  $ ip -n u2 addr add 100.64.2.1/24 dev i2
  $ ip -n u1 addr add 10.1.0.1/24 dev o1
  $ ip -n u2 addr add 10.2.0.1/24 dev o2
  $ ip -n x addr add 10.1.0.2/24 dev x1
  $ ip -n x addr add 10.2.0.2/24 dev x2
  $ ip -n h1 route add default via 192.168.1.1
  $ ip -n x route add 100.64.1.0/24 via 10.1.0.1
  $ ip -n x route add 100.64.2.0/24 via 10.2.0.1
  $ ip -n u1 route add default via 100.64.1.2
  $ ip -n u2 route add default via 100.64.2.2
  $ ip -n u1 route add 10.2.0.0/24 via 10.1.0.2
  $ ip -n u2 route add 10.1.0.0/24 via 10.2.0.2
  $ for n in r u1 u2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n r route add default via 100.64.1.1
  $ ip -n r route add default via 100.64.2.1 table 2
  $ ip -n r rule add fwmark 2 lookup 2 pref 100
  $ ip netns exec r iptables -t nat -A PREROUTING -i w2 -p tcp --dport 8080 -j DNAT --to-destination 192.168.1.2:80
  $ ip netns exec r iptables -t nat -A PREROUTING -i w1 -p tcp --dport 8080 -j DNAT --to-destination 192.168.1.2:80
  $ ip netns exec r iptables -t nat -A PREROUTING -i w2 -p icmp -j DNAT --to-destination 192.168.1.2
  $ ip netns exec r iptables -t nat -A POSTROUTING -o w1 -j MASQUERADE
  $ ip netns exec r iptables -t nat -A POSTROUTING -o w2 -j MASQUERADE
  $ ip netns exec h1 sh -c 'nc -l -k -p 80 > web.txt & sleep 0.2'
  $ echo one | ip netns exec x nc -N -w 1 100.64.1.2 8080; echo rc=$?
  rc=0
  $ ip netns exec x ping -c 1 -W 1 100.64.2.2 | sed -n 2p
  64 bytes from 100.64.2.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip netns exec r nstat -az IpExtInNoRoutes TcpExtIPReversePathFilter IpForwDatagrams
  #kernel
  IpForwDatagrams                 10                 0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInNoRoutes                 0                  0.0
  $ ip netns exec r iptables -t mangle -A PREROUTING -i w2 -m conntrack --ctstate NEW -j CONNMARK --set-mark 2
  $ ip netns exec r iptables -t mangle -A PREROUTING -i r0 -j CONNMARK --restore-mark
  $ echo three | ip netns exec x nc -N -w 1 100.64.2.2 8080; echo rc=$?
  rc=0
  $ ip netns exec x ping -c 1 -W 1 100.64.2.2 | sed -n 2p
  64 bytes from 100.64.2.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip netns exec r iptables -t mangle -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      144 CONNMARK   0    --  w2     *       0.0.0.0/0            0.0.0.0/0            ctstate NEW CONNMARK set 0x2
         4      248 CONNMARK   0    --  r0     *       0.0.0.0/0            0.0.0.0/0            CONNMARK restore
  $ ip netns exec r conntrack -L -p tcp 2>&1 | grep 'dport=8080' | sed -E 's/ +[0-9]+ [A-Z_]+ src=/ T S src=/; s/sport=[0-9]{5}/sport=P/g; s/dport=[0-9]{5}/dport=P/g' | sort
  tcp      6 T S src=10.1.0.2 dst=100.64.1.2 sport=P dport=8080 src=192.168.1.2 dst=10.1.0.2 sport=80 dport=P [ASSURED] mark=0 use=1
  tcp      6 T S src=10.2.0.2 dst=100.64.2.2 sport=P dport=8080 src=192.168.1.2 dst=10.2.0.2 sport=80 dport=P [ASSURED] mark=2 use=1
  $ sleep 0.3; ip netns exec h1 cat web.txt
  one
  three
  $ ip netns exec r iptables -t mangle -A PREROUTING -i r0 -p icmp -m conntrack --ctstate NEW -m statistic --mode nth --every 2 --packet 0 -j MARK --set-mark 2
  $ ip netns exec r iptables -t mangle -A PREROUTING -i r0 -p icmp -m conntrack --ctstate NEW -j CONNMARK --save-mark
  $ for i in 1 2 3 4; do ip netns exec h1 ping -c 1 -W 1 10.1.0.2 | sed -n 2p; done
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=62 time=* ms (glob)
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=62 time=* ms (glob)
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=62 time=* ms (glob)
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 6 flow entries have been shown.
  icmp     1 T src=10.2.0.2 dst=100.64.2.2 type=8 code=0 id=ID src=192.168.1.2 dst=10.2.0.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=10.2.0.2 dst=100.64.2.2 type=8 code=0 id=ID src=192.168.1.2 dst=10.2.0.2 type=0 code=0 id=ID mark=2 use=1
  icmp     1 T src=192.168.1.2 dst=10.1.0.2 type=8 code=0 id=ID src=10.1.0.2 dst=100.64.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=10.1.0.2 type=8 code=0 id=ID src=10.1.0.2 dst=100.64.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=10.1.0.2 type=8 code=0 id=ID src=10.1.0.2 dst=100.64.2.2 type=0 code=0 id=ID mark=2 use=1
  icmp     1 T src=192.168.1.2 dst=10.1.0.2 type=8 code=0 id=ID src=10.1.0.2 dst=100.64.2.2 type=0 code=0 id=ID mark=2 use=1
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 MASQUERADE  0    --  *      w1      0.0.0.0/0            0.0.0.0/0           
         2      168 MASQUERADE  0    --  *      w2      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec u1 nstat -az IpForwDatagrams
  #kernel
  IpForwDatagrams                 13                 0.0
  $ ip netns exec u2 nstat -az IpForwDatagrams
  #kernel
  IpForwDatagrams                 15                 0.0
  $ ip -n r route get 10.1.0.2 from 192.168.1.2 iif r0 mark 2
  10.1.0.2 from 192.168.1.2 via 100.64.2.1 dev w2 table 2 mark 2 
      cache iif r0 
  $ ip -n r route get 10.1.0.2 mark 2
  10.1.0.2 via 100.64.2.1 dev w2 table 2 src 100.64.2.2 mark 2 uid 0 
      cache 
