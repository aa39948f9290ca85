A NOARP device's neighbours: entries made without ARP are NUD_NOARP (hidden by ip neigh show, seen with nud all), broadcast and multicast destinations on an ARP device too, and turning arp off or on flushes the dynamic entries (NETDEV_CHANGE with IFF_NOARP changed) but keeps permanent ones.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip -n h link set h0 up; ip -n x link set x0 up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n x addr add 10.0.0.2/24 dev x0
  $ ip netns exec h ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec h sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec h ping -b -c 1 -W 1 10.0.0.255 2>&1 | sed -n 1p
  WARNING: pinging broadcast address
  $ ip netns exec h ping -c 1 -W 1 224.0.0.1 | sed -n 1p
  ping: connect: Network is unreachable
  $ ip -n h neigh show | sort
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n h neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.255 dev h0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip -n h neigh show nud noarp | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.255 dev h0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip -n h neigh add 10.0.0.50 lladdr 02:00:00:00:00:50 dev h0
  $ ip -n h neigh add 10.0.0.51 lladdr 02:00:00:00:00:51 dev h0 nud noarp
  $ ip -n h neigh add 10.0.0.52 lladdr 02:00:00:00:00:52 dev h0 nud stale
  $ ip -n h link set h0 arp off
  $ ip -n h neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  $ ip netns exec h ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip -n h neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:01 NOARP 
  $ ip -n h neigh show | sort
  $ ip -n x neigh show | sort
  10.0.0.1 dev x0 lladdr 02:00:00:00:00:01 DELAY 
  $ ip -n h neigh add 10.0.0.53 lladdr 02:00:00:00:00:53 dev h0 nud reachable
  $ ip -n h neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:01 NOARP 
  10.0.0.53 dev h0 lladdr 02:00:00:00:00:53 REACHABLE 
  $ ip -n h neigh flush dev h0
  $ ip -n h neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:01 NOARP 
  $ ip -n h link set h0 arp on
  $ ip -n h neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  $ ip -n h link set h0 arp on
  $ ip -n h neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  $ ip netns exec h ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip -n h neigh show nud all | sed -E 's/ (REACHABLE|STALE|DELAY)$/ S/' | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n h link set h0 arp off
  $ ip -n h neigh flush all nud all
  $ ip -n h neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  $ ip -n h -s neigh show nud all | sort | sed -E 's/ used [0-9/]+//'
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 probes 0 NOARP 
