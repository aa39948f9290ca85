A vxlan as a bridge port (a VTEP behind a Linux bridge): frames the bridge
floods or forwards to the vxlan port are encapsulated; the bridge learns
the remote MACs on the vxlan port while the vxlan learns their VTEP, so
`bridge fdb show dev vx0` lists the bridge's (master) entries and the
vxlan's own (self) ones. A host behind the bridge reaches the far side.
  $ for n in a b c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add va netns a address 02:00:00:00:00:0a type veth peer name vb netns b address 02:00:00:00:00:0b
  $ ip link add c0 netns c address 02:00:00:00:00:0c type veth peer name pc netns a address 02:00:00:00:90:0c
  $ ip -n a link set va up; ip -n b link set vb up
  $ ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
  $ ip -n a link add br0 address 02:00:00:00:99:01 type bridge mcast_snooping 0
  $ ip -n a link add vx0 address 02:00:00:00:01:0a type vxlan id 100 dstport 4789 remote 10.0.0.2 dev va
  $ ip -n a link set vx0 master br0 up
  $ ip -n a link set pc master br0 up
  $ ip -n a link set br0 up
  $ ip -n c link set c0 up
  $ ip -n c addr add 192.168.1.3/24 dev c0
  $ ip -n b link add vx0 address 02:00:00:00:01:0b type vxlan id 100 dstport 4789 remote 10.0.0.1 dev vb
  $ ip -n b link set vx0 up
  $ ip -n b addr add 192.168.1.2/24 dev vx0
  $ ip -n a link show vx0
  5: vx0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue master br0 state UNKNOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:0a brd ff:ff:ff:ff:ff:ff
  $ ip netns exec c ping -c 2 -i 0.2 192.168.1.2 | head -3
  PING 192.168.1.2 (192.168.1.2) 56(84) bytes of data.
  64 bytes from 192.168.1.2: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 192.168.1.2: icmp_seq=2 ttl=64 time=* ms (glob)
  $ bridge -n a fdb show dev vx0
  02:00:00:00:01:0b master br0 
  02:00:00:00:01:0a master br0 permanent
  02:00:00:00:01:0b dst 10.0.0.2 self 
  00:00:00:00:00:00 dst 10.0.0.2 via va self permanent
  $ bridge -n a fdb show br br0 | grep -v permanent
  02:00:00:00:00:0c dev pc master br0 
  02:00:00:00:01:0b dev vx0 master br0 
  02:00:00:00:01:0b dev vx0 dst 10.0.0.2 self 
  $ bridge -n b fdb show dev vx0
  02:00:00:00:00:0c dst 10.0.0.1 self 
  00:00:00:00:00:00 dst 10.0.0.1 via vb self permanent
  $ ip -n a -s link show vx0 | sed -n 4p
             196       3      0       0       0       0 
  $ ip -n a -s link show vx0 | sed -n 6p
             196       3      0       0       0       0 
  $ ip -n a addr add 192.168.1.1/24 dev br0
  $ ip netns exec a ping -c 1 192.168.1.2 | head -2
  PING 192.168.1.2 (192.168.1.2) 56(84) bytes of data.
  64 bytes from 192.168.1.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ bridge -n b fdb show dev vx0
  02:00:00:00:99:01 dst 10.0.0.1 self 
  02:00:00:00:00:0c dst 10.0.0.1 self 
  00:00:00:00:00:00 dst 10.0.0.1 via vb self permanent
  $ ip -n a link set vx0 nomaster
  $ bridge -n a fdb show dev vx0
  02:00:00:00:01:0b dst 10.0.0.2 self 
  00:00:00:00:00:00 dst 10.0.0.2 via va self permanent
  $ ip -n a link del vx0
  $ bridge -n a fdb show br br0 | grep -v permanent
  02:00:00:00:00:0c dev pc master br0 
