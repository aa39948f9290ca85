Hosts behind a querying bridge keep their mdb entries alive by answering its queries: with a membership interval of 4 s and IGMPv2 general queries every 2 s (1 s response time), the port groups learnt from the hosts' joins and the bridge's own group (autojoin on br0, answered from the query the bridge feeds itself) are still there after 10 s; the hosts run in v2 mode (/proc/net/igmp V2), so a host leaving sends a v2 Leave and the bridge's group-specific queries find no one else: its entry goes. Switched to mcast_igmp_version 3, the bridge's IGMPv3 queries still get IGMPv2 reports: a host keeps the v2 mode for 260 s after the last v2 query (a v3 query under a v2 querier is answered per group, igmp_heard_query).
  $ ip netns add sw
  $ ip netns exec sw sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_membership_interval 400 mcast_query_interval 200 mcast_query_response_interval 100 mcast_startup_query_interval 100 mcast_last_member_interval 50
  $ for h in h1 h2; do ip netns add $h; ip netns exec $h sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h1 address 02:00:00:00:00:0b type veth peer name p1 netns sw address 02:00:00:00:90:0b
  $ ip link add e0 netns h2 address 02:00:00:00:00:0c type veth peer name p2 netns sw address 02:00:00:00:90:0c
  $ for p in p1 p2; do ip -n sw link set $p master br0; ip -n sw link set $p up; done
  $ ip -n sw link set br0 up
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip -n h1 addr add 10.0.0.2/24 dev e0; ip -n h2 addr add 10.0.0.3/24 dev e0
  $ for h in h1 h2; do ip -n $h link set e0 up; done
  $ ip -n h1 addr add 239.1.1.1/32 dev e0 autojoin
  $ ip -n h2 addr add 239.2.2.2/32 dev e0 autojoin
  $ ip -n sw addr add 239.3.3.3/32 dev br0 autojoin
  $ ip -n sw link set br0 type bridge mcast_querier 1
  $ sleep 10
  $ bridge -n sw mdb show | sort
  dev br0 port br0 grp 239.3.3.3 temp
  dev br0 port p1 grp 239.1.1.1 temp
  dev br0 port p2 grp 239.2.2.2 temp
  $ ip netns exec h1 cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	e0        :     2      V2
  				010101EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  $ ip netns exec sw cat /proc/net/igmp | sed -E 's/ [01]:[0-9A-F]{8}/ T/'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	br0       :     3      V2
  				030303EF     1 T		1
  				010000E0     1 T		0
  				6A0000E0     1 T		1
  3	p1        :     1      V3
  				010000E0     1 T		0
  4	p2        :     1      V3
  				010000E0     1 T		0
  $ ip -n h2 addr del 239.2.2.2/32 dev e0
  $ sleep 2.5
  $ bridge -n sw mdb show | sort
  dev br0 port br0 grp 239.3.3.3 temp
  dev br0 port p1 grp 239.1.1.1 temp
  $ ip -n sw link set br0 type bridge mcast_igmp_version 3
  $ ip netns exec h1 tcpdump -t -n -v -i e0 -c 2 igmp > cap1 2>/dev/null &
  $ sleep 2.5; wait $!; cat cap1
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 36, options (RA))
      0.0.0.0 > 224.0.0.1: igmp query v3 [max resp time 1.0s]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      10.0.0.2 > 239.1.1.1: igmp v2 report 239.1.1.1
  $ sleep 4
  $ bridge -n sw mdb show | sort
  dev br0 port br0 grp 239.3.3.3 temp
  dev br0 port p1 grp 239.1.1.1 temp
