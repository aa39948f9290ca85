ip monitor all across a link going down and a MAC change with neighbour entries, addresses and routes on it: the order of the [NEIGH], [ROUTE], [ADDR] and [LINK] messages.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0; ip -n h route add 10.9.0.0/16 via 10.0.0.100
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?; ip -n h neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev e0 nud stale; ip -n h neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev e0
  0
  $ ip -n h monitor all > mon 2>&1 & sleep 0.2
  $ ip -n h link set e0 address 02:00:00:00:01:77
  $ ip -n h neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev e0 nud stale; ip -n h link set e0 down
  $ sleep 0.2; kill %1; wait; cat mon
  [LINK]2: e0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:01:77 brd ff:ff:ff:ff:ff:ff link-netns x
  [NEIGH]Deleted 10.0.0.8 dev e0 lladdr 02:00:00:00:00:08 PERMANENT 
  [NEIGH]Deleted 10.0.0.7 dev e0 lladdr 02:00:00:00:00:07 STALE 
  [NEIGH]Deleted 10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  [NEIGH]10.0.0.7 dev e0 lladdr 02:00:00:00:00:07 STALE 
  [LINK]2: e0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default 
      link/ether 02:00:00:00:01:77 brd ff:ff:ff:ff:ff:ff link-netns x
  [NEIGH]Deleted 10.0.0.7 dev e0 lladdr 02:00:00:00:00:07 STALE 
