Resilient nexthop groups and their timers: a bucket in use moves to an underweight member only after idle_timer, or when unbalanced_timer runs out, announced by ip monitor as bucket changes.
  $ ip link set lo up
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up; ip link set v1 up
  $ ip addr add 10.0.0.1/24 dev v0
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=7
  $ for i in 1 2 3 4; do ip nexthop add id $i via 10.0.0.$((i+1)) dev v0; done
  $ ip nexthop add id 10 group 1/2 type resilient buckets 2 idle_timer 2
  $ ip nexthop add id 20 group 1/2 type resilient buckets 2 idle_timer 100 unbalanced_timer 3
  $ ip route add 10.4.0.0/24 nhid 10
  $ ip route add 10.5.0.0/24 nhid 20
  $ for d in 5 6 7 8 9; do ip route get 10.4.0.$d; ip route get 10.5.0.$d; done | grep -v cache
  10.4.0.5 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
  10.5.0.5 via 10.0.0.3 dev v0 src 10.0.0.1 uid 0 
  10.4.0.6 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
  10.5.0.6 via 10.0.0.3 dev v0 src 10.0.0.1 uid 0 
  10.4.0.7 via 10.0.0.3 dev v0 src 10.0.0.1 uid 0 
  10.5.0.7 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
  10.4.0.8 via 10.0.0.3 dev v0 src 10.0.0.1 uid 0 
  10.5.0.8 via 10.0.0.3 dev v0 src 10.0.0.1 uid 0 
  10.4.0.9 via 10.0.0.3 dev v0 src 10.0.0.1 uid 0 
  10.5.0.9 via 10.0.0.2 dev v0 src 10.0.0.1 uid 0 
  $ ip monitor nexthop > mon.txt &
  $ sleep 0.2
  $ ip nexthop replace id 10 group 1/2/3 type resilient
  $ ip nexthop replace id 20 group 1/2/3 type resilient
  $ ip nexthop bucket | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 0 idle_time T nhid 2 
  id 10 index 1 idle_time T nhid 1 
  id 20 index 0 idle_time T nhid 2 
  id 20 index 1 idle_time T nhid 1 
  $ sleep 1
  $ ip nexthop bucket | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 0 idle_time T nhid 2 
  id 10 index 1 idle_time T nhid 1 
  id 20 index 0 idle_time T nhid 2 
  id 20 index 1 idle_time T nhid 1 
  $ sleep 1.5
  $ ip nexthop bucket | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 0 idle_time T nhid 3 
  id 10 index 1 idle_time T nhid 1 
  id 20 index 0 idle_time T nhid 2 
  id 20 index 1 idle_time T nhid 1 
  $ ip nexthop | sed -E 's/unbalanced_time [0-9.]+/unbalanced_time U/'
  id 1 via 10.0.0.2 dev v0 scope link 
  id 2 via 10.0.0.3 dev v0 scope link 
  id 3 via 10.0.0.4 dev v0 scope link 
  id 4 via 10.0.0.5 dev v0 scope link 
  id 10 group 1/2/3 type resilient buckets 2 idle_timer 2 unbalanced_timer 0 unbalanced_time U 
  id 20 group 1/2/3 type resilient buckets 2 idle_timer 100 unbalanced_timer 3 unbalanced_time U 
  $ sleep 1.5
  $ ip nexthop bucket | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 10 index 0 idle_time T nhid 3 
  id 10 index 1 idle_time T nhid 1 
  id 20 index 0 idle_time T nhid 3 
  id 20 index 1 idle_time T nhid 1 
  $ ip nexthop show id 20
  id 20 group 1/2/3 type resilient buckets 2 idle_timer 100 unbalanced_timer 3 unbalanced_time 0 
  $ ip nexthop replace id 20 group 3/4 type resilient idle_timer 5 unbalanced_timer 0
  $ ip nexthop show id 20
  id 20 group 3/4 type resilient buckets 2 idle_timer 5 unbalanced_timer 0 unbalanced_time 0 
  $ ip nexthop bucket show id 20 | sed -E 's/idle_time [0-9.]+ /idle_time T /'
  id 20 index 0 idle_time T nhid 3 
  id 20 index 1 idle_time T nhid 4 
  $ kill %1; wait
  $ sed -E 's/idle_time [0-9.]+ /idle_time T /; s/unbalanced_time [0-9.]+/unbalanced_time U/' mon.txt
  id 10 group 1/2/3 type resilient buckets 2 idle_timer 2 unbalanced_timer 0 unbalanced_time U 
  id 20 group 1/2/3 type resilient buckets 2 idle_timer 100 unbalanced_timer 3 unbalanced_time U 
  id 10 index 0 idle_time T nhid 3 
  id 20 index 0 idle_time T nhid 3 
  id 20 group 3/4 type resilient buckets 2 idle_timer 5 unbalanced_timer 0 unbalanced_time U 
