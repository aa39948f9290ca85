A redirect naming a gateway outside every subnet of the link: on a shared medium (shared_media 1, the default) the host only asks that the address be unicast (inet_addr_type) and its neighbour valid, so it takes it once the neighbour is known, and routes through it; with shared_media 0 it must be on link with the old gateway (inet_addr_onlink) and is ignored; a redirect naming the host's own address is not taken (and a broadcast gateway cannot be configured). The router here sits on a bridge (br0), which is both its way in and out.
  $ for n in h r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n r link add br0 address 02:00:00:00:01:00 type bridge
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns r address 02:00:00:00:01:01
  $ ip -n r link set p1 master br0 up
  $ ip -n r link set br0 up
  $ for n in h r; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev br0
  $ ip -n r addr add 172.16.0.1/24 dev br0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.0.0/16 via 192.168.0.121
  $ ip -n r route add 10.9.1.0/24 via 172.16.0.9
  $ ip -n r route add 10.9.2.0/24 via 192.168.0.31
  $ ip -n r route add 10.9.3.0/24 via 192.168.0.255 onlink
  Error: Nexthop device required for onlink.
  [2]
  $ ip -n r route add 10.9.3.0/24 via 192.168.0.255 dev br0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip -n r neigh add 172.16.0.9 lladdr 02:00:00:00:00:09 dev br0 nud permanent
  $ ip netns exec h ping -c 1 -W 1 10.9.1.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 172.16.0.9)
  $ ip -n h route get 10.9.1.1 | head -1
  10.9.1.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ ip -n h neigh show 172.16.0.9
  172.16.0.9 dev h0 INCOMPLETE 
  $ ip -n h neigh replace 172.16.0.9 lladdr 02:00:00:00:00:09 dev h0 nud permanent
  $ sleep 0.1
  $ ip netns exec h ping -c 1 -W 1 10.9.1.2 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 172.16.0.9)
  $ ip -n h route get 10.9.1.2
  10.9.1.2 via 172.16.0.9 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route get 10.9.1.2 | head -1
  10.9.1.2 via 172.16.0.9 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.shared_media=0 net.ipv4.conf.h0.shared_media=0
  $ sleep 0.2
  $ ip netns exec h ping -c 1 -W 1 10.9.1.3 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 172.16.0.9)
  $ ip -n h route get 10.9.1.3 | head -1
  10.9.1.3 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.shared_media=1
  $ sleep 0.4
  $ ip netns exec h ping -c 1 -W 1 10.9.2.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.31)
  $ ip -n h route get 10.9.2.1 | head -1
  10.9.2.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ sleep 0.7
  $ ip netns exec h ping -c 1 -W 1 10.9.3.1 | sed -n 2p
  $ ip -n h route get 10.9.3.1 | head -1
  10.9.3.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ ip -n h route show cache
  10.9.1.2 via 172.16.0.9 dev h0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 4                  0.0
  IcmpOutRedirects                4                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects IpInAddrErrors | tail -n +2
  IpInAddrErrors                  1                  0.0
  IcmpInRedirects                 4                  0.0
