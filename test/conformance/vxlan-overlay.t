Two hosts joined by a veth, a VXLAN (VNI 42, port 4789) on each with the
other as remote: ARP and ping cross the overlay inside UDP (tcpdump of the
outer frames, with the inner frame on the next line), each side learns the
other's inner MAC behind the outer source IP (`bridge fdb`), and the vxlan
counters count the inner packets without their Ethernet header. The UDP
source port comes from a hash of the inner flow: the same both ways.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add va netns a address 02:00:00:00:00:0a type veth peer name vb netns b address 02:00:00:00:00:0b
  $ ip -n a link set va up
  $ ip -n b link set vb up
  $ ip -n a addr add 10.0.0.1/24 dev va
  $ ip -n b addr add 10.0.0.2/24 dev vb
  $ ip -n a link add vx0 address 02:00:00:00:01:0a type vxlan id 42 dstport 4789 local 10.0.0.1 remote 10.0.0.2 dev va
  $ ip -n b link add vx0 address 02:00:00:00:01:0b type vxlan id 42 dstport 4789 remote 10.0.0.1
  $ ip -n a link set vx0 up
  $ ip -n b link set vx0 up
  $ ip -n a addr add 192.168.0.1/24 dev vx0
  $ ip -n b addr add 192.168.0.2/24 dev vx0
  $ ip -n a link show vx0
  3: vx0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:0a brd ff:ff:ff:ff:ff:ff
  $ ip -n b -d link show vx0 | sed -n 3p | cut -d' ' -f1-12
      vxlan id 42 remote 10.0.0.1 srcport 0 0
  $ bridge -n a fdb show dev vx0
  00:00:00:00:00:00 dst 10.0.0.2 via va self permanent
  $ ip netns exec b tcpdump -t -e -n -i vb -c 6 > out.txt 2>/dev/null &
  $ sleep 1
  $ ip netns exec a ping -c 2 -i 0.2 192.168.0.2
  PING 192.168.0.2 (192.168.0.2) 56(84) bytes of data.
  64 bytes from 192.168.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 192.168.0.2: icmp_seq=2 ttl=64 time=* ms (glob)
  
  --- 192.168.0.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ sleep 1; cat out.txt
  02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:00:0b, length 28
  02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 92: 10.0.0.1.* > 10.0.0.2.4789: VXLAN, flags \[I\] (0x08), vni 42 (glob)
  02:00:00:00:01:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.0.2 tell 192.168.0.1, length 28
  02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 92: 10.0.0.2.* > 10.0.0.1.4789: VXLAN, flags \[I\] (0x08), vni 42 (glob)
  02:00:00:00:01:0b > 02:00:00:00:01:0a, ethertype ARP (0x0806), length 42: Reply 192.168.0.2 is-at 02:00:00:00:01:0b, length 28
  02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 148: 10.0.0.1.* > 10.0.0.2.4789: VXLAN, flags \[I\] (0x08), vni 42 (glob)
  02:00:00:00:01:0a > 02:00:00:00:01:0b, ethertype IPv4 (0x0800), length 98: 192.168.0.1 > 192.168.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 148: 10.0.0.2.* > 10.0.0.1.4789: VXLAN, flags \[I\] (0x08), vni 42 (glob)
  02:00:00:00:01:0b > 02:00:00:00:01:0a, ethertype IPv4 (0x0800), length 98: 192.168.0.2 > 192.168.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  $ sed -n 3p out.txt | cut -d' ' -f10 | sed -E 's/.*\.//' > p1; sed -n 5p out.txt | cut -d' ' -f10 | sed -E 's/.*\.//' > p2
  $ test "$(cat p1)" = "$(cat p2)" && echo same source port both ways
  same source port both ways
  $ bridge -n a fdb show dev vx0
  02:00:00:00:01:0b dst 10.0.0.2 self 
  00:00:00:00:00:00 dst 10.0.0.2 via va self permanent
  $ bridge -n b fdb show
  33:33:00:00:00:01 dev vb self permanent
  01:00:5e:00:00:01 dev vb self permanent
  02:00:00:00:01:0a dev vx0 dst 10.0.0.1 self 
  00:00:00:00:00:00 dev vx0 dst 10.0.0.1 self permanent
  $ bridge -n b -j fdb show dev vx0
  [{"mac":"02:00:00:00:01:0a","dst":"10.0.0.1","flags":["self"],"state":""},{"mac":"00:00:00:00:00:00","dst":"10.0.0.1","flags":["self"],"state":"permanent"}]
  $ ip -n a -s link show vx0
  3: vx0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:0a brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             196       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             196       3      0       0       0       0 
  $ ip -n b -s link show vx0
  3: vx0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:0b brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             196       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             196       3      0       0       0       0 
  $ ip -n a -s link show va
  2: va@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0a brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
             430       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             430       4      0       0       0       0 
  $ ip -n a neigh show dev vx0
  192.168.0.2 lladdr 02:00:00:00:01:0b REACHABLE 
  $ ip netns exec b tcpdump -t -v -e -n -i vb -c 2 > out2.txt 2>/dev/null &
  $ sleep 1
  $ ip netns exec a ping -c 1 -M dont 192.168.0.2 > /dev/null
  $ sleep 1; cat out2.txt
  02:00:00:00:00:0a > 02:00:00:00:00:0b, ethertype IPv4 (0x0800), length 148: (tos 0x0, ttl 64, id *, offset 0, flags \[none\], proto UDP (17), length 134) (glob)
      10.0.0.1.* > 10.0.0.2.4789: VXLAN, flags \[I\] (0x08), vni 42 (glob)
  02:00:00:00:01:0a > 02:00:00:00:01:0b, ethertype IPv4 (0x0800), length 98: (tos 0x0, ttl 64, id *, offset 0, flags \[none\], proto ICMP (1), length 84) (glob)
      192.168.0.1 > 192.168.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  02:00:00:00:00:0b > 02:00:00:00:00:0a, ethertype IPv4 (0x0800), length 148: (tos 0x0, ttl 64, id *, offset 0, flags \[none\], proto UDP (17), length 134) (glob)
      10.0.0.2.* > 10.0.0.1.4789: VXLAN, flags \[I\] (0x08), vni 42 (glob)
  02:00:00:00:01:0b > 02:00:00:00:01:0a, ethertype IPv4 (0x0800), length 98: (tos 0x0, ttl 64, id *, offset 0, flags \[none\], proto ICMP (1), length 84) (glob)
      192.168.0.2 > 192.168.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  $ ip -n b link set vx0 down
  $ ip netns exec a ping -c 1 -W 1 192.168.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b link set vx0 up
  $ bridge -n b fdb show dev vx0
  00:00:00:00:00:00 dst 10.0.0.1 self permanent
  $ ip netns exec a ping -c 1 -W 1 192.168.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n b fdb show dev vx0
  02:00:00:00:01:0a dst 10.0.0.1 self 
  00:00:00:00:00:00 dst 10.0.0.1 self permanent
