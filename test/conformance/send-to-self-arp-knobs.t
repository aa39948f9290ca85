Two NICs of one host on one wire (the send-to-self setup) seen from a third host: which NIC answers ARP for which address under arp_ignore 0/1/2/3/8, arp_filter with and without a route, scope host addresses, and the source arp_announce=2 picks.
  $ ip netns add h
  $ ip netns add o
  $ ip netns add wire
  $ ip -n wire link add hub type bridge
  $ ip -n wire link set hub up
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name p1 netns wire
  $ ip link add eth2 netns h address 02:00:00:00:00:e2 type veth peer name p2 netns wire
  $ ip link add eth0 netns o address 02:00:00:00:00:0f type veth peer name p0 netns wire
  $ for p in p0 p1 p2; do ip -n wire link set $p master hub up; done
  $ ip -n h link set lo up; ip -n h link set eth1 up; ip -n h link set eth2 up; ip -n o link set eth0 up
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.1.2/24 dev eth2
  $ ip -n o addr add 192.168.1.9/24 dev eth0
  $ ip netns exec o arping -c 1 -w 1 -I eth0 192.168.1.2 | sed -E 's/ [0-9.]+ms$//'
  ARPING 192.168.1.2 from 192.168.1.9 eth0
  Unicast reply from 192.168.1.2 [02:00:00:00:00:E2] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip -n h -s link show eth1 | sed -n 6p; ip -n h -s link show eth2 | sed -n 6p
             132       2      0       0       0       0 
             132       2      0       0       0       0 
  $ ip -n o neigh show | sort
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=1
  $ ip -n o neigh flush all
  $ ip netns exec o arping -c 1 -w 1 -I eth0 192.168.1.2 | sed -E 's/ [0-9.]+ms$//'
  ARPING 192.168.1.2 from 192.168.1.9 eth0
  Unicast reply from 192.168.1.2 [02:00:00:00:00:E2] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec o arping -c 1 -w 1 -I eth0 192.168.1.1 | sed -E 's/ [0-9.]+ms$//'
  ARPING 192.168.1.1 from 192.168.1.9 eth0
  Unicast reply from 192.168.1.1 [02:00:00:00:00:E1] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.eth1.arp_ignore=2
  $ ip -n h addr add 10.5.5.5/24 dev eth1
  $ ip netns exec o arping -c 1 -w 1 -I eth0 10.5.5.5 | sed -E 's/ [0-9.]+ms$//'
  ARPING 10.5.5.5 from 192.168.1.9 eth0
  Unicast reply from 10.5.5.5 [02:00:00:00:00:E2] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec o arping -c 1 -w 1 -I eth0 192.168.1.1 | sed -E 's/ [0-9.]+ms$//'
  ARPING 192.168.1.1 from 192.168.1.9 eth0
  Unicast reply from 192.168.1.1 [02:00:00:00:00:E2] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth1.arp_ignore=0 net.ipv4.conf.all.arp_filter=1
  $ ip netns exec o arping -c 1 -w 1 -I eth0 192.168.1.2 | sed -E 's/ [0-9.]+ms$//'
  ARPING 192.168.1.2 from 192.168.1.9 eth0
  Unicast reply from 192.168.1.2 [02:00:00:00:00:E1] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec o arping -c 1 -w 1 -I eth0 10.5.5.5 | sed -E 's/ [0-9.]+ms$//'
  ARPING 10.5.5.5 from 192.168.1.9 eth0
  Unicast reply from 10.5.5.5 [02:00:00:00:00:E1] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip -n h route add 10.5.5.0/24 dev eth2 metric 5
  $ ip netns exec o arping -c 1 -w 1 -I eth0 10.5.5.5 | sed -E 's/ [0-9.]+ms$//'
  ARPING 10.5.5.5 from 192.168.1.9 eth0
  Unicast reply from 10.5.5.5 [02:00:00:00:00:E1] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_filter=0 net.ipv4.conf.eth1.arp_ignore=8
  $ ip netns exec o arping -c 1 -w 1 -I eth0 192.168.1.1 | sed -E 's/ [0-9.]+ms$//'
  ARPING 192.168.1.1 from 192.168.1.9 eth0
  Unicast reply from 192.168.1.1 [02:00:00:00:00:E2] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth1.arp_ignore=0 net.ipv4.conf.eth2.arp_ignore=3
  $ ip netns exec o arping -c 1 -w 1 -I eth0 192.168.1.2 | sed -E 's/ [0-9.]+ms$//'
  ARPING 192.168.1.2 from 192.168.1.9 eth0
  Unicast reply from 192.168.1.2 [02:00:00:00:00:E2] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip -n h addr add 192.168.1.3/24 dev eth2 scope host
  Error: ipv4: Invalid scope value.
  [2]
  $ ip netns exec o arping -c 1 -w 1 -I eth0 192.168.1.3 | sed -E 's/ [0-9.]+ms$//'
  ARPING 192.168.1.3 from 192.168.1.9 eth0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.arp_ignore=0
  $ ip netns exec o arping -c 1 -w 1 -I eth0 192.168.1.3 | sed -E 's/ [0-9.]+ms$//'
  ARPING 192.168.1.3 from 192.168.1.9 eth0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n h neigh show | sort
  192.168.1.9 dev eth1 lladdr 02:00:00:00:00:0f STALE 
  192.168.1.9 dev eth2 lladdr 02:00:00:00:00:0f STALE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth1.arp_announce=2
  $ ip -n o neigh flush all; ip -n h neigh flush all
  $ ip netns exec o tcpdump -c 2 -l -n -e -i eth0 arp 2>/dev/null > arp.out & sleep 0.3
  $ ip netns exec h ping -c 1 -W 1 -I eth1 -I 10.5.5.5 192.168.1.9 | head -2
  PING 192.168.1.9 (192.168.1.9) from 10.5.5.5 eth1: 56(84) bytes of data.
  $ sleep 0.3; cat arp.out | sed -E 's/^[0-9:.]+ //'
  02:00:00:00:00:e1 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.1.9 tell 192.168.1.1, length 28
  02:00:00:00:00:0f > 02:00:00:00:00:e1, ethertype ARP (0x0806), length 42: Reply 192.168.1.9 is-at 02:00:00:00:00:0f, length 28
