Macvlan siblings in one namespace with their lower device, all on one subnet: which of them answers a request from the outside for each address (the ARP flux: every bridge-mode sibling gets the broadcast) under arp_ignore 0/1/2, arp_filter and per-device settings, and the sender address a sibling's own request carries under arp_announce.
  $ for n in h c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add eth0 netns h address 02:00:00:00:00:10 type veth peer name c0 netns c address 02:00:00:00:00:20
  $ ip -n h link add link eth0 name mv1 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n h link add link eth0 name mv2 address 02:00:00:00:00:12 type macvlan mode private
  $ for d in eth0 mv1 mv2; do ip -n h link set $d up; done
  $ ip -n c link set c0 up
  $ ip -n h addr add 10.0.0.10/24 dev eth0
  $ ip -n h addr add 10.0.0.11/24 dev mv1
  $ ip -n h addr add 10.0.0.12/24 dev mv2
  $ ip -n c addr add 10.0.0.1/24 dev c0
  $ ip -n h -4 route show table main
  10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.10 
  10.0.0.0/24 dev mv1 proto kernel scope link src 10.0.0.11 
  10.0.0.0/24 dev mv2 proto kernel scope link src 10.0.0.12 
  $ a() { ip netns exec c arping -c 1 -w 1 -I c0 $1 | grep -o 'reply from.*]' | sort; }
  $ for t in 10.0.0.10 10.0.0.11 10.0.0.12; do echo $t; a $t; done
  10.0.0.10
  reply from 10.0.0.10 [02:00:00:00:00:10]
  10.0.0.11
  reply from 10.0.0.11 [02:00:00:00:00:10]
  10.0.0.12
  reply from 10.0.0.12 [02:00:00:00:00:10]
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=1
  $ for t in 10.0.0.10 10.0.0.11 10.0.0.12; do echo $t; a $t; done
  10.0.0.10
  reply from 10.0.0.10 [02:00:00:00:00:10]
  10.0.0.11
  reply from 10.0.0.11 [02:00:00:00:00:11]
  10.0.0.12
  reply from 10.0.0.12 [02:00:00:00:00:12]
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.all.arp_filter=1
  $ for t in 10.0.0.10 10.0.0.11 10.0.0.12; do echo $t; a $t; done
  10.0.0.10
  reply from 10.0.0.10 [02:00:00:00:00:10]
  10.0.0.11
  reply from 10.0.0.11 [02:00:00:00:00:10]
  10.0.0.12
  reply from 10.0.0.12 [02:00:00:00:00:10]
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_filter=0 net.ipv4.conf.mv1.arp_ignore=2 net.ipv4.conf.eth0.arp_ignore=1
  $ for t in 10.0.0.10 10.0.0.11 10.0.0.12; do echo $t; a $t; done
  10.0.0.10
  reply from 10.0.0.10 [02:00:00:00:00:10]
  10.0.0.11
  reply from 10.0.0.11 [02:00:00:00:00:12]
  10.0.0.12
  reply from 10.0.0.12 [02:00:00:00:00:12]
  $ ip -n c neigh show dev c0 | sort
  $ ip netns exec c tcpdump -l -n -t -i c0 arp and arp[6:2] == 1 > arps 2> /dev/null & sleep 0.5
  $ ip -n h neigh flush all; ip netns exec h ping -c 1 -W 1 -I 10.0.0.11 10.0.0.1 > /dev/null; echo rc=$?
  rc=0
  $ ip -n h neigh flush all; ip netns exec h sysctl -qw net.ipv4.conf.eth0.arp_announce=2; ip netns exec h ping -c 1 -W 1 -I 10.0.0.11 10.0.0.1 > /dev/null; echo rc=$?
  rc=0
  $ ip -n h neigh flush all; ip netns exec h ping -c 1 -W 1 -I mv2 10.0.0.1 > /dev/null; echo rc=$?
  rc=0
  $ sleep 0.5; kill %1; wait; cat arps
  ARP, Request who-has 10.0.0.1 tell 10.0.0.11, length 28
  ARP, Request who-has 10.0.0.1 tell 10.0.0.10, length 28
  ARP, Request who-has 10.0.0.1 tell 10.0.0.12, length 28
  $ ip -n h neigh show nud all | sort
  10.0.0.1 dev mv2 lladdr 02:00:00:00:00:20 REACHABLE 
