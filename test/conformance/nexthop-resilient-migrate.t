Resilient nexthop groups over time: a replace adds a member and idle buckets move to it at once while a bucket in use waits for idle_timer, a removed member's buckets move at once, the bucket filters and errors, and what ip monitor nexthop shows.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up; ip link set v1 up
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip nexthop add id 1 via 10.0.0.2 dev v0
  $ ip nexthop add id 2 via 10.0.0.3 dev v0
  $ ip nexthop add id 3 via 10.0.0.4 dev v0
  $ ip nexthop add id 10 group 1/2 type resilient buckets 4 idle_timer 3
  $ ip nexthop add id 11 group 1/2
  $ ip route add 10.4.0.0/24 nhid 10
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=7
  $ ip route get 10.4.0.5
  10.4.0.5 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
      cache 
  $ ip nexthop bucket show id 10 | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 0 idle_time T nhid 2 
  id 10 index 1 idle_time T nhid 2 
  id 10 index 2 idle_time T nhid 1 
  id 10 index 3 idle_time T nhid 1 
  $ ip monitor nexthop > mon.txt &
  $ sleep 0.2
  $ ip nexthop replace id 10 group 1/2/3 type resilient
  $ ip nexthop show id 10 | sed -E 's/unbalanced_time [0-9.]+/unbalanced_time U/'
  id 10 group 1/2/3 type resilient buckets 4 idle_timer 3 unbalanced_timer 0 unbalanced_time U 
  $ ip nexthop bucket show id 10 | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 0 idle_time T nhid 2 
  id 10 index 1 idle_time T nhid 2 
  id 10 index 2 idle_time T nhid 3 
  id 10 index 3 idle_time T nhid 1 
  $ sleep 4
  $ ip nexthop bucket show id 10 | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 0 idle_time T nhid 2 
  id 10 index 1 idle_time T nhid 2 
  id 10 index 2 idle_time T nhid 3 
  id 10 index 3 idle_time T nhid 1 
  $ ip nexthop show id 10
  id 10 group 1/2/3 type resilient buckets 4 idle_timer 3 unbalanced_timer 0 unbalanced_time 0 
  $ ip nexthop bucket show nhid 3 | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 2 idle_time T nhid 3 
  $ ip nexthop bucket get id 10 index 1 | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 1 idle_time T nhid 2 
  $ ip nexthop bucket get id 10 index 4
  Error: Bucket index out of bounds.
  [2]
  $ ip nexthop bucket get id 11 index 0
  Error: Nexthop group not of type resilient.
  [2]
  $ ip nexthop bucket get id 1 index 0
  Error: Not a nexthop group.
  [2]
  $ ip nexthop bucket get id 99 index 0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip nexthop bucket show id 11
  Error: Nexthop group not of type resilient.
  Dump terminated
  [2]
  $ ip nexthop replace id 10 group 1/2 type resilient buckets 8
  Error: Can not change number of buckets of a resilient nexthop group.
  [2]
  $ ip nexthop replace id 10 group 1/2
  Error: Can not replace a nexthop group with one of a different type.
  [2]
  $ ip nexthop replace id 11 group 1/2 type resilient buckets 4
  Error: Can not replace a nexthop group with one of a different type.
  [2]
  $ ip nexthop add id 12 group 10/1
  Error: Resilient group can not be a nexthop within a group.
  [2]
  $ ip nexthop del id 3
  $ ip nexthop show id 10
  id 10 group 1/2 type resilient buckets 4 idle_timer 3 unbalanced_timer 0 unbalanced_time 0 
  $ ip nexthop bucket show id 10 | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 0 idle_time T nhid 2 
  id 10 index 1 idle_time T nhid 2 
  id 10 index 2 idle_time T nhid 1 
  id 10 index 3 idle_time T nhid 1 
  $ ip -j nexthop show id 10
  [{"id":10,"group":[{"id":1},{"id":2}],"type":"resilient","resilient_args":{"buckets":4,"idle_timer":3,"unbalanced_timer":0,"unbalanced_time":0},"flags":[]}]
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.4.0.0/24 nhid 10 
  	nexthop via 10.0.0.2 dev v0 weight 1 
  	nexthop via 10.0.0.3 dev v0 weight 1 
  $ kill %1; wait
  $ sed -E 's/idle_time [0-9.]+ /idle_time T /; s/unbalanced_time [0-9.]+/unbalanced_time U/' mon.txt
  id 10 group 1/2/3 type resilient buckets 4 idle_timer 3 unbalanced_timer 0 unbalanced_time U 
  Deleted id 3 via 10.0.0.4 dev v0 scope link 
  id 10 group 1/2 type resilient buckets 4 idle_timer 3 unbalanced_timer 0 unbalanced_time U 
