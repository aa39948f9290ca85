Where a snooping bridge with its own querier (mcast_querier 1, a short query response interval) sends a group's datagrams from h1: hosts join with socat (IGMPv3 reports learnt into the mdb as temp entries), then datagrams to the joined groups, to an unjoined one and to 224.0.0.100 are counted on every host, with mcast_flood off on one port, a permanent mdb entry for that port, a router port and back; as recorded, each datagram reaches every port whose mcast_flood is on, members or not.
  $ for n in h1 h2 h3 h4 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 1 mcast_querier 1 mcast_query_response_interval 100 mcast_startup_query_count 1
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ for i in 1 2 3 4; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; ip -n h$i route add 224.0.0.0/4 dev e0; done
  $ for p in p1 p2 p3 p4; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up; sleep 2
  $ ip netns exec h2 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:e0 /dev/null & ip netns exec h3 socat -u UDP4-RECV:5001,ip-add-membership=239.1.1.2:e0 /dev/null & sleep 2
  $ bridge -n sw mdb show | sort
  dev br0 port p2 grp 239.1.1.1 temp
  dev br0 port p3 grp 239.1.1.2 temp
  $ cnt() { for h in h1 h2 h3 h4; do echo "$h $(ip -n $h -s link show e0 | sed -n 4p)"; done; }
  $ cnt
  h1            184       4      0       0       0       0 
  h2            138       3      0       0       0       0 
  h3            138       3      0       0       0       0 
  h4            184       4      0       0       0       0 
  $ send() { echo hi | ip netns exec h1 socat -u - UDP4-DATAGRAM:$1:5000,ip-multicast-if=10.0.0.1; }
  $ send 239.1.1.1; send 239.1.1.2; send 239.9.9.9; send 224.0.0.100; cnt
  h1            184       4      0       0       0       0 
  h2            318       7      0       0       0       0 
  h3            318       7      0       0       0       0 
  h4            364       8      0       0       0       0 
  $ bridge -n sw link set dev p4 mcast_flood off; send 239.9.9.9; send 224.0.0.100; cnt
  h1            184       4      0       0       0       0 
  h2            408       9      0       0       0       0 
  h3            408       9      0       0       0       0 
  h4            364       8      0       0       0       0 
  $ bridge -n sw mdb add dev br0 port p4 grp 239.1.1.1 permanent; send 239.1.1.1; cnt
  h1            184       4      0       0       0       0 
  h2            453      10      0       0       0       0 
  h3            453      10      0       0       0       0 
  h4            364       8      0       0       0       0 
  $ bridge -n sw link set dev p3 mcast_router 2; send 239.1.1.1; send 239.9.9.9; cnt
  h1            184       4      0       0       0       0 
  h2            543      12      0       0       0       0 
  h3            543      12      0       0       0       0 
  h4            364       8      0       0       0       0 
  $ bridge -n sw -d mdb show | sed -E 's/ +[0-9]+\.[0-9]+$//' | sort
  dev br0 port p2 grp 239.1.1.1 temp proto kernel 
  dev br0 port p3 grp 239.1.1.2 temp proto kernel 
  dev br0 port p4 grp 239.1.1.1 permanent proto static 
  router ports on br0: p3 
  $ bridge -n sw link set dev p3 mcast_router 0; send 239.1.1.2; send 239.9.9.9; cnt
  h1            184       4      0       0       0       0 
  h2            633      14      0       0       0       0 
  h3            633      14      0       0       0       0 
  h4            364       8      0       0       0       0 
  $ ip -n sw -s link show br0 | sed -n 4p
             405      13      0       0       0      13 
  $ kill %1 %2; wait
