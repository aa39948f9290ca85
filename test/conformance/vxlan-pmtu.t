A vxlan without a lower device keeps the 1500 MTU: a 1500-byte inner packet
does not fit the underlay with the 50 bytes of encapsulation. It still goes,
the outer datagram fragmented (tcpdump decodes the first fragment's VXLAN
header and the truncated inner packet), and its route learns a path MTU
of 1450 (skb_tunnel_check_pmtu), so the next packets with DF fail locally.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add va netns a address 02:00:00:00:00:0a type veth peer name vb netns b address 02:00:00:00:00:0b
  $ ip -n a link set va up; ip -n b link set vb up
  $ ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
  $ ip -n a link add vx0 address 02:00:00:00:01:0a type vxlan id 1 dstport 4789 remote 10.0.0.2
  $ ip -n b link add vx0 address 02:00:00:00:01:0b type vxlan id 1 dstport 4789 remote 10.0.0.1
  $ ip -n a link set vx0 up; ip -n b link set vx0 up
  $ ip -n a addr add 192.168.1.1/24 dev vx0; ip -n b addr add 192.168.1.2/24 dev vx0
  $ ip netns exec a ping -c 1 192.168.1.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b tcpdump -t -n -v -i vb -c 3 udp > o.txt 2>/dev/null &
  $ sleep 1
  $ ip netns exec a ping -c 1 -s 1472 -M dont 192.168.1.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ sleep 1; cat o.txt
  IP (tos 0x0, ttl 64, id *, offset 0, flags \[+\], proto UDP (17), length 1500) (glob)
      10.0.0.1.* > 10.0.0.2.4789: VXLAN, flags \[I\] (0x08), vni 1 (glob)
  IP truncated-ip - 50 bytes missing! (tos 0x0, ttl 64, id *, offset 0, flags \[none\], proto ICMP (1), length 1500) (glob)
      192.168.1.1 > 192.168.1.2: ICMP echo request, id *, seq 1, length 1480 (glob)
  IP (tos 0x0, ttl 64, id *, offset 1480, flags \[none\], proto UDP (17), length 70) (glob)
      10.0.0.1 > 10.0.0.2: ip-proto-17
  IP (tos 0x0, ttl 64, id *, offset 0, flags \[+\], proto UDP (17), length 1500) (glob)
      10.0.0.2.* > 10.0.0.1.4789: VXLAN, flags \[I\] (0x08), vni 1 (glob)
  IP truncated-ip - 50 bytes missing! (tos 0x0, ttl 64, id *, offset 0, flags \[none\], proto ICMP (1), length 1500) (glob)
      192.168.1.2 > 192.168.1.1: ICMP echo reply, id *, seq 1, length 1480 (glob)
  $ ip netns exec a ping -c 2 -s 1472 -M do 192.168.1.2
  PING 192.168.1.2 (192.168.1.2) 1472(1500) bytes of data.
  ping: local error: message too long, mtu=1450
  ping: local error: message too long, mtu=1450
  
  --- 192.168.1.2 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a route get 192.168.1.2
  192.168.1.2 dev vx0 src 192.168.1.1 uid 0 
      cache expires *sec mtu 1450  (glob)
  $ ip -n a -s link show vx0
  3: vx0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:0a brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
            1612       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1612       3      0       0       0       0 
  $ ip -n a -s link show va
  2: va@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0a brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
            1880       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1880       5      0       0       0       0 
