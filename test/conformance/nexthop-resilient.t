Resilient nexthop groups: buckets spread over the members by weight, shown with their timers, and routes through them. (tuxnet refuses resilient groups: listed in known-failures.)
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up; ip link set v1 up
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip nexthop add id 1 via 10.0.0.2 dev v0
  $ ip nexthop add id 2 via 10.0.0.3 dev v0
  $ ip nexthop add id 10 group 1/2 type resilient
  Error: Number of buckets not specified for nexthop group insertion.
  [2]
  $ ip nexthop add id 10 group 1/2 type resilient buckets 0
  Error: Number of buckets needs to be non-0.
  [2]
  $ ip nexthop add id 10 group 1/2,3 type resilient buckets 8 idle_timer 10
  $ ip nexthop show id 10
  id 10 group 1/2,3 type resilient buckets 8 idle_timer 10 unbalanced_timer 0 unbalanced_time 0 
  $ ip nexthop bucket show id 10 | sed -E 's/idle_time [0-9.]+/idle_time T/'
  id 10 index 0 idle_time T nhid 2 
  id 10 index 1 idle_time T nhid 2 
  id 10 index 2 idle_time T nhid 2 
  id 10 index 3 idle_time T nhid 2 
  id 10 index 4 idle_time T nhid 2 
  id 10 index 5 idle_time T nhid 2 
  id 10 index 6 idle_time T nhid 1 
  id 10 index 7 idle_time T nhid 1 
  $ ip route add 10.4.0.0/24 nhid 10
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.4.0.0/24 nhid 10 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 3 
