A VLAN trunk over VXLAN. Not recorded: the reference kernel lacks
CONFIG_BRIDGE_VLAN_FILTERING; the outputs follow validate_xmit_vlan() and
vxlan_xmit_one(). Two VLAN-filtering bridges, each with a vxlan port
carrying VLAN 10 tagged and a host port with PVID 10 untagged: the 802.1Q
tag the bridge keeps out of band goes into the inner frame on the vxlan
(vxlan has no VLAN offload), the far bridge takes it from there and
learns the host in VLAN 10. The vxlan counts the inner packets from their
network header on transmit (28 + 84), from after the inner Ethernet header,
tag included, on receive (32 + 88).
The lab is built with CONFIG_BRIDGE_VLAN_FILTERING:
tuxnet kconfig: CONFIG_BRIDGE_VLAN_FILTERING=y
  $ for n in a b h1 h2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add va netns a address 02:00:00:00:00:0a type veth peer name vb netns b address 02:00:00:00:00:0b
  $ ip -n a link set va up; ip -n b link set vb up
  $ ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns a address 02:00:00:00:90:01
  $ ip link add e0 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns b address 02:00:00:00:90:02
  $ for n in a b; do ip -n $n link add br0 type bridge vlan_filtering 1 mcast_snooping 0; ip -n $n link set br0 up; done
  $ ip -n a link add vx0 address 02:00:00:00:01:0a type vxlan id 10 dstport 4789 remote 10.0.0.2 dev va
  $ ip -n b link add vx0 address 02:00:00:00:01:0b type vxlan id 10 dstport 4789 remote 10.0.0.1 dev vb
  $ ip -n a link set vx0 master br0 up; ip -n b link set vx0 master br0 up
  $ ip -n a link set p1 master br0 up; ip -n b link set p2 master br0 up
  $ for n in a b; do bridge -n $n vlan add dev vx0 vid 10; bridge -n $n vlan del dev vx0 vid 1; done
  $ bridge -n a vlan add dev p1 vid 10 pvid untagged; bridge -n b vlan add dev p2 vid 10 pvid untagged
  $ ip -n h1 link set e0 up; ip -n h2 link set e0 up
  $ ip -n h1 addr add 192.168.10.1/24 dev e0; ip -n h2 addr add 192.168.10.2/24 dev e0
  $ ip netns exec h1 ping -c 1 192.168.10.2 | head -2
  PING 192.168.10.2 (192.168.10.2) 56(84) bytes of data.
  64 bytes from 192.168.10.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ bridge -n a fdb show dev vx0 | grep -v permanent
  02:00:00:00:00:02 vlan 10 master br0 
  02:00:00:00:00:02 dst 10.0.0.2 self 
  $ ip -n a -s link show vx0 | sed -n 4p
             120       2      0       0       0       0 
  $ ip -n a -s link show vx0 | sed -n 6p
             112       2      0       0       0       0 
