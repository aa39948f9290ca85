ip monitor route across the ways a route changes: replace, append, prepend, change, types, tables past 255, metrics, multipath, flush, and the address's own routes leaving with it. IPv6 is disabled first (tuxnet has no IPv6).
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip monitor route > m &
  $ ip -j monitor route > j &
  $ sleep 0.1
  $ ip route add 10.9.0.0/16 via 10.0.0.2 metric 5
  $ ip route replace 10.9.0.0/16 via 10.0.0.3 metric 5 mtu 1400
  $ ip route append 10.9.0.0/16 via 10.0.0.4 metric 5
  $ ip route prepend 10.9.0.0/16 via 10.0.0.5 metric 5 proto static
  $ ip route change 10.9.0.0/16 via 10.0.0.6 metric 5
  $ ip route add unreachable 10.8.0.0/16 table 1000
  $ ip route add 10.7.0.0/16 nexthop via 10.0.0.2 weight 3 nexthop via 10.0.0.3
  $ ip route add prohibit 10.6.0.0/16 tos 0x10
  $ ip route flush 10.9.0.0/16
  $ ip route del unreachable 10.8.0.0/16 table 1000
  $ ip addr del 10.0.0.1/24 dev a0
  $ sleep 0.1; kill %1 %2; wait
  $ cat m
  10.9.0.0/16 via 10.0.0.2 dev a0 metric 5 
  10.9.0.0/16 via 10.0.0.3 dev a0 metric 5 mtu 1400 
  10.9.0.0/16 via 10.0.0.4 dev a0 metric 5 
  10.9.0.0/16 via 10.0.0.5 dev a0 proto static metric 5 
  10.9.0.0/16 via 10.0.0.6 dev a0 metric 5 
  unreachable 10.8.0.0/16 table 1000 
  10.7.0.0/16 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  prohibit 10.6.0.0/16 tos 0x10 
  Deleted 10.9.0.0/16 via 10.0.0.6 dev a0 metric 5 
  Deleted 10.9.0.0/16 via 10.0.0.3 dev a0 metric 5 mtu 1400 
  Deleted 10.9.0.0/16 via 10.0.0.4 dev a0 metric 5 
  Deleted unreachable 10.8.0.0/16 table 1000 
  Deleted 10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  Deleted broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  Deleted local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  $ cat j
  10.9.0.0/16 via 10.0.0.2 dev a0 metric 5 
  10.9.0.0/16 via 10.0.0.3 dev a0 metric 5 mtu 1400 
  10.9.0.0/16 via 10.0.0.4 dev a0 metric 5 
  10.9.0.0/16 via 10.0.0.5 dev a0 proto static metric 5 
  10.9.0.0/16 via 10.0.0.6 dev a0 metric 5 
  unreachable 10.8.0.0/16 table 1000 
  10.7.0.0/16 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  prohibit 10.6.0.0/16 tos 0x10 
  Deleted 10.9.0.0/16 via 10.0.0.6 dev a0 metric 5 
  Deleted 10.9.0.0/16 via 10.0.0.3 dev a0 metric 5 mtu 1400 
  Deleted 10.9.0.0/16 via 10.0.0.4 dev a0 metric 5 
  Deleted unreachable 10.8.0.0/16 table 1000 
  Deleted 10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  Deleted broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  Deleted local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
