With a querier, multicast goes by the mdb (br_handle_frame_finish, br_multicast_flood): a registered group only to its member ports (and multicast router ports), an unregistered one only to router ports, link-local 224.0.0.x everywhere; until then (and during the first query_response_interval after mcast_querier 1) everything floods.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ for n in h1 h2 h3; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_query_response_interval 200
  $ for i in 1 2 3; do ip link add p$i address 02:00:00:00:0$i:01 type veth peer name e0 netns h$i address 02:00:00:00:0$i:02; ip link set p$i master br0; ip link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; ip -n h$i route add 224.0.0.0/4 dev e0; done
  $ ip link set br0 up
  $ sleep 1
  $ ip -n h1 addr add 239.1.1.1/32 dev e0 autojoin
  $ sleep 0.5
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  $ for i in 1 2; do ip netns exec h$i timeout 2 tcpdump -t -n -i e0 'not igmp and (dst net 239.0.0.0/8 or dst 224.0.0.251)' > f$i 2>/dev/null & done
  $ sleep 0.5
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.1.1.1 > /dev/null
  [1]
  $ sleep 2; wait; cat f1; echo ==; cat f2
  IP 10.0.0.3 > 239.1.1.1: ICMP echo request, id *, seq 1, length 64 (glob)
  
  ==
  IP 10.0.0.3 > 239.1.1.1: ICMP echo request, id *, seq 1, length 64 (glob)
  $ ip link set br0 type bridge mcast_querier 1
  $ for i in 1 2; do ip netns exec h$i timeout 2 tcpdump -t -n -i e0 'not igmp and (dst net 239.0.0.0/8 or dst 224.0.0.251)' > f$i 2>/dev/null & done
  $ sleep 0.5
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.1.1.1 > /dev/null
  [1]
  $ sleep 2; wait; cat f1; echo ==; cat f2
  IP 10.0.0.3 > 239.1.1.1: ICMP echo request, id *, seq 1, length 64 (glob)
  
  ==
  IP 10.0.0.3 > 239.1.1.1: ICMP echo request, id *, seq 1, length 64 (glob)
  $ for i in 1 2; do ip netns exec h$i timeout 3 tcpdump -t -n -i e0 'not igmp and (dst net 239.0.0.0/8 or dst 224.0.0.251)' > f$i 2>/dev/null & done
  $ sleep 0.5
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.1.1.1 > /dev/null
  [1]
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.9.9.9 > /dev/null
  [1]
  $ ip netns exec h3 ping -q -c 1 -W 0.2 224.0.0.251 > /dev/null
  [1]
  $ sleep 3; wait; cat f1; echo ==; cat f2
  IP 10.0.0.3 > 239.1.1.1: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 10.0.0.3 > 224.0.0.251: ICMP echo request, id *, seq 1, length 64 (glob)
  
  ==
  IP 10.0.0.3 > 224.0.0.251: ICMP echo request, id *, seq 1, length 64 (glob)
  $ bridge link set dev p2 mcast_router 2
  $ for i in 1 2; do ip netns exec h$i timeout 2 tcpdump -t -n -i e0 'not igmp and dst net 239.0.0.0/8' > f$i 2>/dev/null & done
  $ sleep 0.5
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.1.1.1 > /dev/null
  [1]
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.9.9.9 > /dev/null
  [1]
  $ sleep 2; wait; cat f1; echo ==; cat f2
  IP 10.0.0.3 > 239.1.1.1: ICMP echo request, id *, seq 1, length 64 (glob)
  
  ==
  IP 10.0.0.3 > 239.1.1.1: ICMP echo request, id *, seq 1, length 64 (glob)
  IP 10.0.0.3 > 239.9.9.9: ICMP echo request, id *, seq 1, length 64 (glob)
  $ bridge link set dev p2 mcast_router 0
  $ ip link set br0 type bridge mcast_snooping 0
  $ for i in 1 2; do ip netns exec h$i timeout 2 tcpdump -t -n -i e0 'not igmp and dst net 239.0.0.0/8' > f$i 2>/dev/null & done
  $ sleep 0.5
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.9.9.9 > /dev/null
  [1]
  $ sleep 2; wait; cat f1; echo ==; cat f2
  IP 10.0.0.3 > 239.9.9.9: ICMP echo request, id *, seq 1, length 64 (glob)
  
  ==
  IP 10.0.0.3 > 239.9.9.9: ICMP echo request, id *, seq 1, length 64 (glob)
  $ bridge mdb show
