Bridge: enslaving, fdb entries, static and permanent entries, link show master, errors.
  $ for n in h1 h2 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ ip link add e1 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns sw address 02:00:00:00:aa:01
  $ ip link add e2 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns sw address 02:00:00:00:aa:02
  $ ip -n sw link set p1 master br0
  $ ip -n sw link set p2 master br0
  $ ip -n sw link set p1 master nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  [255]
  $ ip -n sw link set br0 master br0
  Error: Can not enslave a bridge to a bridge.
  [2]
  $ for d in p1 p2 br0; do ip -n sw link set $d up; done
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e1
  $ ip -n h2 addr add 10.0.0.2/24 dev e2
  $ sleep 31
  $ ip netns exec h1 ping -c 1 10.0.0.2 | sed -n 2p | sed -E 's/time=[0-9.]+/time=X/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=X ms
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:aa:01 dev p1 master br0 permanent
  02:00:00:00:aa:02 dev p2 master br0 permanent
  02:00:00:00:bb:00 dev br0 master br0 permanent
  $ bridge -n sw fdb show dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ bridge -n sw fdb add 02:00:00:00:00:99 dev p1 master static
  $ bridge -n sw fdb add 02:00:00:00:00:99 dev p1 master static
  RTNETLINK answers: File exists
  [255]
  $ bridge -n sw fdb replace 02:00:00:00:00:99 dev p2 master static
  $ bridge -n sw fdb show dev p2 | grep -v 33:33 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:02 master br0 
  02:00:00:00:00:99 master br0 static
  02:00:00:00:aa:02 master br0 permanent
  $ bridge -n sw fdb del 02:00:00:00:00:99 dev p2 master
  $ bridge -n sw fdb del 02:00:00:00:00:99 dev p2 master
  RTNETLINK answers: No such file or directory
  [255]
  $ bridge -n sw link show | sort
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n sw link show master br0 | grep -o '^[0-9]*: [a-z0-9@]*'
  3: p1@if2
  4: p2@if2
  $ ip -n sw -br link show type bridge_slave
  p1@if2           UP             02:00:00:00:aa:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p2@if2           UP             02:00:00:00:aa:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n sw link set dev p2 cost 50
  $ bridge -n sw -d link show dev p2 | head -3
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 50 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ ip -n sw link set p2 nomaster
  $ bridge -n sw link show | sort
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n sw link del br0
  $ ip -n sw link show p1 | head -1
  3: p1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
