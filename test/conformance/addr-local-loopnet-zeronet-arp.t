Loopback-range and zeronet addresses on an Ethernet device: whether a peer's ARP for them is answered (route_localnet lets 127/8 through arp_process()), what the local table holds, pings to them across the link with the peer's route.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n h link set lo up; ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0
  $ ip -n h addr add 127.0.0.5/8 dev e0; ip -n h addr add 0.0.0.7/8 dev e0; ip -n h addr add 127.1.0.9/32 dev e0 scope link; echo $?
  0
  $ ip -n h route show table local; ip -n h route show
  local 0.0.0.7 dev e0 proto kernel scope host src 0.0.0.7 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.5 dev e0 proto kernel scope host src 127.0.0.5 
  local 127.1.0.9 dev e0 proto kernel scope host src 127.1.0.9 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  broadcast 127.255.255.255 dev e0 proto kernel scope link src 127.0.0.5 
  10.0.0.0/24 dev e0 proto kernel scope link src 10.0.0.1 
  127.0.0.0/8 dev e0 proto kernel scope link src 127.0.0.5 
  $ ip netns exec x arping -c 1 -w 1 -I x0 127.0.0.5 | tail -2; ip netns exec x arping -c 1 -w 1 -I x0 0.0.0.7 | tail -2; ip netns exec x arping -c 1 -w 1 -I x0 127.1.0.9 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.route_localnet=1; ip netns exec x arping -c 1 -w 1 -I x0 127.0.0.5 | tail -2; ip netns exec x arping -c 1 -w 1 -I x0 127.1.0.9 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.route_localnet=1; ip netns exec x arping -c 1 -w 1 -I x0 127.0.0.5 | tail -2; ip netns exec x arping -c 1 -w 1 -s 127.0.0.9 -I x0 10.0.0.1 | tail -2
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  arping: bind: Cannot assign requested address
  $ ip -n h neigh show; ip -n x neigh show
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  $ ip -n x route add 127.0.0.0/8 dev x0; ip -n x route add 0.0.0.0/8 dev x0; echo $?
  0
  $ ip netns exec x sysctl -qw net.ipv4.conf.all.route_localnet=1 net.ipv4.conf.x0.route_localnet=1; ip netns exec x ping -c 1 -W 1 127.0.0.5 > /dev/null; echo $?; ip netns exec x ping -c 1 -W 1 -I 10.0.0.100 127.0.0.5 > /dev/null; echo $?
  0
  0
  $ ip -n x neigh show | sort; ip -n h neigh show | sort
  127.0.0.5 dev x0 lladdr 02:00:00:00:01:00 REACHABLE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 DELAY 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.route_localnet=0 net.ipv4.conf.e0.route_localnet=0; ip -n h neigh flush all; ip -n x neigh flush all
  $ ip netns exec h ping -c 1 -W 1 -I 127.0.0.5 10.0.0.100 > /dev/null; echo $?; ip netns exec h ping -c 1 -W 1 -I 0.0.0.7 10.0.0.100 > /dev/null; echo $?; ip -n x neigh show | sort
  1
  0
  0.0.0.7 dev x0 lladdr 02:00:00:00:01:00 DELAY 
  $ ip netns exec h nstat -az IpInAddrErrors IpOutNoRoutes IpInReceives | grep -v '^#'; ip netns exec x nstat -az IpInAddrErrors IpOutNoRoutes IpInReceives IpOutRequests | grep -v '^#'
  IpInReceives                    3                  0.0
  IpInAddrErrors                  0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpInReceives                    3                  0.0
  IpInAddrErrors                  0                  0.0
  IpOutRequests                   3                  0.0
  IpOutNoRoutes                   0                  0.0
