An IGMPv2 general query (8 bytes, max response 2 s, sent raw with socat from 10.0.0.1) heard by a host with two groups (a socket's, an autojoin address's): each group's timer starts with a random delay below the max response time (/proc/net/igmp: timer running, querier V2), each group is reported by an IGMPv2 report to the group itself (reporter 1 afterwards); the interface stays in v2 mode, so leaving a group sends a v2 Leave to 224.0.0.2 instead of IGMPv3 reports, and a new join is announced by v2 reports. The querying host hears its own query looped back and turns V2 too.
  $ ip netns add q
  $ ip netns add h
  $ for n in q h; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add q0 netns q address 02:00:00:00:00:01 type veth peer name h0 netns h address 02:00:00:00:00:02
  $ ip -n q addr add 10.0.0.1/24 dev q0; ip -n h addr add 10.0.0.2/24 dev h0
  $ ip -n q link set q0 up; ip -n h link set h0 up
  $ ip -n q route add 224.0.0.0/4 dev q0
  $ ip -n h addr add 239.2.2.2/32 dev h0 autojoin
  $ ip netns exec h timeout 8 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:h0 OPEN:/dev/null &
  $ sleep 2
  $ ip netns exec h nstat -n
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V3
  				010101EF     1 0:00000000		0
  				020202EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ ip netns exec q tcpdump -t -n -i q0 -c 3 igmp > cap1 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\024\356\353\000\000\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec h cat /proc/net/igmp | sed -E 's/ 1:000000[0-9A-F]{2}/ 1:TIMER/'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V2
  				010101EF     1 1:TIMER		0
  				020202EF     1 1:TIMER		0
  				010000E0     1 0:00000000		0
  $ sleep 2.5
  $ wait $!; sort cap1
  IP 10.0.0.1 > 224.0.0.1: igmp query v2 [max resp time 20]
  IP 10.0.0.2 > 239.1.1.1: igmp v2 report 239.1.1.1
  IP 10.0.0.2 > 239.2.2.2: igmp v2 report 239.2.2.2
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V2
  				010101EF     1 0:00000000		1
  				020202EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  $ ip netns exec q cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	q0        :     1      V2
  				010000E0     1 0:00000000		0
  $ ip netns exec q tcpdump -t -n -v -i q0 -c 1 igmp > cap2 2>/dev/null &
  $ sleep 1
  $ ip -n h addr del 239.2.2.2/32 dev h0
  $ sleep 0.5; wait $!; cat cap2
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      10.0.0.2 > 224.0.0.2: igmp leave 239.2.2.2
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.igmpv2_unsolicited_report_interval=200
  $ ip netns exec q tcpdump -t -n -i q0 -c 2 igmp > cap3 2>/dev/null &
  $ sleep 1
  $ ip -n h addr add 239.3.3.3/32 dev h0 autojoin
  $ sleep 0.6; wait $!; cat cap3
  IP 10.0.0.2 > 224.0.0.2: igmp leave 239.1.1.1
  IP 10.0.0.2 > 239.3.3.3: igmp v2 report 239.3.3.3
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     2      V2
  				030303EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  $ ip netns exec h nstat -z IpInReceives IpInDelivers IpOutRequests IpExtInMcastPkts IpExtOutMcastPkts
  #kernel
  IpInReceives                    5                  0.0
  IpInDelivers                    5                  0.0
  IpOutRequests                   6                  0.0
  IpExtInMcastPkts                5                  0.0
  IpExtOutMcastPkts               6                  0.0
