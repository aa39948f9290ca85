A teacher's first lab: a router between two LANs, LAN 1 a bridge in its own namespace with three hosts, LAN 2 one server on a veth; checked after each step: addresses and routes, ARP through the bridge, forwarding off then on, TTL, the bridge's learned MACs, counters and the neighbour tables read after the traffic.
  $ for n in h1 h2 h3 sw r srv; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n sw link add br0 address 02:00:00:00:00:fe type bridge
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add eth0 netns h$i address 02:00:00:00:01:0$i type veth peer name p$i netns sw address 02:00:00:00:0f:0$i; done
  $ ip link add eth0 netns r address 02:00:00:00:01:fe type veth peer name p4 netns sw address 02:00:00:00:0f:04
  $ ip link add eth1 netns r address 02:00:00:00:02:fe type veth peer name eth0 netns srv address 02:00:00:00:02:01
  $ for p in p1 p2 p3 p4; do ip -n sw link set $p master br0 up; done
  $ ip -n sw link show master br0 | grep -c 'master br0'
  4
  $ for i in 1 2 3; do ip -n h$i addr add 192.168.1.1$i/24 dev eth0; ip -n h$i link set eth0 up; ip -n h$i route add default via 192.168.1.1; done
  $ ip -n r addr add 192.168.1.1/24 dev eth0; ip -n r addr add 10.0.2.1/24 dev eth1
  $ ip -n r link set eth0 up; ip -n r link set eth1 up
  $ ip -n srv addr add 10.0.2.10/24 dev eth0; ip -n srv link set eth0 up
  $ ip -n r -br addr show
  lo               UNKNOWN        127.0.0.1/8 
  eth0@if6         UP             192.168.1.1/24 
  eth1@if2         UP             10.0.2.1/24 
  $ ip -n h1 route show
  default via 192.168.1.1 dev eth0 
  192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.11 
  $ ip netns exec h1 ping -c 1 -W 1 192.168.1.12 | grep -E 'bytes from|transmitted' | sed -E 's/time=.*//; s/, time.*//'
  64 bytes from 192.168.1.12: icmp_seq=1 ttl=64 
  1 packets transmitted, 1 received, 0% packet loss
  $ ip netns exec h1 ping -c 1 -W 1 10.0.2.10 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip -n srv route add default via 10.0.2.1
  $ ip netns exec h1 ping -c 1 -W 1 10.0.2.10 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec r sysctl net.ipv4.ip_forward
  net.ipv4.ip_forward = 0
  $ ip netns exec r sysctl -w net.ipv4.ip_forward=1
  net.ipv4.ip_forward = 1
  $ ip netns exec h1 ping -c 2 -i 0.2 10.0.2.10 | sed -E 's/time=.*//; s/, time.*//; /rtt/d'
  PING 10.0.2.10 (10.0.2.10) 56(84) bytes of data.
  64 bytes from 10.0.2.10: icmp_seq=1 ttl=63 
  64 bytes from 10.0.2.10: icmp_seq=2 ttl=63 
  
  --- 10.0.2.10 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss
  $ ip netns exec h2 ping -c 1 -W 1 10.0.2.10 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.10: icmp_seq=1 ttl=63 
  $ ip netns exec h3 ping -c 1 -t 1 -W 1 10.0.2.10 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec srv ping -c 1 -W 1 192.168.1.13 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.1.13: icmp_seq=1 ttl=63 
  $ ip -n sw -br link show type bridge
  br0              UP             02:00:00:00:00:fe <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n sw fdb show br br0 | grep -v permanent | sort
  02:00:00:00:01:01 dev p1 master br0 
  02:00:00:00:01:02 dev p2 master br0 
  02:00:00:00:01:03 dev p3 master br0 
  02:00:00:00:01:fe dev p4 master br0 
  $ ip -n r neigh show | sort
  10.0.2.10 dev eth1 lladdr 02:00:00:00:02:01 REACHABLE 
  192.168.1.11 dev eth0 lladdr 02:00:00:00:01:01 DELAY 
  192.168.1.12 dev eth0 lladdr 02:00:00:00:01:02 DELAY 
  192.168.1.13 dev eth0 lladdr 02:00:00:00:01:03 DELAY 
  $ ip -n h1 neigh show | sort
  192.168.1.1 dev eth0 lladdr 02:00:00:00:01:fe REACHABLE 
  192.168.1.12 dev eth0 lladdr 02:00:00:00:01:02 REACHABLE 
  $ ip -n srv neigh show | sort
  10.0.2.1 dev eth0 lladdr 02:00:00:00:02:fe DELAY 
  $ ip netns exec r nstat -az IpForwDatagrams IpInReceives IpOutRequests IcmpOutTimeExcds IcmpOutMsgs IcmpInEchoReps
  #kernel
  IpInReceives                    12                 0.0
  IpForwDatagrams                 8                  0.0
  IpOutRequests                   1                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip -n r -s link show eth1
  3: eth1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:02:fe brd ff:ff:ff:ff:ff:ff link-netns srv
      RX:  bytes packets errors dropped  missed   mcast           
             434       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             434       5      0       0       0       0 
  $ ip -n r route get 192.168.1.12
  192.168.1.12 dev eth0 src 192.168.1.1 uid 0 
      cache 
  $ ip -n r route get 10.0.2.10 from 192.168.1.11 iif eth0
  10.0.2.10 from 192.168.1.11 dev eth1 
      cache iif eth0 
  $ ip -n sw link set p2 down
  $ ip netns exec h2 ping -c 1 -W 1 10.0.2.10 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip -n h2 link show eth0 | head -1
  2: eth0@if4: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
  $ bridge -n sw link show | sort
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST> mtu 1500 master br0 state disabled priority 32 cost 2 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  6: p4@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
