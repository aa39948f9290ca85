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
  $ ip -n r route add default via 100.64.1.1
  $ for n in r u1 u2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n u2 route add 10.1.0.0/24 via 10.2.0.2
  $ ip -n r route add default via 100.64.2.1 table 2
  $ ip -n r rule add fwmark 2 lookup 2 pref 100
  $ ip netns exec r iptables -t mangle -A OUTPUT -p icmp -d 10.1.0.2 -j MARK --set-mark 2
  $ ip -n r route get 10.1.0.2
  10.1.0.2 via 100.64.1.1 dev w1 src 100.64.1.2 uid 0 
      cache 
  $ ip -n r route get 10.1.0.2 mark 2
  10.1.0.2 via 100.64.2.1 dev w2 table 2 src 100.64.2.2 mark 2 uid 0 
      cache 
  $ ip netns exec r ping -c 1 -W 1 10.1.0.2 | sed -n 2p
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec u1 nstat -az IpForwDatagrams
  #kernel
  IpForwDatagrams                 1                  0.0
  $ ip netns exec u2 nstat -az IpForwDatagrams
  #kernel
  IpForwDatagrams                 1                  0.0
  $ ip netns exec r iptables -t nat -A POSTROUTING -o w2 -j MASQUERADE
  $ ip netns exec r ping -c 1 -W 1 10.1.0.2 | sed -n 2p
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=100.64.1.2 dst=10.1.0.2 type=8 code=0 id=ID src=10.1.0.2 dst=100.64.2.2 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r ping -c 1 -W 1 -I 100.64.2.2 10.1.0.2 | sed -n 2p
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r iptables -t mangle -L OUTPUT -v -n -x | tail -1
         3      252 MARK       1    --  *      *       0.0.0.0/0            10.1.0.2             MARK set 0x2
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n -x | tail -1
         2      168 MASQUERADE  0    --  *      w2      0.0.0.0/0            0.0.0.0/0           
