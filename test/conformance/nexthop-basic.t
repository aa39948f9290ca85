Nexthop objects: add, show, routes through them (nhid), the errors of bad specifications, and how deleting one or losing its link removes its routes.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up; ip link set v1 up
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip nexthop
  $ ip nexthop add id 1 via 10.0.0.2 dev v0
  $ ip nexthop add id 2 via 10.0.0.3 dev v0
  $ ip nexthop add id 3 dev v0
  $ ip nexthop add id 4 blackhole
  Error: Device for nexthop is not up.
  [2]
  $ ip nexthop add id 10 group 1/2
  $ ip nexthop add id 11 group 1,3/2,1
  $ ip nexthop
  id 1 via 10.0.0.2 dev v0 scope link 
  id 2 via 10.0.0.3 dev v0 scope link 
  id 3 dev v0 scope host 
  id 10 group 1/2 
  id 11 group 1,3/2 
  $ ip nexthop show id 10
  id 10 group 1/2 
  $ ip nexthop get id 11
  id 11 group 1,3/2 
  $ ip nexthop add id 1 via 10.0.0.4 dev v0
  RTNETLINK answers: File exists
  [2]
  $ ip nexthop add id 5 via 10.9.0.4 dev v0
  Error: Nexthop has invalid gateway.
  [2]
  $ ip nexthop add id 5 via 10.9.0.4
  Error: Device attribute required for non-blackhole and non-fdb nexthops.
  [2]
  $ ip nexthop add id 5 dev lo
  Error: Nexthop device is not up.
  [2]
  $ ip nexthop add id 5 group 4/1
  Error: Invalid nexthop id.
  [2]
  $ ip nexthop add id 5 group 10
  Error: Hash-threshold group can not be a nexthop within a group.
  [2]
  $ ip nexthop add id 5 group 99
  Error: Invalid nexthop id.
  [2]
  $ ip nexthop add via 10.0.0.7 dev v0
  $ ip nexthop
  id 1 via 10.0.0.2 dev v0 scope link 
  id 2 via 10.0.0.3 dev v0 scope link 
  id 3 dev v0 scope host 
  id 4 via 10.0.0.7 dev v0 scope link 
  id 10 group 1/2 
  id 11 group 1,3/2 
  $ ip route add 10.1.0.0/24 nhid 1
  $ ip route add 10.2.0.0/24 nhid 10
  $ ip route add 10.3.0.0/24 nhid 4
  $ ip route add 10.4.0.0/24 nhid 99
  Error: Nexthop id does not exist.
  [2]
  $ ip route add 10.5.0.0/24 nhid 1 via 10.0.0.2
  Error: Nexthop specification and nexthop id are mutually exclusive.
  [2]
  $ ip route add 10.6.0.0/24 nhid 1 dev v0
  Error: Nexthop specification and nexthop id are mutually exclusive.
  [2]
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/24 nhid 1 via 10.0.0.2 dev v0 
  10.2.0.0/24 nhid 10 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 1 
  10.3.0.0/24 nhid 4 via 10.0.0.7 dev v0 
  $ ip -d route
  unicast 10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  unicast 10.1.0.0/24 nhid 1 via 10.0.0.2 dev v0 proto boot scope global 
  	nh_info id 1 via 10.0.0.2 dev v0 scope link proto unspec 
  unicast 10.2.0.0/24 nhid 10 proto boot scope global 
  	nh_info id 10 group 1/2 scope global proto unspec 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 1 
  unicast 10.3.0.0/24 nhid 4 via 10.0.0.7 dev v0 proto boot scope global 
  	nh_info id 4 via 10.0.0.7 dev v0 scope link proto unspec 
  $ ip route get 10.2.0.5
  10.2.0.5 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.5
  10.1.0.5 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.3.0.5
  10.3.0.5 via 10.0.0.7 dev v0 src 10.0.0.1 uid 0 
      cache 
  $ ip nexthop del id 2
  $ ip nexthop
  id 1 via 10.0.0.2 dev v0 scope link 
  id 3 dev v0 scope host 
  id 4 via 10.0.0.7 dev v0 scope link 
  id 10 group 1 
  id 11 group 1,3 
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/24 nhid 1 via 10.0.0.2 dev v0 
  10.2.0.0/24 nhid 10 via 10.0.0.2 dev v0 
  10.3.0.0/24 nhid 4 via 10.0.0.7 dev v0 
  $ ip nexthop replace id 1 via 10.0.0.9 dev v0
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/24 nhid 1 via 10.0.0.9 dev v0 
  10.2.0.0/24 nhid 10 via 10.0.0.9 dev v0 
  10.3.0.0/24 nhid 4 via 10.0.0.7 dev v0 
  $ ip link set v1 down
  $ ip nexthop
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 linkdown 
  $ ip link set v0 down
  $ ip nexthop
  $ ip route
  $ ip nexthop flush
  Nothing to flush
  $ ip nexthop
