A bridge in IGMPv3 mode hears an IGMPv2 host (force_igmp_version 2): its report (even for a source-specific join, iperf -H) is an EXCLUDE membership with a membership timer and no sources, its leave without a querier cuts it to LMQT and it goes.
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_igmp_version 3
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip -n h1 link set e1 up
  $ ip -n h1 addr add 10.0.0.2/24 dev e1; ip -n h1 route add 224.0.0.0/4 dev e1
  $ ip netns exec h1 sysctl -qw net.ipv4.conf.e1.force_igmp_version=2
  $ sleep 1
  $ ip netns exec h1 sh -c 'timeout -s KILL 1 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 0.5
  $ bridge -d mdb show
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude proto kernel 
  $ bridge -d -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/'
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude proto kernel   2xx.xx
  $ sleep 1
  $ bridge -d -s mdb show | sed -E 's/ [0-9]\.[0-9]{2}$/ x.xx/'
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude proto kernel     x.xx
  $ sleep 2.5
  $ bridge -d mdb show
