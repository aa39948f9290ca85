What ip monitor neigh hears when the device changes under the entries: arp off/on, a MAC change (neigh_changeaddr()), carrier loss with arp_evict_nocarrier 1 and 0, down/up, a permanent and a proxy entry through each, an address flush.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?
  0
  $ ip -n h neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev e0; ip -n h neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev e0 nud stale; ip -n h neigh add proxy 10.0.0.50 dev e0
  $ ip -n h monitor neigh > mon 2>&1 & sleep 0.2
  $ ip -n h link set e0 arp off; ip -n h neigh show nud all | sort; ip -n h link set e0 arp on
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?; ip -n h neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev e0 nud stale
  0
  $ ip -n h link set e0 address 02:00:00:00:01:55; ip -n h neigh show nud all | sort
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?; ip -n h neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev e0 nud stale
  0
  $ ip -n x link set x0 down; ip -n h neigh show nud all | sort
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  10.0.0.8 dev e0 lladdr 02:00:00:00:00:08 STALE 
  $ ip -n x link set x0 up; sleep 0.1; ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_evict_nocarrier=0; ip -n x link set x0 down; ip -n h neigh show nud all | sort; ip -n x link set x0 up; sleep 0.1
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  10.0.0.8 dev e0 lladdr 02:00:00:00:00:08 STALE 
  $ ip -n h link set e0 down; ip -n h neigh show nud all | sort; ip -n h neigh show proxy; ip -n h link set e0 up
  $ ip -n h addr flush dev e0; ip -n h neigh show nud all | sort
  $ sleep 0.2; kill %1; wait; cat mon
  Deleted 10.0.0.8 dev e0 lladdr 02:00:00:00:00:08 STALE 
  Deleted 10.0.0.7 dev e0 lladdr 02:00:00:00:00:07 PERMANENT 
  Deleted 10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  10.0.0.8 dev e0 lladdr 02:00:00:00:00:08 STALE 
  Deleted 10.0.0.8 dev e0 lladdr 02:00:00:00:00:08 STALE 
  Deleted 10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  10.0.0.8 dev e0 lladdr 02:00:00:00:00:08 STALE 
  Deleted 10.0.0.8 dev e0 lladdr 02:00:00:00:00:08 STALE 
  Deleted 10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
