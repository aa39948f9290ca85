Link-local groups (224.0.0.x) and queries: with igmp_link_local_mcast_reports at 1 (the default) a joined 224.0.0.200 is in the answer to an IGMPv3 general query like any group; at 0 it is left out of the answer, a group-specific query for it gets nothing, and an IGMPv2 query starts no timer for it (igmp_heard_query skips it): only 239.1.1.1 is reported. 224.0.0.1 is never reported.
  $ ip netns add q
  $ ip netns add h
  $ for n in q h; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add q0 netns q address 02:00:00:00:00:01 type veth peer name h0 netns h address 02:00:00:00:00:02
  $ ip -n q addr add 10.0.0.1/24 dev q0; ip -n h addr add 10.0.0.2/24 dev h0
  $ ip -n q link set q0 up; ip -n h link set h0 up
  $ ip -n q route add 224.0.0.0/4 dev q0
  $ ip -n h addr add 224.0.0.200/32 dev h0 autojoin
  $ ip -n h addr add 239.1.1.1/32 dev h0 autojoin
  $ sleep 2
  $ ip netns exec q tcpdump -t -n -v -i q0 -c 2 igmp > cap1 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\354\341\000\000\000\000\002\024\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ sleep 1.2; wait $!; grep -o 'igmp v3 report.*' cap1
  igmp v3 report, 2 group record(s) [gaddr 239.1.1.1 is_ex, 0 source(s)] [gaddr 224.0.0.200 is_ex, 0 source(s)]
  $ ip netns exec h sysctl -w net.ipv4.igmp_link_local_mcast_reports=0
  net.ipv4.igmp_link_local_mcast_reports = 0
  $ ip netns exec q tcpdump -t -n -v -i q0 -c 2 igmp > cap2 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\354\341\000\000\000\000\002\024\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ sleep 1.2; wait $!; grep -o 'igmp v3 report.*' cap2
  igmp v3 report, 1 group record(s) [gaddr 239.1.1.1 is_ex, 0 source(s)]
  $ ip netns exec q timeout 2.5 tcpdump -t -n -i q0 igmp > cap3 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\014\031\340\000\000\310\002\024\000\000' | socat -u - IP-SENDTO:224.0.0.200:2"
  $ wait $!; grep -c report cap3
  0
  [1]
  $ ip netns exec q timeout 3.5 tcpdump -t -n -i q0 igmp > cap4 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\024\356\353\000\000\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec h cat /proc/net/igmp | sed -E 's/ 1:000000[0-9A-F]{2}/ 1:TIMER/'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V2
  				010101EF     1 1:TIMER		0
  				C80000E0     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ wait $!; grep report cap4
  IP 10.0.0.2 > 239.1.1.1: igmp v2 report 239.1.1.1
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V2
  				010101EF     1 0:00000000		1
  				C80000E0     1 0:00000000		0
  				010000E0     1 0:00000000		0
