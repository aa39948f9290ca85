Transmit errors of a vxlan (vxlan_xmit_one's tx_error): no route to the
remote counts a carrier error, a route to the remote through the vxlan
itself is a loop (counted as a collision); a frame with no fdb entry and
no default remote is dropped. `ip -s -s link` shows them.
  $ ip netns add a
  $ ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n a link add vx0 address 02:00:00:00:01:0a type vxlan id 1 dstport 4789 remote 172.16.0.1
  $ ip -n a link add vx1 address 02:00:00:00:01:0b type vxlan id 2 dstport 4789 remote 172.17.0.1
  $ ip -n a link add vx2 address 02:00:00:00:01:0c type vxlan id 3 dstport 4789
  $ for d in vx0 vx1 vx2; do ip -n a link set $d up; done
  $ ip -n a addr add 192.168.1.1/24 dev vx0; ip -n a addr add 192.168.2.1/24 dev vx1; ip -n a addr add 192.168.3.1/24 dev vx2
  $ ip -n a route add 172.17.0.0/16 dev vx1
  $ ip netns exec a ping -c 1 -W 1 192.168.1.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 192.168.2.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 192.168.3.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 3
  $ ip -n a -s -s link show vx0 | sed -n 3,12p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      3       0       3       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
  $ ip -n a -s -s link show vx1 | sed -n 3,12p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      3       0       0       3 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
  $ ip -n a -s -s link show vx2 | sed -n 3,12p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       3       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
