IGMPv2 group-specific queries (8 bytes, group field set, sent to the group): only the queried group's timer starts (/proc/net/igmp), only it is reported, by a v2 report, and the interface turns V2; a query for a group the host did not join reaches no socket and is not answered (IpInReceives counts it, IpInDelivers does not).
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
  $ ip netns exec q sh -c "printf '\021\024\375\346\357\002\002\002' | socat -u - IP-SENDTO:239.2.2.2:2"
  $ ip netns exec h cat /proc/net/igmp | sed -E 's/ 1:000000[0-9A-F]{2}/ 1:TIMER/'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V2
  				020202EF     1 1:TIMER		0
  				010101EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ sleep 2.2; wait $!; sed -E 's/id [0-9]+,/id N,/' cap1
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 28)
      10.0.0.1 > 239.2.2.2: igmp query v2 [max resp time 20] [gaddr 239.2.2.2]
  IP (tos 0xc0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      10.0.0.2 > 239.2.2.2: igmp v2 report 239.2.2.2
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V2
  				020202EF     1 0:00000000		1
  				010101EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ ip netns exec h nstat -az IpInReceives IpInDelivers
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  $ ip netns exec q timeout 3.5 tcpdump -t -n -i q0 igmp > cap2 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\024\366\330\357\011\011\011' | socat -u - IP-SENDTO:239.9.9.9:2"
  $ wait $!; cat cap2
  IP 10.0.0.1 > 239.9.9.9: igmp query v2 [max resp time 20] [gaddr 239.9.9.9]
  $ ip netns exec h nstat -az IpInReceives IpInDelivers
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    2                  0.0
