How a query's version meets force_igmp_version and the device's state: with force_igmp_version 2 an IGMPv3 general query (12 bytes) is answered per group by IGMPv2 reports, within the v3 max response time; with force_igmp_version 1 an IGMPv2 query gets IGMPv1 reports; a v2 querier heard stays in force across a down/up of the device (mr_v2_seen outlives ip_mc_down/ip_mc_up), so the groups are announced again by v2 reports, not IGMPv3 ones.
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
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.force_igmp_version=2
  net.ipv4.conf.h0.force_igmp_version = 2
  $ ip netns exec q tcpdump -t -n -i q0 -c 3 igmp > cap1 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\354\341\000\000\000\000\002\024\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec h cat /proc/net/igmp | sed -n 2p
  2	h0        :     3      V2
  $ sleep 1.2; wait $!; sort cap1
  IP 10.0.0.1 > 224.0.0.1: igmp query v3 [max resp time 1.0s]
  IP 10.0.0.2 > 239.1.1.1: igmp v2 report 239.1.1.1
  IP 10.0.0.2 > 239.2.2.2: igmp v2 report 239.2.2.2
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.force_igmp_version=1
  $ ip netns exec q tcpdump -t -n -i q0 -c 3 igmp > cap2 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\356\365\000\000\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ sleep 1.2; wait $!; sort cap2
  IP 10.0.0.1 > 224.0.0.1: igmp query v2 [max resp time 10]
  IP 10.0.0.2 > 239.1.1.1: igmp v1 report 239.1.1.1
  IP 10.0.0.2 > 239.2.2.2: igmp v1 report 239.2.2.2
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V1
  				020202EF     1 0:00000000		1
  				010101EF     1 0:00000000		1
  				010000E0     1 0:00000000		0
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.force_igmp_version=0
  $ ip netns exec h cat /proc/net/igmp | sed -n 2p
  2	h0        :     3      V2
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.igmpv2_unsolicited_report_interval=200
  $ ip netns exec q tcpdump -t -n -i q0 -c 4 igmp > cap3 2>/dev/null &
  $ sleep 1
  $ ip -n h link set h0 down; ip -n h link set h0 up
  $ sleep 1; wait $!; sort cap3
  IP 10.0.0.2 > 239.1.1.1: igmp v2 report 239.1.1.1
  IP 10.0.0.2 > 239.1.1.1: igmp v2 report 239.1.1.1
  IP 10.0.0.2 > 239.2.2.2: igmp v2 report 239.2.2.2
  IP 10.0.0.2 > 239.2.2.2: igmp v2 report 239.2.2.2
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V2
  				010000E0     1 0:00000000		0
  				020202EF     1 0:00000000		1
  				010101EF     1 0:00000000		1
