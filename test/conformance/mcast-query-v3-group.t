IGMPv3 group-specific queries (to the group, group field set): only that group's timer starts (/proc/net/igmp) and only it is reported, by a MODE_IS_EXCLUDE record; a query for a group the host did not join is not answered; a group-and-source-specific query (one source) is answered for the group as the host excludes no source; a general query that lists a source is invalid and ignored.
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
  $ ip netns exec q tcpdump -t -n -v -i q0 -c 2 igmp > cap1 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\024\374\324\357\001\001\001\002\024\000\000' | socat -u - IP-SENDTO:239.1.1.1:2"
  $ ip netns exec h cat /proc/net/igmp | sed -E 's/ 1:000000[0-9A-F]{2}/ 1:TIMER/'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V3
  				020202EF     1 0:00000000		0
  				010101EF     1 1:TIMER		0
  				010000E0     1 0:00000000		0
  $ sleep 2.2; wait $!; sed -E "s/id [0-9]+,/id N,/" cap1
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 32)
      10.0.0.1 > 239.1.1.1: igmp query v3 [max resp time 2.0s] [gaddr 239.1.1.1]
  IP (tos 0xc0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 239.1.1.1 is_ex, 0 source(s)]
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V3
  				020202EF     1 0:00000000		0
  				010101EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  $ ip netns exec q timeout 2.5 tcpdump -t -n -i q0 igmp > cap2 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\364\316\357\011\011\011\002\024\000\000' | socat -u - IP-SENDTO:239.9.9.9:2"
  $ wait $!; sed -E "s/id [0-9]+,/id N,/" cap2
  IP 10.0.0.1 > 239.9.9.9: igmp query v3 [max resp time 1.0s] [gaddr 239.9.9.9]
  $ ip netns exec q tcpdump -t -n -v -i q0 -c 2 igmp > cap3 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\361\322\357\002\002\002\002\024\000\001\012\000\000\011' | socat -u - IP-SENDTO:239.2.2.2:2"
  $ sleep 1.2; wait $!; sed -E "s/id [0-9]+,/id N,/" cap3
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 36)
      10.0.0.1 > 239.2.2.2: igmp query v3 [max resp time 1.0s] [gaddr 239.2.2.2, 1 source(s)]
  IP (tos 0xc0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 239.2.2.2 is_ex, 0 source(s)]
  $ ip netns exec q timeout 2.5 tcpdump -t -n -v -i q0 igmp > cap4 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\342\327\000\000\000\000\002\024\000\001\012\000\000\011' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ wait $!; sed -E "s/id [0-9]+,/id N,/" cap4
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 36)
      10.0.0.1 > 224.0.0.1: igmp query v3 [max resp time 1.0s]
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V3
  				020202EF     1 0:00000000		1
  				010101EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  $ ip netns exec h nstat -az IpInReceives IpInDelivers IpExtInMcastPkts
  #kernel
  IpInReceives                    4                  0.0
  IpInDelivers                    3                  0.0
  IpExtInMcastPkts                3                  0.0
