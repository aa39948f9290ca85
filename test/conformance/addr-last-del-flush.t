Deleting a device's last IPv4 address disables IP on it (fib_inetaddr_event NETDEV_DOWN with an empty list -> fib_disable_ip): routes through it, static ones included, and its ARP entries (permanent too) go, while deleting one of two addresses keeps them; the same for the link going down and for ip addr flush.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip link add h1 netns h address 02:00:00:00:00:03 type veth peer name x1 netns x address 02:00:00:00:00:04
  $ ip -n h link set h0 up; ip -n h link set h1 up; ip -n x link set x0 up; ip -n x link set x1 up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n h addr add 10.0.1.1/24 dev h0; ip -n h addr add 10.0.2.1/24 dev h1
  $ ip -n h route add 192.168.0.0/24 via 10.0.0.2
  $ ip -n h route add 192.168.1.0/24 dev h0
  $ ip -n h route add 192.168.2.0/24 via 10.0.2.2
  $ ip -n h route add 192.168.3.0/24 dev h0 table 100
  $ ip -n h neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev h0 nud permanent
  $ ip -n h neigh add 10.0.1.7 lladdr 02:00:00:00:00:17 dev h0 nud stale
  $ ip -n h neigh add 10.9.9.9 lladdr 02:00:00:00:00:99 dev h0 nud permanent
  $ ip -n h addr del 10.0.0.1/24 dev h0
  $ ip -n h route show table all type unicast
  192.168.3.0/24 dev h0 table 100 scope link 
  10.0.1.0/24 dev h0 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev h1 proto kernel scope link src 10.0.2.1 
  192.168.0.0/24 via 10.0.0.2 dev h0 
  192.168.1.0/24 dev h0 scope link 
  192.168.2.0/24 via 10.0.2.2 dev h1 
  $ ip -n h neigh show | sort
  10.0.0.7 dev h0 lladdr 02:00:00:00:00:07 PERMANENT 
  10.0.1.7 dev h0 lladdr 02:00:00:00:00:17 STALE 
  10.9.9.9 dev h0 lladdr 02:00:00:00:00:99 PERMANENT 
  $ ip -n h addr del 10.0.1.1/24 dev h0
  $ ip -n h route show table all type unicast
  10.0.2.0/24 dev h1 proto kernel scope link src 10.0.2.1 
  192.168.2.0/24 via 10.0.2.2 dev h1 
  $ ip -n h neigh show | sort
  $ ip -n h neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev h0 nud permanent
  $ ip -n h route add 192.168.1.0/24 dev h0
  $ ip -n h neigh show | sort; ip -n h route show
  10.0.0.7 dev h0 lladdr 02:00:00:00:00:07 PERMANENT 
  10.0.2.0/24 dev h1 proto kernel scope link src 10.0.2.1 
  192.168.1.0/24 dev h0 scope link 
  192.168.2.0/24 via 10.0.2.2 dev h1 
  $ ip -n h addr add 10.0.0.1/24 dev h0
  $ ip -n h route show
  10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.1 
  10.0.2.0/24 dev h1 proto kernel scope link src 10.0.2.1 
  192.168.1.0/24 dev h0 scope link 
  192.168.2.0/24 via 10.0.2.2 dev h1 
  $ ip -n h addr flush dev h0
  $ ip -n h route show; ip -n h neigh show | sort
  10.0.2.0/24 dev h1 proto kernel scope link src 10.0.2.1 
  192.168.2.0/24 via 10.0.2.2 dev h1 
  $ ip -n h neigh add 10.0.2.7 lladdr 02:00:00:00:00:27 dev h1 nud permanent
  $ ip -n h route add 192.168.4.0/24 via 10.0.2.2 table 100
  $ ip -n h link set h1 down
  $ ip -n h route show table all type unicast; ip -n h neigh show | sort
  $ ip -n h link set h1 up
  $ ip -n h route show table all type unicast
  10.0.2.0/24 dev h1 proto kernel scope link src 10.0.2.1 
  $ ip -n h neigh add 10.0.2.7 lladdr 02:00:00:00:00:27 dev h1 nud permanent
  $ ip -n x link set x1 down; sleep 2
  $ ip -n h route show table all type unicast; ip -n h neigh show | sort
  10.0.2.0/24 dev h1 proto kernel scope link src 10.0.2.1 linkdown 
  10.0.2.7 dev h1 lladdr 02:00:00:00:00:27 PERMANENT 
  $ ip -n h addr add 10.0.3.1/24 dev h1; ip -n h addr del 10.0.2.1/24 dev h1
  $ ip -n h route show table all | grep h1; ip -n h neigh show | sort
  10.0.3.0/24 dev h1 proto kernel scope link src 10.0.3.1 linkdown 
  local 10.0.3.1 dev h1 table local proto kernel scope host src 10.0.3.1 
  broadcast 10.0.3.255 dev h1 table local proto kernel scope link src 10.0.3.1 linkdown 
  10.0.2.7 dev h1 lladdr 02:00:00:00:00:27 PERMANENT 
