Routes that use nexthop objects when the nexthop's device goes down and up, its address goes, the nexthop is replaced or deleted (routes go with it, silently or not), and a group loses a member.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip nexthop add id 1 via 10.0.0.2 dev a0
  $ ip nexthop add id 2 via 10.0.1.2 dev a1
  $ ip nexthop add id 3 group 1/2
  $ ip nexthop add id 4 dev a1
  $ ip route add 40.0.0.0/8 nhid 1
  $ ip route add 41.0.0.0/8 nhid 3
  $ ip route add 42.0.0.0/8 nhid 4 metric 9
  $ ip route add 43.0.0.0/8 nhid 2 table 7
  $ ip monitor route nexthop > m 2>&1 &
  $ sleep 0.3
  $ ip link set b1 down
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 linkdown 
  40.0.0.0/8 nhid 1 via 10.0.0.2 dev a0 
  41.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 
  $ ip nexthop show
  id 1 via 10.0.0.2 dev a0 scope link 
  id 3 group 1 
  $ ip route get 41.1.1.1
  41.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip link set b1 up
  $ ip link set a1 down
  $ ip nexthop show
  id 1 via 10.0.0.2 dev a0 scope link 
  id 3 group 1 
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  40.0.0.0/8 nhid 1 via 10.0.0.2 dev a0 
  41.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 
  $ ip route show table 7
  $ ip route get 41.1.1.1
  41.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip link set a1 up
  $ ip nexthop show
  id 1 via 10.0.0.2 dev a0 scope link 
  id 3 group 1 
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  40.0.0.0/8 nhid 1 via 10.0.0.2 dev a0 
  41.0.0.0/8 nhid 3 via 10.0.0.2 dev a0 
  $ ip nexthop add id 2 via 10.0.1.2 dev a1
  $ ip route add 43.0.0.0/8 nhid 2 table 7
  $ ip route add 44.0.0.0/8 nhid 2
  $ ip nexthop replace id 1 via 10.0.1.3 dev a1
  $ ip route get 40.1.1.1
  40.1.1.1 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip nexthop del id 2
  $ ip nexthop show
  id 1 via 10.0.1.3 dev a1 scope link 
  id 3 group 1 
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  40.0.0.0/8 nhid 1 via 10.0.1.3 dev a1 
  41.0.0.0/8 nhid 3 via 10.0.1.3 dev a1 
  $ ip addr flush dev a1
  $ ip nexthop show
  id 1 via 10.0.1.3 dev a1 scope link 
  id 3 group 1 
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  40.0.0.0/8 nhid 1 via 10.0.1.3 dev a1 
  41.0.0.0/8 nhid 3 via 10.0.1.3 dev a1 
  $ sleep 0.3; kill %1
  $ cat m
  Deleted fe80::/64 dev b1 proto kernel metric 256 pref medium
  Deleted multicast ff00::/8 dev b1 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev b1 table local proto kernel metric 256 pref medium
  fe80::/64 dev b1 proto kernel metric 256 pref medium
  Deleted fe80::/64 dev a1 proto kernel metric 256 pref medium
  Deleted multicast ff00::/8 dev a1 table local proto kernel metric 256 pref medium
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  broadcast 10.0.1.255 dev a1 table local proto kernel scope link src 10.0.1.1 
  multicast ff00::/8 dev a1 table local proto kernel metric 256 pref medium
  fe80::/64 dev a1 proto kernel metric 256 pref medium
  id 2 via 10.0.1.2 dev a1 scope link 
  43.0.0.0/8 nhid 2 via 10.0.1.2 dev a1 table 7 
  44.0.0.0/8 nhid 2 via 10.0.1.2 dev a1 
  id 1 via 10.0.1.3 dev a1 scope link 
  40.0.0.0/8 nhid 1 via 10.0.1.3 dev a1 
  41.0.0.0/8 nhid 3 via 10.0.1.3 dev a1 
  Deleted id 2 via 10.0.1.2 dev a1 scope link 
  Deleted 10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  Deleted broadcast 10.0.1.255 dev a1 table local proto kernel scope link src 10.0.1.1 
  Deleted local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  Deleted fe80::/64 dev a1 proto kernel metric 256 pref medium
