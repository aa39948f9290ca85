ip monitor with and without object names sees nexthop objects: the [NEXTHOP] banner of ip monitor all, -timestamp, and echo of ip -echo nexthop add.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up; ip link set v1 up
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip monitor > m1.txt &
  $ ip monitor all > m2.txt &
  $ ip monitor route > m3.txt &
  $ sleep 0.2
  $ ip nexthop add id 1 via 10.0.0.2 dev v0
  $ ip -echo nexthop add id 2 via 10.0.0.3 dev v0 protocol static
  id 2 via 10.0.0.3 dev v0 scope link proto static 
  $ ip -echo nexthop del id 2
  Deleted id 2 via 10.0.0.3 dev v0 scope link proto static 
  $ ip nexthop add id 3 group 1
  $ ip route add 10.4.0.0/24 nhid 3
  $ ip nexthop del id 1
  $ sleep 0.2; kill %1 %2 %3; wait
  $ cat m1.txt
  id 1 via 10.0.0.2 dev v0 scope link 
  id 2 via 10.0.0.3 dev v0 scope link proto static 
  Deleted id 2 via 10.0.0.3 dev v0 scope link proto static 
  id 3 group 1 
  10.4.0.0/24 nhid 3 via 10.0.0.2 dev v0 
  Deleted id 1 via 10.0.0.2 dev v0 scope link 
  Deleted id 3 group 1 
  $ cat m2.txt
  [NEXTHOP]id 1 via 10.0.0.2 dev v0 scope link 
  [NEXTHOP]id 2 via 10.0.0.3 dev v0 scope link proto static 
  [NEXTHOP]Deleted id 2 via 10.0.0.3 dev v0 scope link proto static 
  [NEXTHOP]id 3 group 1 
  [ROUTE]10.4.0.0/24 nhid 3 via 10.0.0.2 dev v0 
  [NEXTHOP]Deleted id 1 via 10.0.0.2 dev v0 scope link 
  [NEXTHOP]Deleted id 3 group 1 
  $ cat m3.txt
  10.4.0.0/24 nhid 3 via 10.0.0.2 dev v0 
