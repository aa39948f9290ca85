A router only forwards frames sent to its own MAC: with a neighbour entry on the sender that points the gateway at the broadcast, a multicast or another host's MAC, the router still answers for its own address (PACKET_BROADCAST, unless drop_unicast_in_l2_multicast) but forwards nothing (ip_forward: pkt_type != PACKET_HOST); a frame for another MAC is dropped in ip_rcv_core before any IP counter, counted as rx_otherhost_dropped ("otherhost" in ip -s -s link), promiscuous or not.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip -n a neigh replace 10.1.0.1 lladdr ff:ff:ff:ff:ff:ff dev a0
  $ ip -n a neigh show | sort
  10.1.0.1 dev a0 lladdr ff:ff:ff:ff:ff:ff PERMANENT 
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec r nstat -az IpInReceives IpInDiscards IpForwDatagrams IpInDelivers IpExtInBcastPkts | tail -n +2
  IpInReceives                    5                  0.0
  IpForwDatagrams                 2                  0.0
  IpInDiscards                    0                  0.0
  IpInDelivers                    2                  0.0
  IpExtInBcastPkts                0                  0.0
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.drop_unicast_in_l2_multicast=1
  net.ipv4.conf.r0.drop_unicast_in_l2_multicast = 1
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec r nstat -az IpInReceives IpInDiscards IpInDelivers | tail -n +2
  IpInReceives                    6                  0.0
  IpInDiscards                    0                  0.0
  IpInDelivers                    2                  0.0
  $ ip -n a neigh replace 10.1.0.1 lladdr 01:00:5e:00:00:01 dev a0
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.drop_unicast_in_l2_multicast=0
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec r nstat -az IpInReceives IpInDiscards IpInDelivers IpExtInMcastPkts IpForwDatagrams | tail -n +2
  IpInReceives                    9                  0.0
  IpForwDatagrams                 2                  0.0
  IpInDiscards                    0                  0.0
  IpInDelivers                    3                  0.0
  IpExtInMcastPkts                0                  0.0
  $ ip -n r -s -s link show r0 | sed -n 4,6p
             826       9      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
  $ ip -n a neigh replace 10.1.0.1 lladdr 02:00:00:00:99:99 dev a0
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec r nstat -az IpInReceives IpInDiscards IpInDelivers IpForwDatagrams | tail -n +2
  IpInReceives                    9                  0.0
  IpForwDatagrams                 2                  0.0
  IpInDiscards                    0                  0.0
  IpInDelivers                    3                  0.0
  $ ip -n r -s -s link show r0 | sed -n 4,6p
            1162      13      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun otherhost
                       0      0       0       0       0         3 
  $ ip -n r -s link show r0 | sed -n 4p
            1162      13      0       0       0       0 
  $ ip -n r -s -s -j link show r0 | grep -o '"otherhost":[0-9]*'
  "otherhost":3
  $ ip -n r link set r0 promisc on
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip -n r -s -s link show r0 | sed -n 4,6p
            1260      14      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun otherhost
                       0      0       0       0       0         4 
  $ ip -n r link set r0 promisc off
  $ ip -n a neigh replace 10.1.0.1 lladdr 02:00:00:00:01:01 dev a0
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip netns exec r nstat -az IpInReceives IpForwDatagrams | tail -n +2
  IpInReceives                    11                 0.0
  IpForwDatagrams                 4                  0.0
  $ ip netns exec r cat /proc/net/dev | grep r0 | sed -E 's/ +/ /g'
   r0: 1358 15 0 0 0 0 0 0 574 7 0 0 0 0 0 0
