vxlan details: `nolearning` learns nothing (frames to unknown MACs are
flooded each time), learnt entries age out after `ageing` seconds, a
vxlan moved to another namespace keeps its sockets and routes in the
namespace it was created in (link-netns), and a remote that is a local
address skips the wire (vxlan_encap_bypass). The port must be free when
the device comes up. What tuxnet does not build is refused.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add va netns a address 02:00:00:00:00:0a type veth peer name vb netns b address 02:00:00:00:00:0b
  $ ip -n a link set va up; ip -n b link set vb up
  $ ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
  $ ip -n a link add vx0 address 02:00:00:00:01:0a type vxlan id 1 dstport 4789 remote 10.0.0.2 nolearning ageing 20
  $ ip -n b link add vx0 address 02:00:00:00:01:0b type vxlan id 1 dstport 4789 remote 10.0.0.1 ageing 20
  $ ip -n a link set vx0 up; ip -n b link set vx0 up
  $ ip -n a addr add 192.168.1.1/24 dev vx0; ip -n b addr add 192.168.1.2/24 dev vx0
  $ ip netns exec a ping -c 1 192.168.1.2 | head -2
  PING 192.168.1.2 (192.168.1.2) 56(84) bytes of data.
  64 bytes from 192.168.1.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ bridge -n a fdb show dev vx0
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  $ bridge -n b fdb show dev vx0
  02:00:00:00:01:0a dst 10.0.0.1 self 
  00:00:00:00:00:00 dst 10.0.0.1 self permanent
  $ sleep 31
  $ bridge -n b fdb show dev vx0
  00:00:00:00:00:00 dst 10.0.0.1 self permanent
  $ ip -n a link add vx5 address 02:00:00:00:05:0a type vxlan id 5 dstport 4789 remote 10.0.0.1
  $ ip -n a link add vx6 address 02:00:00:00:06:0b type vxlan id 5 dstport 4790 remote 10.0.0.1
  $ bridge -n a fdb append 00:00:00:00:00:00 dev vx5 dst 10.0.0.1 port 4790
  $ bridge -n a fdb del 00:00:00:00:00:00 dev vx5 dst 10.0.0.1
  $ ip -n a link set vx6 netns b
  $ ip -n b link show vx6
  5: vx6@if5: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:06:0b brd ff:ff:ff:ff:ff:ff link-netns a
  $ ip -n b -d link show vx6 | sed -n 3p | cut -d' ' -f1-12
      vxlan id 5 remote 10.0.0.1 srcport 0 0
  $ ip -n a link set vx5 up; ip -n b link set vx6 up
  $ ip -n a addr add 192.168.5.1/24 dev vx5; ip -n b addr add 192.168.5.2/24 dev vx6
  $ ip netns exec b tcpdump -n -i vb -c 1 udp > none.txt 2>/dev/null &
  $ ip netns exec a ping -c 2 -i 0.2 192.168.5.2 | head -3
  PING 192.168.5.2 (192.168.5.2) 56(84) bytes of data.
  
  --- 192.168.5.2 ping statistics ---
  $ bridge -n a fdb show dev vx5
  00:00:00:00:00:00 dst 10.0.0.1 port 4790 self permanent
  $ bridge -n b fdb show dev vx6
  02:00:00:00:05:0a dst 127.0.0.1 link-netnsid 0 self 
  00:00:00:00:00:00 dst 10.0.0.1 link-netnsid 0 self permanent
  $ ip -n a -s link show vx5 | sed -n 4p
               0       0      0       0       0       0 
  $ ip -n b -s link show vx6 | sed -n 4p
             126       3      0       0       0       0 
  $ cat none.txt
  $ ip netns exec b ss -uan | sort
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:4789      0.0.0.0:*          
  $ ip netns exec a ss -uan | sort
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:4789      0.0.0.0:*          
  UNCONN 0      0            0.0.0.0:4790      0.0.0.0:*          
  $ ip -n a link set vx5 down
  $ ip netns exec a ss -uan | sort
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:4789      0.0.0.0:*          
  UNCONN 0      0            0.0.0.0:4790      0.0.0.0:*          
  $ ip netns exec a nc -u -l 10.0.0.1 4789 2> nc.txt &
  $ sleep 0.5; cat nc.txt
  nc: Address already in use
  $ ip -n a link set vx5 up
  $ ip -n a link show vx5 | head -1
  4: vx5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
  $ ip -n a link set vx0 down
  $ ip -n a link set vx0 up
  $ ip -n a link show vx0 | head -1
  3: vx0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
