The bridge as a member (tcpdump -p: a promiscuous bridge gets every frame): a group the bridge device joined (host_joined) goes up to it as well as to member ports once a querier exists; a group only ports joined does not go up, nor an unregistered one (the bridge is no multicast router unless mcast_router 2).
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ for n in h1 h2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_query_response_interval 100
  $ for i in 1 2; do ip link add p$i address 02:00:00:00:0$i:01 type veth peer name e0 netns h$i address 02:00:00:00:0$i:02; ip link set p$i master br0; ip link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; ip -n h$i route add 224.0.0.0/4 dev e0; done
  $ ip link set br0 up
  $ ip addr add 10.0.0.254/24 dev br0
  $ ip addr add 239.3.3.3/32 dev br0 autojoin
  $ ip -n h2 addr add 239.1.1.1/32 dev e0 autojoin
  $ ip link set br0 type bridge mcast_querier 1
  $ sleep 1.5
  $ bridge mdb show | sort
  dev br0 port br0 grp 239.3.3.3 temp
  dev br0 port p2 grp 239.1.1.1 temp
  $ timeout 2 tcpdump -p -t -n -i br0 'not igmp and dst net 239.0.0.0/8' > fb 2>/dev/null &
  $ ip netns exec h2 timeout 2 tcpdump -t -n -i e0 'not igmp and dst net 239.0.0.0/8' > f2 2>/dev/null &
  $ sleep 0.5
  $ for g in 239.3.3.3 239.1.1.1 239.9.9.9; do ip netns exec h1 ping -q -c 1 -W 0.2 $g > /dev/null; done
  [1]
  $ sleep 2; wait; sed -E 's/id [0-9]+/id N/' fb; echo ==; sed -E 's/id [0-9]+/id N/' f2
  IP 10.0.0.1 > 239.3.3.3: ICMP echo request, id N, seq 1, length 64
  
  ==
  IP 10.0.0.1 > 239.1.1.1: ICMP echo request, id N, seq 1, length 64
  $ ip link set br0 type bridge mcast_router 2
  $ timeout 2 tcpdump -p -t -n -i br0 'not igmp and dst net 239.0.0.0/8' > fb 2>/dev/null &
  $ sleep 0.5
  $ for g in 239.1.1.1 239.9.9.9; do ip netns exec h1 ping -q -c 1 -W 0.2 $g > /dev/null; done
  [1]
  $ sleep 2; wait; sed -E 's/id [0-9]+/id N/' fb
  IP 10.0.0.1 > 239.1.1.1: ICMP echo request, id N, seq 1, length 64
  IP 10.0.0.1 > 239.9.9.9: ICMP echo request, id N, seq 1, length 64
  $ ip addr del 239.3.3.3/32 dev br0
  $ ip link set br0 type bridge mcast_router 1
  $ sleep 2.5
  $ bridge mdb show
  dev br0 port p2 grp 239.1.1.1 temp
