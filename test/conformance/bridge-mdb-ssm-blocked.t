A source blocked in an EXCLUDE group is not forwarded to that port: a membership learnt in IGMPv2 mode (EXCLUDE), the bridge turned to IGMPv3 with a querier, the host's IS_IN then BLOCK of a source puts it in the exclude list (its timer cut to LMQT): its (S, G) turns blocked, and of two sources only the other one's echo requests reach the host's device (tcpdump there).
  $ ip netns add h1
  $ ip netns add h3
  $ for n in h1 h3; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_query_response_interval 100
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p3 address 02:00:00:00:03:01 type veth peer name e3 netns h3 address 02:00:00:00:03:02
  $ for p in p1 p3; do ip link set $p master br0; ip link set $p up; done
  $ ip link set br0 up
  $ for n in 1 3; do ip -n h$n link set e$n up; ip -n h$n route add 224.0.0.0/4 dev e$n; done
  $ ip -n h1 addr add 10.0.0.2/24 dev e1
  $ ip -n h3 addr add 10.0.0.9/24 dev e3; ip -n h3 addr add 10.0.0.7/24 dev e3
  $ sleep 1
  $ ip netns exec h1 sh -c 'timeout -s KILL 3 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 0.5
  $ bridge -d mdb show
  dev br0 port p1 grp 232.1.1.1 temp proto kernel 
  $ ip link set br0 type bridge mcast_igmp_version 3 mcast_querier 1
  $ sleep 2
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g'
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude source_list 10.0.0.9/2xx.xx proto kernel 
  $ sleep 3
  $ bridge -d mdb show | sed -E 's/\/[0-9]+\.[0-9]{2}/\/x.xx/g'
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel  blocked
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude source_list 10.0.0.9/x.xx proto kernel 
  $ ip netns exec h1 tcpdump -l -t -n -i e1 icmp > cap 2>/dev/null &
  $ sleep 0.3
  $ ip netns exec h3 ping -c 1 -W 0.2 -I 10.0.0.9 232.1.1.1 >/dev/null; echo $?
  1
  $ ip netns exec h3 ping -c 1 -W 0.2 -I 10.0.0.7 232.1.1.1 >/dev/null; echo $?
  1
  $ sleep 0.3
  $ kill %1
  $ sed -E 's/id [0-9]+/id N/' cap
  IP 10.0.0.7 > 232.1.1.1: ICMP echo request, id N, seq 1, length 64
