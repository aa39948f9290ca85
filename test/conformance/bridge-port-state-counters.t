Bridge port states set by hand (STP off) and what they do to traffic and counters: in learning state the port learns the source but forwards nothing, blocking and listening neither learn nor forward, disabled drops; ip -s link of the ports, the bridge and /proc/net/dev show where frames were counted (IPv6 off to keep counts exact).
  $ for n in h1 h2 s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns s address 02:00:00:00:90:01
  $ ip link add e0 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns s address 02:00:00:00:90:02
  $ for d in p1 p2; do ip -n s link set $d master br0; ip -n s link set $d up; done
  $ for h in h1 h2; do ip -n $h link set e0 up; done
  $ sleep 1
  $ ip -n s link set br0 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e0
  $ ip -n h2 addr add 10.0.0.2/24 dev e0
  $ ip -n h2 neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev e0 nud permanent
  $ ip -n h1 neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev e0 nud permanent
  $ sleep 2
  $ bridge -n s link set dev p1 state 2
  $ bridge -n s link show dev p1
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  $ ip netns exec h1 ping -c 2 -i 0.2 -W 1 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n s fdb show br br0 | grep 02:00:00:00:00:0
  02:00:00:00:00:01 dev p1 master br0 
  $ bridge -n s link set dev p1 state 4
  $ bridge -n s fdb flush dev br0 dynamic
  $ ip netns exec h1 ping -c 2 -i 0.2 -W 1 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ bridge -n s fdb show br br0 | grep 02:00:00:00:00:0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ bridge -n s link set dev p1 state 1
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n s fdb show br br0 | grep 02:00:00:00:00:0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ bridge -n s link set dev p1 state 0
  $ bridge -n s link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n s -s link show p1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             588       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             304       4      0       0       0       0 
  $ ip -n s -s link show p2 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             196       2      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             304       4      0       0       0       0 
  $ ip -n s -s link show br0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             108       2      0       0       0       0 
  $ ip netns exec s cat /proc/net/dev | sed 's/^ *//' | sort
  Inter-|   Receive                                                |  Transmit
  br0:       0       0    0    0    0     0          0         0      108       2    0    0    0     0       0          0
  face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
  lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
  p1:     588       6    0    0    0     0          0         0      304       4    0    0    0     0       0          0
  p2:     196       2    0    0    0     0          0         0      304       4    0    0    0     0       0          0
  $ bridge -n s link set dev p1 state 3
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n s fdb show br br0 | grep 02:00:00:00:00:0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ ip -n s -s link show p2 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             294       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             402       5      0       0       0       0 
  $ bridge -n s link set dev p1 state 5
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n s link set dev p1 state 3 cost 0
