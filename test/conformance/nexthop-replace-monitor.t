Nexthop objects: replace (single, group, blackhole), parser errors, scope checks of routes through them, and what ip monitor nexthop route prints.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up; ip link set v1 up
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip monitor nexthop route > mon.txt &
  $ sleep 0.2
  $ ip nexthop add id 4 blackhole
  $ ip nexthop add id 1 via 10.0.0.2 dev v0
  $ ip nexthop add id 2 via 10.0.0.3 dev v0
  $ ip nexthop add id 10 group 1/2
  $ ip route add 10.3.0.0/24 nhid 4
  $ ip route add 10.4.0.0/24 nhid 10
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  blackhole 10.3.0.0/24 nhid 4 dev lo 
  10.4.0.0/24 nhid 10 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 1 
  $ ip -d route show 10.3.0.0/24
  blackhole 10.3.0.0/24 nhid 4 dev lo proto boot scope global 
  	nh_info id 4 scope global blackhole proto unspec 
  $ ip route get 10.3.0.5
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=7
  $ ip route get 10.4.0.5
  10.4.0.5 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.4.0.6
  10.4.0.6 via 10.0.0.3 dev v0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.4.0.9
  10.4.0.9 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
      cache 
  $ ip nexthop replace id 4 via 10.0.0.4 dev v0
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.3.0.0/24 nhid 4 via 10.0.0.4 dev v0 
  10.4.0.0/24 nhid 10 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 1 
  $ ip nexthop replace id 10 via 10.0.0.4 dev v0
  Error: Can not replace a nexthop group with a nexthop.
  [2]
  $ ip nexthop replace id 1 group 2
  Error: Can not replace a nexthop with a nexthop group.
  [2]
  $ ip nexthop replace id 10 group 2,5/1,3
  $ ip nexthop
  id 1 via 10.0.0.2 dev v0 scope link 
  id 2 via 10.0.0.3 dev v0 scope link 
  id 4 via 10.0.0.4 dev v0 scope link 
  id 10 group 2,5/1,3 
  $ ip nexthop replace id 4 blackhole
  $ ip nexthop replace id 1 blackhole
  Error: Blackhole nexthop can not be a member of a group with more than one path.
  [2]
  $ ip nexthop replace id 55 via 10.0.0.4 dev v0
  $ ip nexthop add id 56 via 10.0.0.4 dev v0 onlink
  $ ip nexthop add id 57 dev v0 onlink
  Error: ONLINK flag can not be set for nexthop without a gateway.
  [2]
  $ ip nexthop add id 58 blackhole dev v0
  Error: Blackhole attribute can not be used with gateway, oif, encap or fdb.
  [2]
  $ ip nexthop add id 58 via 10.0.0.4 dev nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  [255]
  $ ip nexthop add id 58 via 10.0.0.1 dev v0
  $ ip nexthop add id 58 via 127.0.0.1 dev lo
  RTNETLINK answers: File exists
  [2]
  $ ip nexthop add id 58 via 10.0.0.4 dev v0 foo
  Error: argument "foo" is wrong: 
  [255]
  $ ip nexthop add id abc dev v0
  Error: argument "abc" is wrong: invalid id value
  [255]
  $ ip nexthop add id 59 group
  Command line is not complete. Try option "help"
  [255]
  $ ip nexthop add id 59 group 1/
  Error: argument "1" is wrong: "group" value is invalid
  [255]
  $ ip nexthop add id 59 group x
  Error: argument "x" is wrong: "group" value is invalid
  [255]
  $ ip nexthop add id 59 group 1 type foo
  Error: argument "foo" is wrong: "type" value is invalid
  [255]
  $ ip nexthop add id 59 group 1 type mpath
  $ ip nexthop replace id 4 group 1
  Error: Can not replace a nexthop with a nexthop group.
  [2]
  $ ip nexthop flush id 59
  $ ip nexthop
  id 1 via 10.0.0.2 dev v0 scope link 
  id 2 via 10.0.0.3 dev v0 scope link 
  id 4 blackhole 
  id 10 group 2,5/1,3 
  id 55 via 10.0.0.4 dev v0 scope link 
  id 56 via 10.0.0.4 dev v0 scope link onlink 
  id 58 via 10.0.0.1 dev v0 scope host 
  $ ip route add 10.9.0.0/24 nhid 1 scope link
  $ ip route add 10.9.0.0/24 nhid 57 scope host
  Error: Nexthop id does not exist.
  [2]
  $ ip route add 10.9.0.0/24 nhid 10 scope host
  Error: Route with host scope can not have multiple nexthops.
  [2]
  $ ip route add 10.9.0.0/24 nhid 2 proto static metric 7 src 10.0.0.1
  $ ip route show 10.9.0.0/24
  10.9.0.0/24 nhid 1 via 10.0.0.2 dev v0 scope link 
  10.9.0.0/24 nhid 2 via 10.0.0.3 dev v0 proto static src 10.0.0.1 metric 7 
  $ ip nexthop del id 10
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  blackhole 10.3.0.0/24 nhid 4 dev lo 
  10.9.0.0/24 nhid 1 via 10.0.0.2 dev v0 scope link 
  10.9.0.0/24 nhid 2 via 10.0.0.3 dev v0 proto static src 10.0.0.1 metric 7 
  $ ip link del v0
  $ ip nexthop
  id 4 blackhole 
  $ ip route
  blackhole 10.3.0.0/24 nhid 4 dev lo 
  $ sleep 0.2; kill %1; wait
  $ cat mon.txt
  id 4 blackhole 
  id 1 via 10.0.0.2 dev v0 scope link 
  id 2 via 10.0.0.3 dev v0 scope link 
  id 10 group 1/2 
  blackhole 10.3.0.0/24 nhid 4 dev lo 
  10.4.0.0/24 nhid 10 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 1 
  id 4 via 10.0.0.4 dev v0 scope link 
  10.3.0.0/24 nhid 4 via 10.0.0.4 dev v0 
  id 10 group 2,5/1,3 
  10.4.0.0/24 nhid 10 
  	nexthop via 10.0.0.3 dev v0 weight 5 
  	nexthop via 10.0.0.2 dev v0 weight 3 
  id 4 blackhole 
  blackhole 10.3.0.0/24 nhid 4 dev lo 
  id 55 via 10.0.0.4 dev v0 scope link 
  id 56 via 10.0.0.4 dev v0 scope link onlink 
  id 58 via 10.0.0.1 dev v0 scope host 
  id 59 group 1 
  Deleted id 59 group 1 
  10.9.0.0/24 nhid 1 via 10.0.0.2 dev v0 scope link 
  10.9.0.0/24 nhid 2 via 10.0.0.3 dev v0 proto static src 10.0.0.1 metric 7 
  Deleted id 10 group 2,5/1,3 
  Deleted fe80::/64 dev v0 proto kernel metric 256 pref medium
  Deleted multicast ff00::/8 dev v0 table local proto kernel metric 256 pref medium
  Deleted fe80::/64 dev v1 proto kernel metric 256 pref medium
  Deleted multicast ff00::/8 dev v1 table local proto kernel metric 256 pref medium
  Deleted local 10.0.0.1 dev v0 table local proto kernel scope host src 10.0.0.1 
