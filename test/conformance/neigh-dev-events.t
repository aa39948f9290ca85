Which device events empty the ARP table of a device: deleting a secondary or one of two addresses keeps the entries, deleting the last address flushes them all (fib_disable_ip -> arp_ifdown, permanent ones too), arp off/on (NETDEV_CHANGE with IFF_NOARP: neigh_changeaddr keeps permanent ones), a MAC change of the device, an MTU change, the peer's carrier loss, link down, and moving the device to another namespace.
  $ for n in x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name y0 netns y address 02:00:00:00:00:02
  $ ip -n x link set x0 up; ip -n y link set y0 up
  $ ip -n y addr add 10.0.0.2/24 dev y0
  $ ip -n y addr add 10.1.0.2/24 dev y0
  $ ip -n x addr add 10.0.0.1/24 dev x0
  $ ip -n x addr add 10.0.0.11/24 dev x0
  $ ip -n x addr add 10.1.0.1/24 dev x0
  $ fill() { ip -n x neigh replace 10.0.0.9 lladdr 02:00:00:00:00:09 dev x0; ip -n x neigh replace 10.0.0.8 lladdr 02:00:00:00:00:08 dev x0 nud stale; ip -n x neigh replace 10.0.0.7 lladdr 02:00:00:00:00:07 dev x0 nud noarp; ip netns exec x ping -c 1 -W 1 10.0.0.2 > /dev/null; ip -n x neigh show nud all | sort; }
  $ fill
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.7 dev x0 lladdr 02:00:00:00:00:07 NOARP 
  10.0.0.8 dev x0 lladdr 02:00:00:00:00:08 STALE 
  10.0.0.9 dev x0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n x addr del 10.0.0.11/24 dev x0; ip -n x neigh show nud all | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.7 dev x0 lladdr 02:00:00:00:00:07 NOARP 
  10.0.0.8 dev x0 lladdr 02:00:00:00:00:08 STALE 
  10.0.0.9 dev x0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n x addr del 10.1.0.1/24 dev x0; ip -n x neigh show nud all | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.7 dev x0 lladdr 02:00:00:00:00:07 NOARP 
  10.0.0.8 dev x0 lladdr 02:00:00:00:00:08 STALE 
  10.0.0.9 dev x0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n x addr del 10.0.0.1/24 dev x0; ip -n x neigh show nud all | sort
  $ ip -n x addr add 10.0.0.1/24 dev x0; fill > /dev/null
  $ ip -n x link set x0 arp off; ip -n x neigh show nud all | sort
  $ ip -n x link set x0 arp on; ip -n x neigh show nud all | sort
  $ fill > /dev/null; ip -n x link set x0 address 02:00:00:00:00:11; ip -n x neigh show nud all | sort
  $ fill > /dev/null; ip -n x link set x0 mtu 1400; ip -n x neigh show nud all | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.7 dev x0 lladdr 02:00:00:00:00:07 NOARP 
  10.0.0.8 dev x0 lladdr 02:00:00:00:00:08 STALE 
  10.0.0.9 dev x0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n x link set x0 multicast off; ip -n x link set x0 promisc on; ip -n x neigh show nud all | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.7 dev x0 lladdr 02:00:00:00:00:07 NOARP 
  10.0.0.8 dev x0 lladdr 02:00:00:00:00:08 STALE 
  10.0.0.9 dev x0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n y link set y0 down; ip -n x neigh show nud all | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.7 dev x0 lladdr 02:00:00:00:00:07 NOARP 
  10.0.0.8 dev x0 lladdr 02:00:00:00:00:08 STALE 
  10.0.0.9 dev x0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n y link set y0 up; fill > /dev/null
  $ ip netns exec x sysctl -qw net.ipv4.conf.x0.arp_evict_nocarrier=0
  $ ip -n y link set y0 down; ip -n x neigh show nud all | sort
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.7 dev x0 lladdr 02:00:00:00:00:07 NOARP 
  10.0.0.8 dev x0 lladdr 02:00:00:00:00:08 STALE 
  10.0.0.9 dev x0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n y link set y0 up; fill > /dev/null
  $ ip -n x link set x0 down; ip -n x neigh show nud all | sort
  $ ip -n x link set x0 up; ip -n x addr add 10.0.0.1/24 dev x0 2>&1; fill > /dev/null
  Error: ipv4: Address already assigned.
  $ ip -n x link set x0 netns y; ip -n y neigh show dev x0 nud all
  $ ip -n y link set x0 netns x; ip -n x link set x0 up; ip -n x addr add 10.0.0.1/24 dev x0; fill
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.7 dev x0 lladdr 02:00:00:00:00:07 NOARP 
  10.0.0.8 dev x0 lladdr 02:00:00:00:00:08 STALE 
  10.0.0.9 dev x0 lladdr 02:00:00:00:00:09 PERMANENT 
