Random differential scenario (seed 7): local addresses of h (on e0, on lo, secondaries, scopes, peers, broadcast forms, noprefixroute, lifetimes) added, deleted and flushed at random with promote_secondaries, route_localnet, accept_local and link state changes; after each step the local table, ip route get and pings of h's own addresses and from the peer x.

  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n x addr add 10.0.0.100/24 dev x0; ip -n x route add default via 10.0.0.1
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.mcast_solicit=1 net.ipv4.neigh.e0.base_reachable_time_ms=3600000; ip netns exec x sysctl -qw net.ipv4.neigh.x0.mcast_solicit=1 net.ipv4.neigh.x0.base_reachable_time_ms=3600000
  $ ip -n h link set lo up
  $ ip -n h addr add 10.0.0.1/32 dev e0 noprefixroute peer 10.9.9.9; echo $?
  0
  $ ip -n h route show table local
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -n h -br -4 addr show
  lo               UNKNOWN        127.0.0.1/8 
  e0@if2           UP             10.0.0.1 peer 10.9.9.9/32 
  $ ip -n h addr del 10.0.0.130/25 dev e0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -n h addr add 127.1.2.3/32 dev lo noprefixroute; echo $?
  0
  $ ip -n h route show table local
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 127.1.2.3 dev lo proto kernel scope host src 127.1.2.3 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -n h addr add 172.16.0.1/30 dev e0 brd +; echo $?
  0
  $ ip -n h route show table local
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 127.1.2.3 dev lo proto kernel scope host src 127.1.2.3 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 172.16.0.1 dev e0 proto kernel scope host src 172.16.0.1 
  broadcast 172.16.0.3 dev e0 proto kernel scope link src 172.16.0.1 
  $ ip -n h addr del 10.0.0.130/25 dev e0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -n h addr add 10.0.0.1/32 dev e0 ; echo $?
  0
  $ ip -n h route show table local
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 127.1.2.3 dev lo proto kernel scope host src 127.1.2.3 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 172.16.0.1 dev e0 proto kernel scope host src 172.16.0.1 
  broadcast 172.16.0.3 dev e0 proto kernel scope link src 172.16.0.1 
  $ ip netns exec x ping -c 1 -W 1 -b 10.0.0.1 >/dev/null 2>&1; echo $?; sleep 0.05
  1
  $ ip -n h route show table local
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 127.1.2.3 dev lo proto kernel scope host src 127.1.2.3 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 172.16.0.1 dev e0 proto kernel scope host src 172.16.0.1 
  broadcast 172.16.0.3 dev e0 proto kernel scope link src 172.16.0.1 
  $ ip -n h route del local 10.0.0.1 table local; echo $?
  0
  $ ip -n h addr del 10.0.0.2/24 dev lo; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -n h -4 addr show | grep -v valid_lft
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.1/8 scope host lo
      inet 127.1.2.3/32 scope host noprefixroute lo
  2: e0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns x
      inet 10.0.0.1 peer 10.9.9.9/32 scope global noprefixroute e0
      inet 172.16.0.1/30 brd 172.16.0.3 scope global e0
      inet 10.0.0.1/32 scope global e0
  $ ip -n h route show table all type local; ip -n h route show table all type broadcast; ip -n h -4 route show
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.1.2.3 dev lo table local proto kernel scope host src 127.1.2.3 
  local 172.16.0.1 dev e0 table local proto kernel scope host src 172.16.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  broadcast 172.16.0.3 dev e0 table local proto kernel scope link src 172.16.0.1 
  172.16.0.0/30 dev e0 proto kernel scope link src 172.16.0.1 
  $ for a in 10.1.255.255 127.0.0.1 127.1.2.3 10.0.0.2 10.0.0.1 10.0.0.255; do ip netns exec h ping -c 1 -W 1 $a > /dev/null 2>&1; echo "$a $?"; done
  10.1.255.255 2
  127.0.0.1 0
  127.1.2.3 0
  10.0.0.2 2
  10.0.0.1 2
  10.0.0.255 2
  $ ip netns exec h nstat -az IpInReceives IpInAddrErrors IpOutNoRoutes IpInDelivers IcmpInEchos IcmpOutEchoReps IpExtInBcastPkts IpExtOutBcastPkts | grep -v '^#'
  IpInReceives                    5                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDelivers                    5                  0.0
  IpOutNoRoutes                   4                  0.0
  IcmpInEchos                     3                  0.0
  IcmpOutEchoReps                 2                  0.0
  IpExtInBcastPkts                0                  0.0
  IpExtOutBcastPkts               0                  0.0
  $ sleep 1.1; ip -n x neigh show | sort; ip -n h neigh show | sort
  10.0.0.1 dev x0 lladdr 02:00:00:00:01:00 REACHABLE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
