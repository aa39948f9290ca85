Router ports and the mdb: a port where another querier is heard gets every steered group (registered or not), learnt for mcast_querier_interval; mcast_router 0 on it stops that, 2 makes it permanent, 3 temporary; what the bridge itself sends to a group is steered the same (br_dev_xmit).
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ for n in h1 h2 h3; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ for i in 2 3; do ip link add p$i address 02:00:00:00:0$i:01 type veth peer name e0 netns h$i address 02:00:00:00:0$i:02; ip link set p$i master br0; ip link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; ip -n h$i route add 224.0.0.0/4 dev e0; done
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0; ip link set p1 up
  $ ip link set br0 up
  $ ip addr add 10.0.0.254/24 dev br0; ip route add 224.0.0.0/4 dev br0
  $ ip -n h1 link add rq address 02:00:00:00:0a:01 type bridge mcast_querier 1 mcast_query_use_ifaddr 1 mcast_query_response_interval 100 mcast_startup_query_interval 100 mcast_query_interval 200
  $ ip -n h1 link set e1 master rq
  $ ip -n h1 addr add 10.0.0.1/24 dev rq
  $ ip -n h1 link set rq up; ip -n h1 link set e1 up
  $ ip -n h2 addr add 239.1.1.1/32 dev e0 autojoin
  $ sleep 2
  $ bridge -d mdb show
  dev br0 port p2 grp 239.1.1.1 temp proto kernel 
  router ports on br0: p1 
  $ for i in 1 2; do ip netns exec h$i timeout 2 tcpdump -t -n -i e$i 'not igmp and dst net 239.0.0.0/8' > f$i 2>/dev/null & done
  $ sleep 0.5
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.1.1.1 > /dev/null
  [1]
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.9.9.9 > /dev/null
  [1]
  $ ping -q -c 1 -W 0.2 239.8.8.8 > /dev/null
  [1]
  $ sleep 2; wait; sed -E 's/id [0-9]+/id N/' f1; echo ==; sed -E 's/id [0-9]+/id N/' f2
  IP 10.0.0.3 > 239.1.1.1: ICMP echo request, id N, seq 1, length 64
  IP 10.0.0.3 > 239.9.9.9: ICMP echo request, id N, seq 1, length 64
  IP 10.0.0.254 > 239.8.8.8: ICMP echo request, id N, seq 1, length 64
  
  ==
  $ bridge link set dev p1 mcast_router 0
  $ bridge -d mdb show
  dev br0 port p2 grp 239.1.1.1 temp proto kernel 
  $ for i in 1 2; do ip netns exec h$i timeout 2 tcpdump -t -n -i e$i 'not igmp and dst net 239.0.0.0/8' > f$i 2>/dev/null & done
  $ sleep 0.5
  $ ip netns exec h3 ping -q -c 1 -W 0.2 239.9.9.9 > /dev/null
  [1]
  $ sleep 2; wait; cat f1; echo ==; cat f2
  
  ==
  $ bridge link set dev p1 mcast_router 1
  $ sleep 2.5
  $ bridge -d mdb show
  dev br0 port p2 grp 239.1.1.1 temp proto kernel 
  router ports on br0: p1 
  $ bridge link set dev p3 mcast_router 3
  $ bridge -d -s mdb show | sed -E 's/ [0-9]{3}\.[0-9]{2} / xxx.xx /'
  dev br0 port p2 grp 239.1.1.1 temp proto kernel   2??.?? (glob)
  router ports on br0: p1  xxx.xx temp
  router ports on br0: p3  xxx.xx temp
  $ bridge link set dev p3 mcast_router 2
  $ bridge -d -s mdb show | sed -E 's/ [0-9]{3}\.[0-9]{2} / xxx.xx /'
  dev br0 port p2 grp 239.1.1.1 temp proto kernel   2??.?? (glob)
  router ports on br0: p1  xxx.xx temp
  router ports on br0: p3    0.00 permanent
  $ bridge -d link show dev p3 | grep -o 'mcast_router [0-9]'
  mcast_router 2
