An IGMPv1 query (8 bytes, code 0) puts the host in v1 mode (mr_v1_seen, /proc/net/igmp querier V1): every group is reported by an IGMPv1 report within the v1 response time (10 s); a later IGMPv2 query (code 5: 0.5 s) gets its answers within its own max response time but still as v1 reports (v1 takes precedence), and a group left in v1 mode is left silently.
  $ ip netns add q
  $ ip netns add h
  $ for n in q h; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add q0 netns q address 02:00:00:00:00:01 type veth peer name h0 netns h address 02:00:00:00:00:02
  $ ip -n q addr add 10.0.0.1/24 dev q0; ip -n h addr add 10.0.0.2/24 dev h0
  $ ip -n q link set q0 up; ip -n h link set h0 up
  $ ip -n q route add 224.0.0.0/4 dev q0
  $ ip -n h addr add 239.1.1.1/32 dev h0 autojoin
  $ ip -n h addr add 239.2.2.2/32 dev h0 autojoin
  $ sleep 2
  $ ip netns exec q timeout 12 tcpdump -t -n -i q0 igmp > cap1 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\000\356\377\000\000\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec h cat /proc/net/igmp | sed -E 's/ 1:00000[0-3][0-9A-F]{2}/ 1:TIMER/'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V1
  				020202EF     1 1:TIMER		0
  				010101EF     1 1:TIMER		0
  				010000E0     1 0:00000000		0
  $ wait $!; sort cap1
  
  IP 10.0.0.1 > 224.0.0.1: igmp query v1
  IP 10.0.0.2 > 239.1.1.1: igmp v1 report 239.1.1.1
  IP 10.0.0.2 > 239.2.2.2: igmp v1 report 239.2.2.2
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V1
  				020202EF     1 0:00000000		1
  				010101EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  $ ip netns exec q tcpdump -t -n -i q0 -c 3 igmp > cap2 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\005\356\372\000\000\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec h cat /proc/net/igmp | sed -E 's/ 1:000000[0-3][0-9A-F]/ 1:TIMER/'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V1
  				020202EF     1 1:TIMER		1
  				010101EF     1 1:TIMER		1
  				010000E0     1 0:00000000		0
  $ sleep 0.8; wait $!; sort cap2
  IP 10.0.0.1 > 224.0.0.1: igmp query v2 [max resp time 5]
  IP 10.0.0.2 > 239.1.1.1: igmp v1 report 239.1.1.1
  IP 10.0.0.2 > 239.2.2.2: igmp v1 report 239.2.2.2
  $ ip netns exec q timeout 2 tcpdump -t -n -i q0 igmp > cap3 2>/dev/null &
  $ sleep 1
  $ ip -n h addr del 239.2.2.2/32 dev h0
  $ wait $!; cat cap3
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     2      V1
  				010101EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  $ ip netns exec q cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	q0        :     1      V1
  				010000E0     1 0:00000000		0
