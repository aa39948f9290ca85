A lab without subnetting on the hosts: two hosts believe they share 10.20.0.0/16 but sit on two links of a router that answers ARP for each (proxy_arp on its interfaces, /32 host routes); then a NOARP link with static neighbours; checked with arping, ip neigh (permanent, noarp), arp -n, ip -s link and nstat after each change.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns a address 02:00:00:00:00:0a type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name eth0 netns b address 02:00:00:00:00:0b
  $ ip -n a link set eth0 up; ip -n b link set eth0 up; ip -n r link set ra up; ip -n r link set rb up
  $ ip -n a addr add 10.20.1.10/16 dev eth0; ip -n b addr add 10.20.2.20/16 dev eth0
  $ ip -n r addr add 10.20.255.1/32 dev ra; ip -n r addr add 10.20.255.1/32 dev rb
  $ ip -n r route add 10.20.1.10/32 dev ra; ip -n r route add 10.20.2.20/32 dev rb
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a arping -c 1 -w 1 -I eth0 10.20.2.20 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec r sysctl -w net.ipv4.conf.ra.proxy_arp=1 net.ipv4.conf.rb.proxy_arp=1 net.ipv4.neigh.ra.proxy_delay=0 net.ipv4.neigh.rb.proxy_delay=0
  net.ipv4.conf.ra.proxy_arp = 1
  net.ipv4.conf.rb.proxy_arp = 1
  net.ipv4.neigh.ra.proxy_delay = 0
  net.ipv4.neigh.rb.proxy_delay = 0
  $ ip netns exec a arping -c 1 -w 1 -I eth0 10.20.2.20 | sed -E 's/ +[0-9.]+ms$//'
  ARPING 10.20.2.20 from 10.20.1.10 eth0
  Unicast reply from 10.20.2.20 [02:00:00:00:01:0A]
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a ping -c 1 -W 1 10.20.2.20 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.20.2.20: icmp_seq=1 ttl=63 
  $ ip -n a neigh show | sort
  10.20.2.20 dev eth0 lladdr 02:00:00:00:01:0a REACHABLE 
  $ ip -n b neigh show | sort
  10.20.1.10 dev eth0 lladdr 02:00:00:00:01:0b REACHABLE 
  10.20.255.1 dev eth0 lladdr 02:00:00:00:01:0b STALE 
  $ ip -n r neigh show | sort
  10.20.1.10 dev ra lladdr 02:00:00:00:00:0a DELAY 
  10.20.2.20 dev rb lladdr 02:00:00:00:00:0b REACHABLE 
  $ ip netns exec a arp -n
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.20.2.20               ether   02:00:00:00:01:0a   C                     eth0
  $ ip netns exec a arping -c 1 -w 1 -I eth0 10.20.1.99 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n r route add 10.20.1.99/32 dev ra
  $ ip netns exec b arping -c 1 -w 1 -I eth0 10.20.1.99 | sed -E 's/ +[0-9.]+ms$//'
  ARPING 10.20.1.99 from 10.20.2.20 eth0
  Unicast reply from 10.20.1.99 [02:00:00:00:01:0B]
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 1 -w 1 -I eth0 10.20.1.99 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec r nstat -az IpForwDatagrams IcmpOutRedirects | sed 1d
  IpForwDatagrams                 2                  0.0
  IcmpOutRedirects                0                  0.0
  $ ip -n a link set eth0 arp off; ip -n r link set ra arp off
  $ ip -n a link show eth0 | head -1
  2: eth0@if2: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip -n a neigh flush all; ip -n r neigh flush dev ra
  $ ip netns exec a ping -c 1 -W 1 10.20.2.20 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip -n a neigh show | sort
  $ ip -n a neigh add 10.20.2.20 lladdr 02:00:00:00:01:0a dev eth0; ip -n a neigh replace 10.20.2.20 lladdr 02:00:00:00:01:0a dev eth0 nud permanent
  RTNETLINK answers: File exists
  $ ip -n r neigh add 10.20.1.10 lladdr 02:00:00:00:00:0a dev ra nud permanent
  $ ip netns exec a ping -c 1 -W 1 10.20.2.20 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.20.2.20: icmp_seq=1 ttl=63 
  $ ip -n a neigh show | sort
  10.20.2.20 dev eth0 lladdr 02:00:00:00:01:0a PERMANENT 
  $ ip -n r neigh show dev ra
  10.20.1.10 lladdr 02:00:00:00:00:0a PERMANENT 
  $ ip netns exec a arp -n
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.20.2.20               ether   02:00:00:00:01:0a   CM                    eth0
  $ ip -n a link set eth0 arp on
  $ ip -n a neigh show | sort
  $ ip -n r -s link show ra | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             504       8      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             280       4      0       0       0       0 
