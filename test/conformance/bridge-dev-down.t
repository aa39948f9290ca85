The bridge device going down: every port becomes disabled and forwarding stops, learnt entries are flushed while local and static ones stay; up again, ports forward (STP off) and the bridge learns anew.
  $ for n in h1 h2 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ for i in 1 2; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:aa:0$i; ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n sw link set br0 up
  $ bridge -n sw fdb add 02:00:00:00:00:77 dev p2 master static
  $ ip netns exec h1 ping -c 1 10.0.0.2 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:bb:00 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:aa:01 dev p1 master br0 permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:77 dev p2 master br0 static
  02:00:00:00:aa:02 dev p2 master br0 permanent
  $ ip -n sw link set br0 down
  $ bridge -n sw link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:bb:00 dev br0 master br0 permanent
  02:00:00:00:aa:01 dev p1 master br0 permanent
  02:00:00:00:00:77 dev p2 master br0 static
  02:00:00:00:aa:02 dev p2 master br0 permanent
  $ ip -n sw link show br0 | head -1
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
  $ ip -n h1 neigh flush all
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | sed -n 4p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n sw -s link show p1 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             182       3      0       0       0       0 
  $ ip -n sw -s link show p2 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             194       3      0       0       0       0 
  $ ip -n sw link set br0 up
  $ bridge -n sw link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n sw link show br0 | head -1
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip netns exec h1 ping -c 1 10.0.0.2 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:bb:00 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:aa:01 dev p1 master br0 permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:77 dev p2 master br0 static
  02:00:00:00:aa:02 dev p2 master br0 permanent
  $ ip -n sw link set p1 nomaster
  $ ip -n sw link show p1 | head -1
  3: p1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:bb:00 dev br0 master br0 permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:77 dev p2 master br0 static
  02:00:00:00:aa:02 dev p2 master br0 permanent
