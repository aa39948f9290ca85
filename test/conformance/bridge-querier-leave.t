A leave heard while the bridge is the querier: one group-specific query (to the group, max resp time mcast_last_member_interval) goes out of the port the leave came from only, and that port's membership is cut to last_member_count x last_member_interval; without the querier no query goes out and the membership is cut the same.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ for n in h1 h2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_query_response_interval 100 mcast_last_member_interval 50
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 netns h2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up; ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e1; ip -n h2 addr add 10.0.0.2/24 dev e2
  $ ip netns exec h1 sysctl -qw net.ipv4.conf.e1.force_igmp_version=2
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ ip -n h2 addr add 239.2.2.2/32 dev e2 autojoin
  $ ip link set br0 type bridge mcast_querier 1
  $ sleep 1.5
  $ bridge mdb show
  dev br0 port p2 grp 239.2.2.2 temp
  dev br0 port p1 grp 239.1.1.1 temp
  $ ip netns exec h1 timeout 3 tcpdump -t -n -e -v -i e1 'igmp[0] = 0x11 and igmp[4:4] != 0' > c1 2>/dev/null &
  $ ip netns exec h2 timeout 3 tcpdump -t -n -i e2 'igmp[0] = 0x11 and igmp[4:4] != 0' > c2 2>/dev/null &
  $ sleep 0.5
  $ ip -n h1 addr del 239.1.1.1/32 dev e1
  $ sleep 0.2
  $ bridge -s mdb show | sed -E 's/ 0\.[0-9]{2}$/ short/; s/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/'
  dev br0 port p2 grp 239.2.2.2 temp  2xx.xx
  dev br0 port p1 grp 239.1.1.1 temp    short
  $ sleep 3
  $ wait; cat c1; echo ==; cat c2
  02:00:00:00:00:10 > 01:00:5e:00:00:01, ethertype IPv4 (0x0800), length 46: (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      0.0.0.0 > 224.0.0.1: igmp query v2 [max resp time 5] [gaddr 239.1.1.1]
  
  ==
  $ bridge mdb show
  dev br0 port p2 grp 239.2.2.2 temp
  $ ip link set br0 type bridge mcast_querier 0
  $ ip -n h1 addr add 239.1.1.1/32 dev e1 autojoin
  $ sleep 1
  $ ip netns exec h1 timeout 2 tcpdump -t -n -i e1 'igmp[0] = 0x11 and igmp[4:4] != 0' > c1 2>/dev/null &
  $ sleep 0.5
  $ ip -n h1 addr del 239.1.1.1/32 dev e1
  $ sleep 0.2
  $ bridge -s mdb show | sed -E 's/ 0\.[0-9]{2}$/ short/; s/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/'
  dev br0 port p1 grp 239.1.1.1 temp    short
  dev br0 port p2 grp 239.2.2.2 temp  2xx.xx
  $ sleep 2
  $ wait; cat c1
  $ bridge mdb show
  dev br0 port p2 grp 239.2.2.2 temp
