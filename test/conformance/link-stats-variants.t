Link statistics: -s, -s -s, -j counters after traffic, and the brief forms.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 3 -i 0.2 -q 10.0.0.2 > /dev/null; echo $?
  0
  $ ip -n a -s link show a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
             336       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             336       4      0       0       0       0 
  $ ip -n a -s -s link show a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
             336       4      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             336       4      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n b -s link show b0 | tail -4
      RX:  bytes packets errors dropped  missed   mcast           
             336       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             336       4      0       0       0       0 
  $ ip -n a -j -s link show a0 | sed -E 's/"stats64"/\n"stats64"/' | tail -1
  "stats64":{"rx":{"bytes":336,"packets":4,"errors":0,"dropped":0,"over_errors":0,"multicast":0},"tx":{"bytes":336,"packets":4,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0}}}]
  $ ip -n a -s -br link show a0
  a0@if2           UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n a -s addr show a0 | head -3
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
      inet 10.0.0.1/24 scope global a0
  $ ip netns exec a ping -c 2 -i 0.2 -q -s 3000 10.0.0.2 > /dev/null; echo $?
  0
  $ ip -n a -s link show a0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            6556      10      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            6556      10      0       0       0       0 
  $ cat /proc/net/dev 2>/dev/null | wc -l
  3
  $ ip netns exec a cat /proc/net/dev | sed -n 1,2p
  Inter-|   Receive                                                |  Transmit
   face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
  $ ip netns exec a cat /proc/net/dev | grep a0
      a0:    6556      10    0    0    0     0          0         0     6556      10    0    0    0     0       0          0
  $ ip netns exec a cat /sys/class/net/a0/statistics/tx_packets /sys/class/net/a0/statistics/rx_bytes
  10
  6556
  $ ip netns exec a cat /sys/class/net/a0/mtu /sys/class/net/a0/address /sys/class/net/a0/operstate /sys/class/net/a0/ifindex
  1500
  02:00:00:00:00:01
  up
  2
