arp_notify: the gratuitous ARP sent when a device comes up (NETDEV_UP falls through to NETDEV_CHANGEADDR in inetdev_event) for each of its addresses, updating the peer's stale entry; without arp_notify a link up sends nothing; an address added later is not announced.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.11/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:99 dev b0 nud stale
  $ ip -n b neigh add 10.0.0.11 lladdr 02:00:00:00:0a:99 dev b0 nud stale
  $ ip -n a link set a0 down
  $ ip -n a link set a0 up
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:99 STALE 
  10.0.0.11 dev b0 lladdr 02:00:00:00:0a:99 STALE 
  $ ip netns exec a sysctl -w net.ipv4.conf.a0.arp_notify=1
  net.ipv4.conf.a0.arp_notify = 1
  $ ip -n a link set a0 down
  $ ip -n a link set a0 up
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  10.0.0.11 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip -n b neigh replace 10.0.0.1 lladdr 02:00:00:00:0a:99 dev b0 nud stale
  $ ip -n b neigh add 10.0.0.12 lladdr 02:00:00:00:0a:99 dev b0 nud stale
  $ ip -n a addr add 10.0.0.12/24 dev a0
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:99 STALE 
  10.0.0.11 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  10.0.0.12 dev b0 lladdr 02:00:00:00:0a:99 STALE 
  $ ip -n b link set b0 down
  $ ip -n b link set b0 up
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:99 dev b0 nud stale
  $ ip -n b neigh add 10.0.0.12 lladdr 02:00:00:00:0a:99 dev b0 nud stale
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:99 STALE 
  10.0.0.12 dev b0 lladdr 02:00:00:00:0a:99 STALE 
  $ ip netns exec a sysctl -w net.ipv4.conf.a0.arp_notify=0
  net.ipv4.conf.a0.arp_notify = 0
  $ ip netns exec a sysctl -w net.ipv4.conf.all.arp_notify=1
  net.ipv4.conf.all.arp_notify = 1
  $ ip -n a link set a0 down; ip -n a link set a0 up
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  10.0.0.12 dev b0 lladdr 02:00:00:00:0a:01 STALE 
