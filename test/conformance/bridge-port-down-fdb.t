A bridge port going down: its learnt entries leave the fdb (br_stp_disable_port() flushes dynamic ones), static entries stay, the port shows disabled, comes back forwarding (STP off), and ip -s link counts what the bridge forwarded.
  $ for n in h1 h2 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ ip link add e1 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns sw address 02:00:00:00:aa:01
  $ ip link add e2 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns sw address 02:00:00:00:aa:02
  $ ip -n sw link set p1 master br0; ip -n sw link set p2 master br0
  $ for d in p1 p2 br0; do ip -n sw link set $d up; done
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e1; ip -n h2 addr add 10.0.0.2/24 dev e2
  $ bridge -n sw fdb add 02:00:00:00:00:99 dev p1 master static
  $ ip netns exec h1 ping -c 2 -i 0.2 10.0.0.2 | tail -2 | head -1 | sed 's/time.*//'
  2 packets transmitted, 2 received, 0% packet loss, 
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:bb:00 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:99 dev p1 master br0 static
  02:00:00:00:aa:01 dev p1 master br0 permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:aa:02 dev p2 master br0 permanent
  $ ip -n sw -s link show p1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             292       4      0       0       0       0 
  $ ip -n sw -s link show br0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
              28       1      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              54       1      0       0       0       0 
  $ ip -n h1 link set e1 down
  $ ip -n sw link show p1 | head -1
  3: p1@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue master br0 state DOWN mode DEFAULT group default qlen 1000
  $ bridge -n sw link show
  3: p1@br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:bb:00 dev br0 master br0 permanent
  02:00:00:00:00:99 dev p1 master br0 static
  02:00:00:00:aa:01 dev p1 master br0 permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:aa:02 dev p2 master br0 permanent
  $ ip -n sw link set p2 down
  $ bridge -n sw link show
  3: p1@br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:bb:00 dev br0 master br0 permanent
  02:00:00:00:00:99 dev p1 master br0 static
  02:00:00:00:aa:01 dev p1 master br0 permanent
  02:00:00:00:aa:02 dev p2 master br0 permanent
  $ ip -n sw link show br0 | head -1
  2: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
  $ ip -n h1 link set e1 up; ip -n sw link set p2 up
  $ sleep 1
  $ bridge -n sw link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n sw link show br0 | head -1
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:bb:00 dev br0 master br0 permanent
  02:00:00:00:00:99 dev p1 master br0 static
  02:00:00:00:aa:01 dev p1 master br0 permanent
  02:00:00:00:aa:02 dev p2 master br0 permanent
  $ ip netns exec h2 ping -c 1 10.0.0.1 | tail -2 | head -1 | sed 's/time.*//'
  1 packets transmitted, 1 received, 0% packet loss, 
  $ bridge -n sw fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:bb:00 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:99 dev p1 master br0 static
  02:00:00:00:aa:01 dev p1 master br0 permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:aa:02 dev p2 master br0 permanent
