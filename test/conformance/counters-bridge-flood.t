Counters of a bridge flooding and forwarding: three hosts on br0, a ping whose ARP request is flooded to every port, a unicast to an unknown MAC flooded, then learned; ip -s -s link of the bridge and each port, bridge -s link, bridge -s fdb (used/updated times globbed), /proc/net/dev and sysfs statistics of a port, and the bridge's own IP counters (nothing: it is not the destination).
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n sw link set br0 up
  $ sleep 2
  $ ip netns exec h1 ping -c 2 -i 0.2 -q 10.0.0.2 | grep transmitted
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
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
  $ for i in 1 2 3; do ip -n sw -s link show p$i; done
  3: p1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff link-netns h1
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             346       5      0       0       0       0 
  4: p2@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff link-netns h2
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             346       5      0       0       0       0 
  5: p3@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:03 brd ff:ff:ff:ff:ff:ff link-netns h3
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             150       3      0       0       0       0 
  $ ip -n h3 -s -s link show e0
  2: e0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff link-netns sw
      RX:  bytes packets errors dropped  missed   mcast           
             150       3      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n sw -s link show master br0 | grep -c RX
  3
  $ bridge -n sw -s link
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ bridge -n sw -s fdb show br br0 | grep -v permanent | sed -E 's/used [0-9]+\/[0-9]+/used *\/*/' | sort
  02:00:00:00:00:01 dev p1 used */* master br0 
  02:00:00:00:00:02 dev p2 used */* master br0 
  $ ip -n h1 neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev e0
  $ ip netns exec h1 ping -c 2 -i 0.2 -W 1 -q 10.0.0.9 | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ for i in 2 3; do ip -n h$i -s link show e0 | sed -n 3,6p; done
      RX:  bytes packets errors dropped  missed   mcast           
             542       7      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             238       3      0       0       0       0 
      RX:  bytes packets errors dropped  missed   mcast           
             346       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip -n sw -s link show p1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             434       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             346       5      0       0       0       0 
  $ ip netns exec sw cat /proc/net/dev
  Inter-|   Receive                                                |  Transmit
   face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
      lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
     br0:      28       1    0    0    0     0          0         0      108       2    0    0    0     0       0          0
      p1:     434       5    0    0    0     0          0         0      346       5    0    0    0     0       0          0
      p2:     238       3    0    0    0     0          0         0      542       7    0    0    0     0       0          0
      p3:       0       0    0    0    0     0          0         0      346       5    0    0    0     0       0          0
  $ ip netns exec sw sh -c 'cd /sys/class/net/p3/statistics && grep . * | sort'
  collisions:0
  multicast:0
  rx_bytes:0
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
  rx_packets:0
  tx_aborted_errors:0
  tx_bytes:346
  tx_carrier_errors:0
  tx_compressed:0
  tx_dropped:0
  tx_errors:0
  tx_fifo_errors:0
  tx_heartbeat_errors:0
  tx_packets:5
  tx_window_errors:0
  $ ip netns exec sw sh -c 'cd /sys/class/net/br0/statistics && grep . * | sort'
  collisions:0
  multicast:0
  rx_bytes:28
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
  rx_packets:1
  tx_aborted_errors:0
  tx_bytes:108
  tx_carrier_errors:0
  tx_compressed:0
  tx_dropped:0
  tx_errors:0
  tx_fifo_errors:0
  tx_heartbeat_errors:0
  tx_packets:2
  tx_window_errors:0
  $ ip netns exec sw nstat -as
  #kernel
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IpExtOutMcastPkts               2                  0.0
  IpExtOutOctets                  80                 0.0
  IpExtOutMcastOctets             80                 0.0
  $ ip netns exec h3 nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpExtInOctets                   80                 0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec h2 nstat -as
  #kernel
  IpInReceives                    4                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   2                  0.0
  IpOutTransmits                  2                  0.0
  IcmpInMsgs                      2                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutEchoReps                 2                  0.0
  IcmpMsgInType8                  2                  0.0
  IcmpMsgOutType0                 2                  0.0
  IpExtInOctets                   248                0.0
  IpExtOutOctets                  168                0.0
  IpExtInNoECTPkts                4                  0.0
