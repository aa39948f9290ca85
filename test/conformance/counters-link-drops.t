Link counters for frames that go nowhere: a veth whose peer is down (TX dropped on the sender, nothing on the peer), a ping to an unresolved neighbour that queues more than unres_qlen packets (only the ARP probes leave), a macvlan in bridge mode talking to another on the same lower device (counted on the macvlans, not on the lower veth), a vxlan device with no remote (TX dropped), and a ping with the device down; ip -s -s link, /proc/net/dev, sysfs statistics (through ip netns exec, which mounts the namespace's /sys), nstat -as.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link set lo up
  $ ip link add va address 02:00:00:00:00:0a type veth peer name vb address 02:00:00:00:00:0b
  $ ip link set va up
  $ ip addr add 10.1.1.1/24 dev va
  $ ip neigh add 10.1.1.2 lladdr 02:00:00:00:00:0b dev va
  $ ping -c 2 -i 0.2 -W 1 -q 10.1.1.2 | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -s -s link show va
  3: va@vb: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0a brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       2       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       1 
  $ ip -s -s link show vb
  2: vb@va: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       1 
  $ ip neigh del 10.1.1.2 dev va
  $ sysctl -qw net.ipv4.neigh.va.unres_qlen=2
  $ ping -c 5 -i 0.1 -W 1 -q 10.1.1.2 | grep transmitted
  5 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -s -s link show va
  3: va@vb: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0a brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       4       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       1 
  $ ip -s neigh show dev va | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+/used */'
  10.1.1.2  ref 1 used *probes 5 INCOMPLETE 
  $ nstat -as
  #kernel
  IpOutRequests                   7                  0.0
  IpOutTransmits                  7                  0.0
  IcmpOutMsgs                     7                  0.0
  IcmpOutEchos                    7                  0.0
  IcmpMsgOutType8                 7                  0.0
  IpExtOutOctets                  588                0.0
  $ ip link set vb up
  $ ip link add mv1 link vb address 02:00:00:00:01:01 type macvlan mode bridge
  $ ip link add mv2 link vb address 02:00:00:00:01:02 type macvlan mode bridge
  $ ip netns add n2
  $ ip netns exec n2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link set mv2 netns n2
  $ ip link set mv1 up
  $ ip -n n2 link set mv2 up
  $ ip -n n2 link set lo up
  $ ip addr add 10.2.2.1/24 dev mv1
  $ ip -n n2 addr add 10.2.2.2/24 dev mv2
  $ ping -c 2 -i 0.2 -W 1 -q 10.2.2.2 | grep transmitted
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip -s link show mv1
  4: mv1@vb: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:01 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             238       3      0       0       0       0 
  $ ip -n n2 -s link show mv2
  5: mv2@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0
      RX:  bytes packets errors dropped  missed   mcast           
             252       3      0       0       0       1 
      TX:  bytes packets errors dropped carrier collsns           
             238       3      0       0       0       0 
  $ ip -s link show vb
  2: vb@va: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              42       1      0       0       0       0 
  $ ip link add vx0 address 02:00:00:00:0f:01 type vxlan id 42 dstport 4789 local 10.1.1.1
  $ ip link set vx0 up
  $ ip addr add 10.3.3.1/24 dev vx0
  $ ip neigh add 10.3.3.2 lladdr 02:00:00:00:0f:02 dev vx0
  $ ping -c 2 -i 0.2 -W 1 -q 10.3.3.2 | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -s -s link show vx0
  6: vx0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0f:01 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       2       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
  $ ip netns exec n2 sh -c 'cd /sys/class/net/mv2/statistics && grep . * | sort'
  collisions:0
  multicast:2
  rx_bytes:294
  rx_compressed:0
  rx_crc_errors:0
  rx_dropped:0
  rx_errors:0
  rx_fifo_errors:0
  rx_frame_errors:0
  rx_length_errors:0
  rx_missed_errors:0
  rx_nohandler:0
  rx_over_errors:0
  rx_packets:4
  tx_aborted_errors:0
  tx_bytes:238
  tx_carrier_errors:0
  tx_compressed:0
  tx_dropped:0
  tx_errors:0
  tx_fifo_errors:0
  tx_heartbeat_errors:0
  tx_packets:3
  tx_window_errors:0
  $ ip link set va down
  $ ping -c 1 -W 1 10.1.1.2 2>&1 | tail -1
  ping: connect: Network is unreachable
  $ cat /proc/net/dev
  Inter-|   Receive                                                |  Transmit
   face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
      lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
      vb:      42       1    0    0    0     0          0         0       42       1    0    0    0     0       0          0
      va:      42       1    0    0    0     0          0         0       42       1    0    4    0     0       0          0
     mv1:     280       4    0    0    0     0          0         1      238       3    0    0    0     0       0          0
     vx0:       0       0    0    0    0     0          0         0        0       0    0    2    0     0       0          0
  $ nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   11                 0.0
  IpOutNoRoutes                   1                  0.0
  IpOutTransmits                  11                 0.0
  IcmpInMsgs                      2                  0.0
  IcmpInEchoReps                  2                  0.0
  IcmpOutMsgs                     11                 0.0
  IcmpOutEchos                    11                 0.0
  IcmpMsgInType0                  2                  0.0
  IcmpMsgOutType8                 11                 0.0
  IpExtInOctets                   168                0.0
  IpExtOutOctets                  924                0.0
  IpExtInNoECTPkts                2                  0.0
