Routes and addresses on links that are down or without carrier.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip route add 10.0.0.0/8 via 192.168.1.9
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.0.0.0/8 dev a0
  Error: Device for nexthop is not up.
  [2]
  $ ip route add 10.0.0.0/8 via 192.168.1.9 dev a0 onlink
  Error: Nexthop device is not up.
  [2]
  $ ip route show
  $ ip link set a0 up
  $ ip route show
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 linkdown 
  $ ip route add 10.0.0.0/8 via 192.168.1.9
  $ ip route show
  10.0.0.0/8 via 192.168.1.9 dev a0 linkdown 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 linkdown 
  $ ip route get 10.1.1.1
  10.1.1.1 via 192.168.1.9 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route add 11.0.0.0/8 dev a0
  $ ip link set a0 down
  $ ip route show
  $ ip route get 11.1.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set a0 up
  $ ip route show
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 linkdown 
  $ ip route show dev a0
  192.168.1.0/24 proto kernel scope link src 192.168.1.1 linkdown 
  $ sysctl -w net.ipv4.conf.a0.ignore_routes_with_linkdown=1
  net.ipv4.conf.a0.ignore_routes_with_linkdown = 1
  $ ip route add 12.0.0.0/8 via 192.168.1.9
  $ ip route show
  12.0.0.0/8 via 192.168.1.9 dev a0 dead linkdown 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 dead linkdown 
  $ ip route get 12.1.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set b0 up
  $ ip route show
  12.0.0.0/8 via 192.168.1.9 dev a0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route get 12.1.1.1
  12.1.1.1 via 192.168.1.9 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip link set b0 down
  $ ip -d route show 12.0.0.0/8
  unicast 12.0.0.0/8 via 192.168.1.9 dev a0 proto boot scope global dead linkdown 
  $ ip route show 12.0.0.0/8
  12.0.0.0/8 via 192.168.1.9 dev a0 dead linkdown 
