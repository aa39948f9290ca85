Carrier loss and the neighbour table: a veth peer going down takes the carrier, and linkwatch (NETDEV_CHANGE, neigh_carrier_down) flushes the entries that are not PERMANENT; a carrier loss of a device whose index equals its peer's (two fresh namespaces) is not urgent and waits for the once-a-second linkwatch run, so a quick down/up flap is never seen; naming the device (ip link show, RTM_GETLINK) runs its pending event at once; in one namespace the indexes differ and the loss is handled at once.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:99 dev b0 nud stale
  $ ip -n b neigh add 10.0.0.3 lladdr 02:00:00:00:0a:99 dev b0
  $ ip -n b neigh add 10.0.0.4 lladdr 02:00:00:00:0a:99 dev b0 nud noarp
  $ ip -n a link set a0 down
  $ ip -n a link set a0 up
  $ ip -n b -4 neigh show nud all | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:99 STALE 
  10.0.0.3 dev b0 lladdr 02:00:00:00:0a:99 PERMANENT 
  10.0.0.4 dev b0 lladdr 02:00:00:00:0a:99 NOARP 
  $ ip -n a link set a0 down
  $ ip -n b -4 neigh show nud all | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:99 STALE 
  10.0.0.3 dev b0 lladdr 02:00:00:00:0a:99 PERMANENT 
  10.0.0.4 dev b0 lladdr 02:00:00:00:0a:99 NOARP 
  $ ip -n b -4 route show
  10.0.0.0/24 dev b0 proto kernel scope link src 10.0.0.2 
  $ ip -n b link show b0
  2: b0@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0b:01 brd ff:ff:ff:ff:ff:ff link-netns a
  $ ip -n b -4 neigh show nud all | sort
  10.0.0.3 dev b0 lladdr 02:00:00:00:0a:99 PERMANENT 
  $ ip -n b -4 route show
  10.0.0.0/24 dev b0 proto kernel scope link src 10.0.0.2 linkdown 
  $ ip -n a link set a0 up
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:99 dev b0 nud stale
  $ ip -n a link set a0 down
  $ sleep 1
  $ ip -n b -4 neigh show nud all | sort
  10.0.0.3 dev b0 lladdr 02:00:00:00:0a:99 PERMANENT 
  $ ip -n a link set a0 up
  $ ip link add a1 address 02:00:00:00:0a:01 type veth peer name b1 address 02:00:00:00:0b:01
  $ ip link set a1 up
  $ ip link set b1 up
  $ ip neigh add 10.0.0.1 lladdr 02:00:00:00:0a:99 dev b1 nud stale
  $ ip neigh add 10.0.0.3 lladdr 02:00:00:00:0a:99 dev b1
  $ ip link set a1 down
  $ ip -4 neigh show nud all | sort
  10.0.0.3 dev b1 lladdr 02:00:00:00:0a:99 PERMANENT 
  $ ip link set a1 up
  $ ip neigh add 10.0.0.1 lladdr 02:00:00:00:0a:99 dev b1 nud stale
  $ ip link set a1 down; ip link set a1 up
  $ ip -4 neigh show nud all | sort
  10.0.0.3 dev b1 lladdr 02:00:00:00:0a:99 PERMANENT 
