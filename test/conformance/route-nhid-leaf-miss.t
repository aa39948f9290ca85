A route through a nexthop object whose next hops do not fit the flow (oif, linkdown) gives up its whole trie leaf in fib_table_lookup() ("goto miss"): the later aliases of the prefix (an error route among them), the shorter prefixes of the same key and, while local and main are merged, the other table's aliases of that key; a plain route's misfit only goes on to the next alias.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a2 address 02:00:00:00:0a:03 type veth peer name b2 address 02:00:00:00:0b:03
  $ ip link set lo up; for d in a0 b0 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.2.1/24 dev a2
  $ ip nexthop add id 1 via 10.0.0.2 dev a0; ip nexthop add id 2 via 10.0.2.2 dev a2; ip nexthop add id 3 group 1
  $ ip route add 20.1.2.3/32 nhid 1
  $ ip route add blackhole 20.1.2.3/32 metric 10
  $ ip route add 20.1.2.0/24 via 10.0.2.2 dev a2
  $ ip route get 20.1.2.3 oif a2
  20.1.2.3 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 20.1.2.3 oif a2 fibmatch
  20.1.2.0/24 via 10.0.2.2 dev a2 
  $ ip route get 20.1.2.3 oif a0
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 20.1.2.3
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route del 20.1.2.3/32 nhid 1; ip route add 20.1.2.3/32 via 10.0.0.2 dev a0
  $ ip route get 20.1.2.3 oif a2
  20.1.2.3 dev a2 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 20.1.2.3 oif a2 fibmatch
  RTNETLINK answers: No route to host
  [2]
  $ ip route del 20.1.2.3/32 via 10.0.0.2; ip route del blackhole 20.1.2.3/32 metric 10
  $ ip route add 20.1.2.0/25 nhid 3; ip route add 20.1.0.0/16 nhid 2 metric 7
  $ ip route get 20.1.2.3 oif a2
  20.1.2.3 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 20.1.2.3 oif a2 fibmatch
  20.1.0.0/16 nhid 2 via 10.0.2.2 dev a2 metric 7 
  $ ip route get 20.1.2.200 oif a2 fibmatch
  20.1.2.0/24 via 10.0.2.2 dev a2 
  $ ip route get 20.1.2.3 oif a0 fibmatch
  20.1.2.0/25 nhid 3 via 10.0.0.2 dev a0 
  $ ip route del 20.1.2.0/25 nhid 3; ip route add 20.1.2.0/25 via 10.0.0.2
  $ ip route get 20.1.2.3 oif a2 fibmatch
  20.1.2.0/24 via 10.0.2.2 dev a2 
  $ ip route del 20.1.2.0/25; ip route del 20.1.0.0/16 metric 7
  $ ip route add 20.1.2.3/32 nhid 1 table local; ip route add 20.1.2.3/32 via 10.0.2.2 metric 9
  $ ip -4 route show table all | grep 20.1
  20.1.2.0/24 via 10.0.2.2 dev a2 
  20.1.2.3 via 10.0.2.2 dev a2 metric 9 
  20.1.2.3 nhid 1 via 10.0.0.2 dev a0 table local 
  $ ip route get 20.1.2.3 oif a2
  20.1.2.3 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 20.1.2.3 oif a2 fibmatch
  20.1.2.0/24 via 10.0.2.2 dev a2 
  $ ip route get 20.1.2.3 fibmatch
  20.1.2.3 nhid 1 via 10.0.0.2 dev a0 
  $ ip rule add from 1.2.3.4 table 100; ip rule del from 1.2.3.4 table 100
  $ ip route get 20.1.2.3 oif a2 fibmatch
  20.1.2.3 via 10.0.2.2 dev a2 metric 9 
  $ ip route get 20.1.2.3 oif a2
  20.1.2.3 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
      cache 
  $ ip route del 20.1.2.3/32 table local; ip route del 20.1.2.3/32; ip route del 20.1.2.0/24
  $ sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1
  $ ip route add 20.1.2.0/24 nhid 1; ip route add unreachable 20.1.2.0/24 metric 5; ip route add 20.1.0.0/16 via 10.0.2.2
  $ ip route get 20.1.2.3
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip link set b0 down; sleep 0.5
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 dead linkdown 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  20.1.0.0/16 via 10.0.2.2 dev a2 
  unreachable 20.1.2.0/24 metric 5 
  $ ip route get 20.1.2.3
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 20.1.2.3 fibmatch
  RTNETLINK answers: No route to host
  [2]
  $ ip route del 20.1.2.0/24 nhid 1; ip route add 20.1.2.0/24 via 10.0.0.2 dev a0
  Error: Nexthop id does not exist.
  $ ip route get 20.1.2.3 2>&1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 20.1.2.3 fibmatch 2>&1
  RTNETLINK answers: No route to host
  [2]
