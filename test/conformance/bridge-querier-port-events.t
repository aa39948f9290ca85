Querier and port events: a port coming up makes every forwarding port start its startup queries again (br_port_state_selection), a port down sends none, the bridge going down and up starts over; turning snooping off silences the querier, on again restarts it; bad mcast_querier values.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ for n in h1 h2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_querier 1 mcast_startup_query_count 1 mcast_query_interval 1000
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 netns h2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ ip link set br0 up; ip link set p1 up
  $ sleep 1
  $ ip netns exec h1 timeout 4 tcpdump -t -n -i e1 'igmp[0] = 0x11' > c1 2>/dev/null &
  $ ip netns exec h2 timeout 4 tcpdump -t -n -i e2 'igmp[0] = 0x11' > c2 2>/dev/null &
  $ sleep 1.5
  $ ip link set p2 up
  $ sleep 3
  $ wait; cat c1; echo ==; cat c2
  IP 0.0.0.0 > 224.0.0.1: igmp query v2
  
  ==
  IP 0.0.0.0 > 224.0.0.1: igmp query v2
  $ ip link set p2 down
  $ ip netns exec h1 timeout 3 tcpdump -t -n -i e1 'igmp[0] = 0x11' > c1 2>/dev/null &
  $ sleep 1.5
  $ ip link set br0 down; ip link set br0 up
  $ sleep 2
  $ wait; cat c1
  IP 0.0.0.0 > 224.0.0.1: igmp query v2
  $ ip link set br0 type bridge mcast_snooping 0
  $ ip netns exec h1 timeout 3 tcpdump -t -n -i e1 'igmp[0] = 0x11' > c1 2>/dev/null &
  $ sleep 1.5
  $ ip link set br0 type bridge mcast_querier 0; ip link set br0 type bridge mcast_querier 1
  $ sleep 2
  $ wait; cat c1
  $ ip netns exec h1 timeout 3 tcpdump -t -n -i e1 'igmp[0] = 0x11' > c1 2>/dev/null &
  $ sleep 1.5
  $ ip link set br0 type bridge mcast_snooping 1
  $ sleep 2
  $ wait; cat c1
  IP 0.0.0.0 > 224.0.0.1: igmp query v2
  $ ip link set br0 type bridge mcast_querier foo
  Error: argument "foo" is wrong: invalid mcast_querier
  [255]
  $ ip link set br0 type bridge mcast_querier 256
  Error: argument "256" is wrong: invalid mcast_querier
  [255]
  $ ip link set br0 type bridge mcast_querier -1
  Error: argument "-1" is wrong: invalid mcast_querier
  [255]
  $ ip -d link show br0 | grep -o 'mcast_snooping [0-9]\|mcast_querier [0-9]'
  mcast_snooping 1
  mcast_querier 1
