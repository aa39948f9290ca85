Querier election: a general query heard on a port makes that port a learnt multicast router port (temporary, for mcast_querier_interval) and silences the bridge's own querier while the other-querier timer runs; when the other querier stops the bridge takes over from 0.0.0.0; with mcast_query_use_ifaddr the lower address wins.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ for n in h1 h2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_querier_interval 400 mcast_startup_query_interval 100
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 netns h2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up; ip -n h2 link set e2 up
  $ ip addr add 10.0.0.254/24 dev br0
  $ bridge -d mdb show
  $ ip -n h1 link add rq address 02:00:00:00:0a:01 type bridge mcast_querier 1 mcast_query_use_ifaddr 1 mcast_startup_query_interval 100 mcast_query_interval 200
  $ ip -n h1 link set e1 master rq
  $ ip -n h1 addr add 10.0.0.1/24 dev rq
  $ ip -n h1 link set rq up; ip -n h1 link set e1 up
  $ sleep 1
  $ bridge -d mdb show
  router ports on br0: p1 
  $ bridge -d -s mdb show | sed -E 's/ [0-4]\.[0-9]{2} / x.xx /'
  router ports on br0: p1    x.xx temp
  $ bridge -j -d mdb show
  [{"mdb":[],"router":{"br0":[{"port":"p1"}]}}]
  $ ip netns exec h2 timeout 5 tcpdump -t -n -i e2 'igmp[0] = 0x11' > c2 2>/dev/null &
  $ sleep 0.5
  $ ip link set br0 type bridge mcast_querier 1
  $ sleep 5
  $ wait; sort -u c2
  
  IP 10.0.0.1 > 224.0.0.1: igmp query v2
  $ ip -n h1 link set rq type bridge mcast_querier 0
  $ ip netns exec h2 timeout 8 tcpdump -t -n -i e2 'igmp[0] = 0x11' > c2 2>/dev/null &
  $ sleep 8
  $ wait; sort -u c2
  
  IP 0.0.0.0 > 224.0.0.1: igmp query v2
  $ bridge -d mdb show
  $ ip link set br0 type bridge mcast_query_use_ifaddr 1
  $ ip -n h1 link set rq type bridge mcast_querier 1
  $ sleep 2
  $ ip netns exec h2 timeout 5 tcpdump -t -n -i e2 'igmp[0] = 0x11' > c2 2>/dev/null &
  $ sleep 5
  $ wait; sort -u c2
  $ bridge -d mdb show
  $ bridge link set dev p1 mcast_router 0
  $ bridge -d mdb show
  $ sleep 1
  $ bridge -d mdb show
  $ bridge link set dev p1 mcast_router 1
  $ sleep 3
  $ bridge -d mdb show
