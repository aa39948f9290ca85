Random differential scenario (seed 23): local addresses of h (on e0, on lo, secondaries, scopes, peers, broadcast forms, noprefixroute, lifetimes) added, deleted and flushed at random with promote_secondaries, route_localnet, accept_local and link state changes; after each step the local table, ip route get and pings of h's own addresses and from the peer x.

  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n x addr add 10.0.0.100/24 dev x0; ip -n x route add default via 10.0.0.1
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.mcast_solicit=1 net.ipv4.neigh.e0.base_reachable_time_ms=3600000; ip netns exec x sysctl -qw net.ipv4.neigh.x0.mcast_solicit=1 net.ipv4.neigh.x0.base_reachable_time_ms=3600000
  $ ip netns exec h ping -c 1 -W 1 -I e0 10.0.0.1 >/dev/null 2>&1; echo $?; ip -n h route get 10.0.0.1 2>&1
  1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n h route show table local
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip -n h addr add 10.0.0.1/24 dev e0 scope nowhere peer 10.9.9.2; echo $?
  0
  $ ip -n h addr add 172.16.0.1/30 dev e0 scope global; echo $?
  0
  $ ip -n h addr add 10.0.0.3/25 dev e0 ; echo $?
  0
  $ ip -n h route show table local
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.3 
  broadcast 10.0.0.127 dev e0 proto kernel scope link src 10.0.0.3 
  local 172.16.0.1 dev e0 proto kernel scope host src 172.16.0.1 
  broadcast 172.16.0.3 dev e0 proto kernel scope link src 172.16.0.1 
  $ ip -n h -br -4 addr show
  e0@if2           UP             10.0.0.1 peer 10.9.9.2/32 172.16.0.1/30 10.0.0.3/25 
  $ ip -n h addr add 10.0.0.2/24 dev e0 scope 253 brd -; echo $?
  0
  $ ip -n h addr add 127.0.0.2/8 dev lo brd +; echo $?
  0
  $ ip -n h route show table local
  broadcast 10.0.0.0 dev e0 proto kernel scope link src 10.0.0.2 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.3 
  broadcast 10.0.0.127 dev e0 proto kernel scope link src 10.0.0.3 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.2 
  local 127.0.0.2 dev lo proto kernel scope host src 127.0.0.2 
  local 172.16.0.1 dev e0 proto kernel scope host src 172.16.0.1 
  broadcast 172.16.0.3 dev e0 proto kernel scope link src 172.16.0.1 
  $ ip -n h addr add 10.0.0.1/24 dev lo brd -; echo $?
  0
  $ ip netns exec x ping -c 1 -W 1 127.0.0.1 >/dev/null 2>&1; echo $?; sleep 0.05
  1
  $ ip -n h route show table local
  broadcast 10.0.0.0 dev e0 proto kernel scope link src 10.0.0.2 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.1 dev lo proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.3 
  broadcast 10.0.0.127 dev e0 proto kernel scope link src 10.0.0.3 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.2 
  local 127.0.0.2 dev lo proto kernel scope host src 127.0.0.2 
  local 172.16.0.1 dev e0 proto kernel scope host src 172.16.0.1 
  broadcast 172.16.0.3 dev e0 proto kernel scope link src 172.16.0.1 
  $ ip -n h addr add 10.0.0.2/24 dev e0 noprefixroute; echo $?
  Error: ipv4: Address already assigned.
  2
  $ ip -n h route show table local
  broadcast 10.0.0.0 dev e0 proto kernel scope link src 10.0.0.2 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.1 dev lo proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.3 
  broadcast 10.0.0.127 dev e0 proto kernel scope link src 10.0.0.3 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.2 
  local 127.0.0.2 dev lo proto kernel scope host src 127.0.0.2 
  local 172.16.0.1 dev e0 proto kernel scope host src 172.16.0.1 
  broadcast 172.16.0.3 dev e0 proto kernel scope link src 172.16.0.1 
  $ ip -n h addr add 172.16.0.2/31 dev e0 ; echo $?
  0
  $ ip -n h route show table local
  broadcast 10.0.0.0 dev e0 proto kernel scope link src 10.0.0.2 
  local 10.0.0.1 dev e0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.1 dev lo proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 dev e0 proto kernel scope host src 10.0.0.3 
  broadcast 10.0.0.127 dev e0 proto kernel scope link src 10.0.0.3 
  broadcast 10.0.0.255 dev e0 proto kernel scope link src 10.0.0.2 
  local 127.0.0.2 dev lo proto kernel scope host src 127.0.0.2 
  local 172.16.0.1 dev e0 proto kernel scope host src 172.16.0.1 
  local 172.16.0.2 dev e0 proto kernel scope host src 172.16.0.2 
  broadcast 172.16.0.3 dev e0 proto kernel scope link src 172.16.0.1 
  $ ip -n h -4 addr show | grep -v valid_lft
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
      inet 127.0.0.2/8 brd 127.255.255.255 scope host lo
      inet 10.0.0.1/24 brd 10.0.0.0 scope global lo
  2: e0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns x
      inet 10.0.0.1 peer 10.9.9.2/32 scope nowhere e0
      inet 10.0.0.2/24 brd 10.0.0.0 scope link e0
      inet 172.16.0.1/30 scope global e0
      inet 10.0.0.3/25 scope global e0
      inet 172.16.0.2/31 scope global e0
  $ ip -n h route show table all type local; ip -n h route show table all type broadcast; ip -n h -4 route show
  local 10.0.0.1 dev e0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.1 dev lo table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev e0 table local proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 dev e0 table local proto kernel scope host src 10.0.0.3 
  local 127.0.0.2 dev lo table local proto kernel scope host src 127.0.0.2 
  local 172.16.0.1 dev e0 table local proto kernel scope host src 172.16.0.1 
  local 172.16.0.2 dev e0 table local proto kernel scope host src 172.16.0.2 
  broadcast 10.0.0.0 dev e0 table local proto kernel scope link src 10.0.0.2 
  broadcast 10.0.0.127 dev e0 table local proto kernel scope link src 10.0.0.3 
  broadcast 10.0.0.255 dev e0 table local proto kernel scope link src 10.0.0.2 
  broadcast 172.16.0.3 dev e0 table local proto kernel scope link src 172.16.0.1 
  10.0.0.0/25 dev e0 proto kernel scope link src 10.0.0.3 
  10.0.0.0/24 dev e0 proto kernel scope link src 10.0.0.2 
  10.9.9.2 dev e0 proto kernel scope link src 10.0.0.1 
  172.16.0.0/30 dev e0 proto kernel scope link src 172.16.0.1 
  172.16.0.2/31 dev e0 proto kernel scope link src 172.16.0.2 
  $ for a in 172.16.0.1 10.1.0.1 10.0.0.2 127.0.0.1 127.1.2.3 10.0.0.5; do ip netns exec h ping -c 1 -W 1 $a > /dev/null 2>&1; echo "$a $?"; done
  172.16.0.1 1
  10.1.0.1 2
  10.0.0.2 1
  127.0.0.1 2
  127.1.2.3 2
  10.0.0.5 1
  $ ip netns exec h nstat -az IpInReceives IpInAddrErrors IpOutNoRoutes IpInDelivers IcmpInEchos IcmpOutEchoReps IpExtInBcastPkts IpExtOutBcastPkts | grep -v '^#'
  IpInReceives                    1                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDelivers                    0                  0.0
  IpOutNoRoutes                   3                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutEchoReps                 0                  0.0
  IpExtInBcastPkts                0                  0.0
  IpExtOutBcastPkts               0                  0.0
  $ sleep 1.1; ip -n x neigh show | sort; ip -n h neigh show | sort
  10.0.0.1 dev x0 lladdr 02:00:00:00:01:00 REACHABLE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.0.0.5 dev e0 FAILED 
