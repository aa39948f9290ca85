proxy_arp_pvlan (RFC 3069 private VLAN): a router answers ARP requests between two hosts of the same segment with its own address, back out of the interface they came in on, only while forwarding; proxy_arp alone does not (same device); proxy_delay 0 answers at once; the hosts' tables then point at the router.
  $ ip netns add r
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge
  $ ip -n lan link set br0 up
  $ ip link add r0 netns r address 02:00:00:00:00:01 type veth peer name p0 netns lan
  $ ip link add e1 netns h1 address 02:00:00:00:00:11 type veth peer name p1 netns lan
  $ ip link add e2 netns h2 address 02:00:00:00:00:12 type veth peer name p2 netns lan
  $ for p in p0 p1 p2; do ip -n lan link set $p master br0 up; done
  $ ip -n lan link set p1 type bridge_slave isolated on
  $ ip -n lan link set p2 type bridge_slave isolated on
  $ ip -n r link set r0 up
  $ ip -n h1 link set e1 up
  $ ip -n h2 link set e2 up
  $ ip -n r addr add 10.0.0.1/24 dev r0
  $ ip -n h1 addr add 10.0.0.11/24 dev e1
  $ ip -n h2 addr add 10.0.0.12/24 dev e2
  $ ip netns exec h1 arping -c 1 -w 1 -I e1 10.0.0.12
  ARPING 10.0.0.12 from 10.0.0.11 e1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.proxy_arp=1
  $ ip netns exec h1 arping -c 1 -w 1 -I e1 10.0.0.12
  ARPING 10.0.0.12 from 10.0.0.11 e1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.proxy_arp_pvlan=1
  $ ip netns exec h1 arping -c 1 -w 1 -I e1 10.0.0.12
  ARPING 10.0.0.12 from 10.0.0.11 e1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec h1 arping -c 1 -w 1 -I e1 10.0.0.12
  ARPING 10.0.0.12 from 10.0.0.11 e1
  Unicast reply from 10.0.0.12 [02:00:00:00:00:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.proxy_arp=0
  $ ip netns exec h1 arping -c 1 -w 1 -I e1 10.0.0.12
  ARPING 10.0.0.12 from 10.0.0.11 e1
  Unicast reply from 10.0.0.12 [02:00:00:00:00:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h1 ping -c 1 -W 2 10.0.0.12 | sed -n 2p | sed -E 's/time=.*/time/'
  From 10.0.0.1: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.12)
  $ ip -n h1 -4 neigh show | sort
  10.0.0.12 dev e1 lladdr 02:00:00:00:00:01 REACHABLE 
  $ ip -n h2 -4 neigh show | sort
  10.0.0.1 dev e2 lladdr 02:00:00:00:00:01 STALE 
  10.0.0.11 dev e2 lladdr 02:00:00:00:00:01 REACHABLE 
  $ ip -n r -4 neigh show | sort
  10.0.0.11 dev r0 lladdr 02:00:00:00:00:11 DELAY 
  10.0.0.12 dev r0 lladdr 02:00:00:00:00:12 REACHABLE 
  $ ip netns exec r nstat -az IpForwDatagrams IcmpOutRedirects
  #kernel
  IpForwDatagrams                 2                  0.0
  IcmpOutRedirects                2                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.send_redirects=0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=0
  $ ip netns exec h1 ping -c 1 -W 2 10.0.0.12 | sed -n 2p | sed -E 's/time=.*/time/'
  64 bytes from 10.0.0.12: icmp_seq=1 ttl=63 time
  $ ip netns exec r nstat -az IpForwDatagrams IcmpOutRedirects
  #kernel
  IpForwDatagrams                 4                  0.0
  IcmpOutRedirects                2                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.proxy_arp_pvlan=0
  $ ip netns exec h1 arping -c 1 -w 1 -I e1 10.0.0.12
  ARPING 10.0.0.12 from 10.0.0.11 e1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
