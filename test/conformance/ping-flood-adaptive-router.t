ping -A (adaptive), -f (flood) with -c/-w and -q through a router: summary lines, ipg/ewma, and forwarding counters after the burst.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -A -c 5 -q 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  5 packets transmitted, 5 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms, ipg/ewma * ms (glob)
  $ ip netns exec a ping -f -c 20 -q 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  20 packets transmitted, 20 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms, ipg/ewma * ms (glob)
  $ ip netns exec r nstat -az IpForwDatagrams IpInReceives IpOutRequests
  #kernel
  IpInReceives                    50                 0.0
  IpForwDatagrams                 50                 0.0
  IpOutRequests                   0                  0.0
  $ ip -n r -s link show r1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            2492      26      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            2492      26      0       0       0       0 
  $ ip netns exec a ping -f -c 3 -s 2000 -q 10.2.0.2 | head -3
  PING 10.2.0.2 (10.2.0.2) 2000(2028) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  $ ip netns exec r nstat -az IpFragCreates IpFragOKs
  #kernel
  IpFragOKs                       3                  0.0
  IpFragCreates                   6                  0.0
