Link counters through a bridge: ip -s and -s -s link after pings and a flood to an unknown MAC, with flooding and learning turned off on a port; /proc/net/dev and sysfs statistics in a namespace.
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns add sw
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns sw address 02:00:00:00:90:01
  $ ip link add e0 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns sw address 02:00:00:00:90:02
  $ ip -n sw link set p1 master br0
  $ ip -n sw link set p2 master br0
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.e0.disable_ipv6=1; done
  $ for p in p1 p2; do ip netns exec sw sysctl -qw net.ipv6.conf.$p.disable_ipv6=1; done
  $ ip netns exec sw sysctl -qw net.ipv6.conf.br0.disable_ipv6=1
  $ for p in p1 p2; do ip -n sw link set $p up; done
  $ for n in h1 h2; do ip -n $n link set e0 up; done
  $ ip -n h1 addr add 10.0.0.1/24 dev e0
  $ ip -n h2 addr add 10.0.0.2/24 dev e0
  $ ip -n sw link set br0 up
  $ sleep 2
  $ ip netns exec h1 ping -c 3 -i 0.2 -q 10.0.0.2 | grep transmitted
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  $ ip -n h1 -s link show e0
  2: e0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns sw
      RX:  bytes packets errors dropped  missed   mcast           
             444       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             336       4      0       0       0       0 
  $ ip -n sw -s -s link show p2
  4: p2@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff link-netns h2
      RX:  bytes packets errors dropped  missed   mcast           
             336       4      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             444       6      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n sw -s link show br0
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
              28       1      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             108       2      0       0       0       0 
  $ ip -n h1 neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev e0
  $ ip netns exec h1 ping -c 2 -i 0.2 -q -W 1 10.0.0.9 | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h2 -s link show e0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             640       8      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             336       4      0       0       0       0 
  $ ip -n sw link set p2 type bridge_slave flood off
  $ ip netns exec h1 ping -c 2 -i 0.2 -q -W 1 10.0.0.9 | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h2 -s link show e0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             640       8      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             336       4      0       0       0       0 
  $ ip -n sw link set p2 type bridge_slave learning off
  $ ip -n sw link set p1 type bridge_slave learning off
  $ bridge -n sw fdb flush dev br0 dynamic
  $ bridge -n sw fdb show br br0 | grep -v permanent
  [1]
  $ ip netns exec h1 ping -c 1 -q -W 1 10.0.0.2 | grep transmitted
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 | grep -v permanent
  [1]
  $ ip -n sw link set p2 type bridge_slave flood on
  $ ip netns exec h1 ping -c 1 -q -W 1 10.0.0.2 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw cat /sys/class/net/p2/statistics/tx_packets /sys/class/net/p2/statistics/rx_packets /sys/class/net/br0/statistics/rx_packets
  9
  5
  1
  $ ip netns exec sw cat /proc/net/dev | sed -E 's/ +/ /g'
  Inter-| Receive | Transmit
   face |bytes packets errs drop fifo frame compressed multicast|bytes packets errs drop fifo colls carrier compressed
   lo: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
   br0: 28 1 0 0 0 0 0 0 108 2 0 0 0 0 0 0
   p1: 924 10 0 0 0 0 0 0 542 7 0 0 0 0 0 0
   p2: 434 5 0 0 0 0 0 0 738 9 0 0 0 0 0 0
  $ ip -n sw -s -s link show br0
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
              28       1      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             108       2      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n h1 -s -s link show e0
  2: e0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns sw
      RX:  bytes packets errors dropped  missed   mcast           
             542       7      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             924      10      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 

