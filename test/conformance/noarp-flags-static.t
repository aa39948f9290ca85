Link flags, more: arp off on both ends with static neighbours, multicast/allmulticast/promisc flags, dynamic, mtu limits, txqueuelen, name changes while up, address changes and neighbours.
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a link set a0 arp off; ip -n b link set b0 arp off
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:0b:01 dev a0
  $ ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 PERMANENT 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b neigh show
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:01 dev b0 nud permanent
  RTNETLINK answers: File exists
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip -n a neigh show; ip -n b neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 PERMANENT 
  $ ip -n a link set a0 multicast off; ip -n a link show a0 | head -1
  2: a0@if2: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip -n a link set a0 allmulticast on promisc on; ip -n a link show a0 | head -1
  2: a0@if2: <BROADCAST,NOARP,ALLMULTI,PROMISC,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip -n a -d link show a0 | grep -o "promiscuity [0-9]*\|allmulti [0-9]*"
  promiscuity 1
  allmulti 1
  $ ip -n a link set a0 dynamic on; ip -n a link show a0 | head -1
  2: a0@if2: <BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip -n a link set a0 dynamic off multicast on allmulticast off promisc off; ip -n a link show a0 | head -1
  2: a0@if2: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip -n a link set a0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip -n a link set a0 mtu 68; ip -n a addr show dev a0 | head -3
  2: a0@if2: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 68 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff link-netns b
      inet 10.0.0.1/24 scope global a0
  $ ip -n a link set a0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip -n a link set a0 mtu 65535; ip -n a link show a0 | head -1
  2: a0@if2: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 65535 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip -n a link set a0 mtu 1500 txqueuelen 500; ip -n a link show a0 | head -1
  2: a0@if2: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 500
  $ ip -n a link set a0 name x0
  $ ip -n a link set a0 down; ip -n a link set a0 name x0; ip -n a link set x0 up
  Cannot find device "a0"
  Cannot find device "a0"
  $ ip -n a neigh show; ip -n a route
  10.0.0.2 dev x0 lladdr 02:00:00:00:0b:01 PERMANENT 
  10.0.0.0/24 dev x0 proto kernel scope link src 10.0.0.1 
  $ ip -n a link set x0 address 02:00:00:00:0a:09
  $ ip -n a link set x0 arp on
  $ ip -n a neigh show nud all
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a link set x0 arp off; ip -n a neigh show nud all
  $ ip -n a link set x0 down; ip -n a neigh show nud all; ip -n a route
  $ ip -n a link set x0 up; sleep 0.1; ip -n a route
  10.0.0.0/24 dev x0 proto kernel scope link src 10.0.0.1 
