noarp variations: arp off with entries present, neighbour adds on a NOARP device, multicast/allmulticast/promisc/dynamic flags, arp off on the peer, ip -d link.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?; ip -n a neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev a0; ip -n a neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev a0 nud stale
  0
  $ ip -n a link set a0 arp off; ip -n a neigh show nud all | sort; ip netns exec a cat /proc/net/arp
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0; echo $?; ip -n a neigh add 10.0.0.10 dev a0 nud noarp; echo $?; ip -n a neigh replace 10.0.0.8 lladdr 02:00:00:00:00:18 dev a0 nud reachable; echo $?
  0
  0
  0
  $ ip -n a neigh show nud all | sort
  10.0.0.10 dev a0 lladdr 02:00:00:00:0a:01 NOARP 
  10.0.0.8 dev a0 lladdr 02:00:00:00:00:18 REACHABLE 
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?; ip -n a neigh show nud all | sort
  1
  10.0.0.10 dev a0 lladdr 02:00:00:00:0a:01 NOARP 
  10.0.0.3 dev a0 lladdr 02:00:00:00:0a:01 NOARP 
  10.0.0.8 dev a0 lladdr 02:00:00:00:00:18 REACHABLE 
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n a link set a0 arp on; ip -n a neigh show nud all | sort
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?; ip -n a neigh show nud all | sort
  0
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n a link set a0 multicast off allmulticast on promisc on dynamic on; ip -n a link show a0
  2: a0@if2: <BROADCAST,ALLMULTI,PROMISC,DYNAMIC,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?; ip netns exec a ping -c 1 -W 1 224.0.0.1 2>&1 | tail -2; echo $?
  0
  ping: connect: Network is unreachable
  0
  $ ip -n a -d link show a0 | head -3
  2: a0@if2: <BROADCAST,ALLMULTI,PROMISC,DYNAMIC,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns b promiscuity 1  allmulti 1 minmtu 68 maxmtu 65535 
      veth addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n a link set a0 multicast on allmulticast off promisc off dynamic off trailers on; echo $?; ip -n a link show a0
  0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip -n b link set b0 arp off; ip -n a neigh flush all; ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?; ip -n a neigh show nud all; ip -n b neigh show nud all
  1
  10.0.0.2 dev a0 INCOMPLETE 
  $ ip -n b link set b0 arp on; ip -n b neigh show nud all; ip netns exec b ping -c 1 -W 1 10.0.0.1 > /dev/null; echo $?; ip -n b neigh show
  0
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ ip -n a link set a0 arp off; ip -n a link set a0 down; ip -n a link set a0 up; ip -n a neigh show nud all; ip -n a route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
