A macvlan lab: one host namespace with a physical-ish uplink (veth) into a switch (a bridge in another namespace) and two macvlan containers on that uplink in bridge mode; the containers talk to each other inside the macvlan, cannot reach the parent's own address directly, reach it through the switch when the parent has an address on a macvlan of its own; private and vepa modes change it; checked with pings, ip neigh, the switch's fdb, tcpdump on the switch port, and counters.
  $ for n in host c1 c2 sw ext; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n sw link add br0 address 02:00:00:00:00:fe type bridge; ip -n sw link set br0 up
  $ ip link add eth0 netns host address 02:00:00:00:00:01 type veth peer name p1 netns sw address 02:00:00:00:0f:01
  $ ip link add eth0 netns ext address 02:00:00:00:00:02 type veth peer name p2 netns sw address 02:00:00:00:0f:02
  $ ip -n sw link set p1 master br0 up; ip -n sw link set p2 master br0 up
  $ ip -n host link set eth0 up; ip -n host addr add 192.168.5.1/24 dev eth0
  $ ip -n ext link set eth0 up; ip -n ext addr add 192.168.5.100/24 dev eth0
  $ ip -n host link add mv1 link eth0 address 02:00:00:00:0c:01 type macvlan mode bridge
  $ ip -n host link add mv2 link eth0 address 02:00:00:00:0c:02 type macvlan mode bridge
  $ ip -n host link set mv1 netns c1; ip -n host link set mv2 netns c2
  $ ip -n c1 link set mv1 up; ip -n c1 addr add 192.168.5.11/24 dev mv1
  $ ip -n c2 link set mv2 up; ip -n c2 addr add 192.168.5.12/24 dev mv2
  $ ip -n c1 -d link show mv1 | sed -n 1,3p | sed -E 's/ (minmtu|numtxqueues).*//'
  3: mv1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0c:01 brd ff:ff:ff:ff:ff:ff link-netns host promiscuity 0  allmulti 0
      macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64
  $ ip netns exec c1 ping -c 1 -W 1 192.168.5.12 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.5.12: icmp_seq=1 ttl=64 
  $ ip netns exec c1 ping -c 1 -W 1 192.168.5.100 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.5.100: icmp_seq=1 ttl=64 
  $ ip netns exec c1 ping -c 1 -W 1 192.168.5.1 | tail -2 | head -1 | sed -E 's/, time.*//'; sleep 3
  1 packets transmitted, 0 received, 100% packet loss
  $ ip -n c1 neigh show | sort
  192.168.5.1 dev mv1 FAILED 
  192.168.5.100 dev mv1 lladdr 02:00:00:00:00:02 REACHABLE 
  192.168.5.12 dev mv1 lladdr 02:00:00:00:0c:02 REACHABLE 
  $ bridge -n sw fdb show br br0 | grep -v permanent | sort
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:0c:01 dev p1 master br0 
  $ ip -n host link add mvh link eth0 address 02:00:00:00:0c:ff type macvlan mode bridge
  $ ip -n host addr del 192.168.5.1/24 dev eth0; ip -n host addr add 192.168.5.1/24 dev mvh; ip -n host link set mvh up
  $ ip -n c1 neigh flush all
  $ ip netns exec c1 ping -c 1 -W 1 192.168.5.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.5.1: icmp_seq=1 ttl=64 
  $ ip -n c1 neigh show | sort
  192.168.5.1 dev mv1 lladdr 02:00:00:00:0c:ff REACHABLE 
  $ ip -n host link show type macvlan
  5: mvh@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0c:ff brd ff:ff:ff:ff:ff:ff
  $ ip -n c2 link set mv2 type macvlan mode private
  $ ip -n c2 -d link show mv2 | sed -n 3p | sed -E 's/ (minmtu|numtxqueues).*//'
      macvlan mode private bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64
  $ ip -n c2 neigh flush all; ip -n c1 neigh flush all
  $ ip netns exec c2 ping -c 1 -W 1 192.168.5.11 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec c2 ping -c 1 -W 1 192.168.5.100 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.5.100: icmp_seq=1 ttl=64 
  $ ip -n c2 link set mv2 type macvlan mode vepa; sleep 3; ip -n c2 neigh flush all
  $ ip netns exec sw tcpdump -nn -e -i p1 -c 2 icmp > dump 2>/dev/null &
  $ sleep 1; ip netns exec c2 ping -c 1 -W 1 192.168.5.11 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ kill $!; wait; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/' dump
  $ ip -n sw link set p1 type bridge_slave hairpin on; sleep 3; ip -n c2 neigh flush all
  $ ip netns exec c2 ping -c 1 -W 1 192.168.5.11 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.5.11: icmp_seq=1 ttl=64 
  $ ip -n c2 -s link show mv2 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             896      14      0       0       0       6 
      TX:  bytes packets errors dropped carrier collsns           
             812      14      0       0       0       0 
  $ ip -n host -s link show eth0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
            1344      24      0       0       0       0 
  $ bridge -n sw fdb show br br0 | grep -v permanent | sort
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:0c:01 dev p1 master br0 
  02:00:00:00:0c:02 dev p1 master br0 
  $ ip -n ext neigh show | sort
  192.168.5.11 dev eth0 lladdr 02:00:00:00:0c:01 REACHABLE 
  192.168.5.12 dev eth0 lladdr 02:00:00:00:0c:02 REACHABLE 
