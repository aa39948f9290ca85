The send-to-self recipe's ARP on the wire: the two NICs resolve each other with the rules in place; arp_ignore=1 still answers, arp_ignore=2 (sender not in the NIC's subnet) leaves the neighbour INCOMPLETE, arp_filter=1 answers because arp_filter's output route lookup comes from lo and so matches the 'iif lo' rules; accept_local and rp_filter on the receiving NIC.
  $ ip netns add h
  $ ip netns add wire
  $ ip -n wire link add hub type bridge
  $ ip -n wire link set hub up
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name p1 netns wire
  $ ip link add eth2 netns h address 02:00:00:00:00:e2 type veth peer name p2 netns wire
  $ ip -n wire link set p1 master hub up
  $ ip -n wire link set p2 master hub up
  $ ip -n h link set lo up; ip -n h link set eth1 up; ip -n h link set eth2 up
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip -n h rule add pref 1000 lookup local
  $ ip -n h rule del pref 0
  $ ip -n h rule add pref 100 iif lo to 192.168.2.2 lookup 100
  $ ip -n h route add 192.168.2.2 dev eth1 table 100
  $ ip -n h rule add pref 101 iif lo to 192.168.1.1 lookup 101
  $ ip -n h route add 192.168.1.1 dev eth2 table 101
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_local=1
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.2.2: icmp_seq=1 ttl=64 
  $ ip -n h neigh show | sort
  192.168.1.1 dev eth2 lladdr 02:00:00:00:00:e1 DELAY 
  192.168.2.2 dev eth1 lladdr 02:00:00:00:00:e2 REACHABLE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
  $ ip -n h neigh flush all
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.2.2: icmp_seq=1 ttl=64 
  $ ip -n h neigh show | sort
  192.168.1.1 dev eth2 lladdr 02:00:00:00:00:e1 DELAY 
  192.168.2.2 dev eth1 lladdr 02:00:00:00:00:e2 REACHABLE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=2
  $ ip -n h neigh flush all
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | sed -n 2,3p | sed -E 's/time=.*//'
  
  --- 192.168.2.2 ping statistics ---
  $ ip -n h neigh show | sort
  192.168.2.2 dev eth1 INCOMPLETE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.all.arp_filter=1
  $ ip -n h neigh flush all
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | sed -n 2,3p | sed -E 's/time=.*//'
  64 bytes from 192.168.2.2: icmp_seq=1 ttl=64 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_local=0
  $ ip -n h neigh flush all
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | sed -n 2,3p | sed -E 's/time=.*//'
  64 bytes from 192.168.2.2: icmp_seq=1 ttl=64 
  $ ip netns exec h nstat -az IpInAddrErrors IpInMartians TcpExtIPReversePathFilter IpExtInNoRoutes
  #kernel
  IpInAddrErrors                  0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInNoRoutes                 0                  0.0
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.accept_local=1 net.ipv4.conf.eth2.rp_filter=1
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | sed -n 2,3p | sed -E 's/time=.*//'
  64 bytes from 192.168.2.2: icmp_seq=1 ttl=64 
  $ ip netns exec h nstat -az IpInAddrErrors TcpExtIPReversePathFilter
  #kernel
  IpInAddrErrors                  0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
