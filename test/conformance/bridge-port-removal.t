Leaving a bridge: a port's learned and static fdb entries go with it (nomaster, deletion), a port going down loses its dynamic entries but keeps static ones, deleting the bridge frees its ports, listings by master and type.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add br0 address 02:00:00:00:07:00 type bridge
  $ ip link add p1 address 02:00:00:00:07:01 type veth peer name eth0 netns h1 address 02:00:00:00:07:11
  $ ip link add p2 address 02:00:00:00:07:02 type veth peer name eth0 netns h2 address 02:00:00:00:07:12
  $ ip link set p1 master br0
  $ ip link set p2 master br0
  $ for d in br0 p1 p2; do ip link set $d up; done
  $ ip -n h1 link set eth0 up
  $ ip -n h2 link set eth0 up
  $ ip -n h1 addr add 10.7.0.1/24 dev eth0
  $ ip -n h2 addr add 10.7.0.2/24 dev eth0
  $ ip netns exec h1 ping -c 1 -W 1 10.7.0.2 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge fdb add 02:00:00:00:07:aa dev p1 master static
  $ bridge fdb add 02:00:00:00:07:bb dev p2 master
  $ bridge fdb show br br0 | grep -v 33:33 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:07:00 dev br0 master br0 permanent
  02:00:00:00:07:01 dev p1 master br0 permanent
  02:00:00:00:07:02 dev p2 master br0 permanent
  02:00:00:00:07:11 dev p1 master br0 
  02:00:00:00:07:12 dev p2 master br0 
  02:00:00:00:07:aa dev p1 master br0 static
  02:00:00:00:07:bb dev p2 master br0 permanent
  $ ip link show master br0
  3: p1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:07:01 brd ff:ff:ff:ff:ff:ff link-netns h1
  4: p2@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:07:02 brd ff:ff:ff:ff:ff:ff link-netns h2
  $ ip -br link show type bridge_slave
  p1@if2           UP             02:00:00:00:07:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p2@if2           UP             02:00:00:00:07:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -br link show type bridge
  br0              UP             02:00:00:00:07:00 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge link
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip link set p1 down
  $ bridge fdb show br br0 | grep -v 33:33 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:07:00 dev br0 master br0 permanent
  02:00:00:00:07:01 dev p1 master br0 permanent
  02:00:00:00:07:02 dev p2 master br0 permanent
  02:00:00:00:07:12 dev p2 master br0 
  02:00:00:00:07:aa dev p1 master br0 static
  02:00:00:00:07:bb dev p2 master br0 permanent
  $ bridge link show dev p1
  3: p1@br0: <BROADCAST,MULTICAST> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip link set p1 up
  $ ip link set p2 nomaster
  $ bridge fdb show br br0 | grep -v 33:33 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:07:00 dev br0 master br0 permanent
  02:00:00:00:07:01 dev p1 master br0 permanent
  02:00:00:00:07:11 dev p1 master br0 
  02:00:00:00:07:aa dev p1 master br0 static
  $ bridge fdb show dev p2
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:07:02 self permanent
  $ bridge link
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip link set p2 nomaster
  $ ip link set p2 master br0
  $ ip link set p2 up
  $ ip -n h2 link set eth0 down
  $ ip -n h2 link set eth0 up
  $ ip netns exec h1 ping -c 1 -W 1 10.7.0.2 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge fdb show br br0 | grep -v 33:33 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:07:00 dev br0 master br0 permanent
  02:00:00:00:07:01 dev p1 master br0 permanent
  02:00:00:00:07:02 dev p2 master br0 permanent
  02:00:00:00:07:11 dev p1 master br0 
  02:00:00:00:07:12 dev p2 master br0 
  02:00:00:00:07:aa dev p1 master br0 static
  $ ip link del p1
  $ bridge fdb show br br0 | grep -v 33:33 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:07:00 dev br0 master br0 permanent
  02:00:00:00:07:02 dev p2 master br0 permanent
  02:00:00:00:07:12 dev p2 master br0 
  $ ip link del br0
  $ ip -br link show p2
  p2@if2           UP             02:00:00:00:07:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge link
  $ ip -d link show p2 | grep -c bridge_slave
  0
  [1]
