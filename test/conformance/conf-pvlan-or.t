proxy_arp_pvlan and proxy_arp are IN_DEV_ORCONF and arp_process() answers for a host on the same port only when the receiving device forwards (IN_DEV_FORWARD: the device's own forwarding, not all): hosts behind isolated bridge ports reach each other through the router's answers.
  $ for n in r h1 h2 lan; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n lan link add br0 type bridge; ip -n lan link set br0 up
  $ ip link add r0 netns r address 02:00:00:00:00:01 type veth peer name p0 netns lan
  $ ip link add e1 netns h1 address 02:00:00:00:00:11 type veth peer name p1 netns lan
  $ ip link add e2 netns h2 address 02:00:00:00:00:12 type veth peer name p2 netns lan
  $ for p in p0 p1 p2; do ip -n lan link set $p master br0 up; done
  $ ip -n lan link set p1 type bridge_slave isolated on; ip -n lan link set p2 type bridge_slave isolated on
  $ ip -n r link set r0 up; ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ ip -n r addr add 10.0.0.1/24 dev r0; ip -n h1 addr add 10.0.0.11/24 dev e1; ip -n h2 addr add 10.0.0.12/24 dev e2
  $ ip netns exec r sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=1 net.ipv4.conf.r0.forwarding=1
  net.ipv4.conf.all.proxy_arp_pvlan = 1
  net.ipv4.conf.r0.forwarding = 1
  $ ip netns exec h1 arping -c 1 -w 1 -I e1 10.0.0.12 | sed -E 's/  [0-9.]+ms$//'
  ARPING 10.0.0.12 from 10.0.0.11 e1
  Unicast reply from 10.0.0.12 [02:00:00:00:00:01]
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.forwarding=0 net.ipv4.conf.all.forwarding=1
  net.ipv4.conf.r0.forwarding = 0
  net.ipv4.conf.all.forwarding = 1
  $ ip netns exec r sysctl net.ipv4.conf.r0.forwarding
  net.ipv4.conf.r0.forwarding = 1
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.forwarding=0
  net.ipv4.conf.r0.forwarding = 0
  $ ip netns exec h1 arping -c 1 -w 1 -I e1 10.0.0.12 | sed -E 's/  [0-9.]+ms$//'
  ARPING 10.0.0.12 from 10.0.0.11 e1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.forwarding=1 net.ipv4.conf.all.proxy_arp_pvlan=0 net.ipv4.conf.r0.proxy_arp_pvlan=1
  net.ipv4.conf.r0.forwarding = 1
  net.ipv4.conf.all.proxy_arp_pvlan = 0
  net.ipv4.conf.r0.proxy_arp_pvlan = 1
  $ ip netns exec h2 arping -c 1 -w 1 -I e2 10.0.0.11 | sed -E 's/  [0-9.]+ms$//'
  ARPING 10.0.0.11 from 10.0.0.12 e2
  Unicast reply from 10.0.0.11 [02:00:00:00:00:01]
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.proxy_arp_pvlan=0 net.ipv4.conf.default.proxy_arp_pvlan=1
  net.ipv4.conf.r0.proxy_arp_pvlan = 0
  net.ipv4.conf.default.proxy_arp_pvlan = 1
  $ ip netns exec h2 arping -c 1 -w 1 -I e2 10.0.0.11 | sed -E 's/  [0-9.]+ms$//'
  ARPING 10.0.0.11 from 10.0.0.12 e2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec r sysctl -w net.ipv4.conf.all.proxy_arp=1
  net.ipv4.conf.all.proxy_arp = 1
  $ ip netns exec h2 arping -c 1 -w 1 -I e2 10.0.0.11 | sed -E 's/  [0-9.]+ms$//'
  ARPING 10.0.0.11 from 10.0.0.12 e2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n r route add 10.9.0.0/16 dev r0
  $ ip netns exec h2 arping -c 1 -w 1 -I e2 10.9.0.1 | sed -E 's/  [0-9.]+ms$//'
  ARPING 10.9.0.1 from 10.0.0.12 e2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n r route add 10.8.0.0/16 dev lo
  Error: Device for nexthop is not up.
  [2]
  $ ip netns exec h2 arping -c 1 -w 1 -I e2 10.8.0.1 | sed -E 's/  [0-9.]+ms$//'
  ARPING 10.8.0.1 from 10.0.0.12 e2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec r sysctl -w net.ipv4.conf.all.proxy_arp=0 net.ipv4.conf.all.proxy_arp_pvlan=1
  net.ipv4.conf.all.proxy_arp = 0
  net.ipv4.conf.all.proxy_arp_pvlan = 1
  $ ip netns exec h2 ping -c 1 -W 2 10.0.0.11 | sed -n 2p | sed -E 's/time=.*//'
  From 10.0.0.1: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.11)
  $ ip -n h2 neigh show | sort
  10.0.0.11 dev e2 lladdr 02:00:00:00:00:01 REACHABLE 
  $ ip -n h1 neigh show | sort
  10.0.0.12 dev e1 lladdr 02:00:00:00:00:01 REACHABLE 
  $ ip -n r neigh show | sort | sed -E 's/ (REACHABLE|STALE|DELAY)/ S/'
  10.0.0.11 dev r0 lladdr 02:00:00:00:00:11 S 
  10.0.0.12 dev r0 lladdr 02:00:00:00:00:12 S 
  $ ip netns exec r nstat -az IpForwDatagrams IcmpOutRedirects IpOutRequests
  #kernel
  IpForwDatagrams                 2                  0.0
  IpOutRequests                   2                  0.0
  IcmpOutRedirects                2                  0.0
