iperf 2's multicast server banners and errors: an any-source join on a named device ((*,G) w/iface), the same with -H ((S,G)), a device that does not exist (if_nametoindex fails: no join, mcfilter stays empty), a -B address that is not local (listener bind failed, no banner); the joins as /proc/net/igmp and /proc/net/mcfilter show them.
  $ ip netns add h2
  $ ip netns exec h2 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add v2 netns h2 address 02:00:00:00:0b:01 type veth peer name v3 netns h2 address 02:00:00:00:0b:02
  $ ip -n h2 link set v2 up; ip -n h2 link set v3 up; ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h2 sh -c 'timeout -s KILL 1 iperf -s -u -B 232.1.1.1%v2 > s.log 2>&1 & sleep 0.5; cat /proc/net/igmp; cat /proc/net/mcfilter; wait'; cat s.log
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v3        :     1      V3
  				010000E0     1 0:00000000		0
  3	v2        :     2      V3
  				010101E8     1 0:00000000		0
  				010000E0     1 0:00000000		0
  Idx Device        MCA        SRC    INC    EXC
  ------------------------------------------------------------
  Server listening on UDP port 5001
  Joining multicast (*,G)=*,232.1.1.1 w/iface v2
  Server set to single client traffic mode (per multicast receive)
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  $ ip netns exec h2 sh -c 'timeout -s KILL 1 iperf -s -u -B 232.1.1.1%v3 -H 10.0.0.9 > s.log 2>&1 & sleep 0.5; cat /proc/net/igmp; cat /proc/net/mcfilter; wait'; cat s.log
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v3        :     2      V3
  				010101E8     1 0:00000000		0
  				010000E0     1 0:00000000		0
  3	v2        :     1      V3
  				010000E0     1 0:00000000		0
  Idx Device        MCA        SRC    INC    EXC
    2     v3 0xe8010101 0x0a000009      1      0
  ------------------------------------------------------------
  Server listening on UDP port 5001
  Joining multicast (S,G)=10.0.0.9,232.1.1.1 w/iface v3
  Server set to single client traffic mode (per multicast receive)
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  $ ip netns exec h2 sh -c 'timeout -s KILL 1 iperf -s -u -B 232.1.1.1%nodev -H 10.0.0.9 > s.log 2>&1 & sleep 0.5; cat /proc/net/mcfilter; wait'; cat s.log
  Idx Device        MCA        SRC    INC    EXC
  mcast if_nametoindex failed: No such device
  ------------------------------------------------------------
  Server listening on UDP port 5001
  Joining multicast (S,G)=10.0.0.9,232.1.1.1 w/iface nodev
  Server set to single client traffic mode (per multicast receive)
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  $ ip netns exec h2 sh -c 'timeout -s KILL 1 iperf -s -u -B 10.0.0.7 > s.log 2>&1 & wait'; cat s.log
  listener bind failed: Cannot assign requested address
  $ ip netns exec h2 sh -c 'timeout -s KILL 1 iperf -s -u -p 5009 -B 10.0.0.2 > s.log 2>&1 & wait'; cat s.log
  ------------------------------------------------------------
  Server listening on UDP port 5009
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  $ ip netns exec h2 cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v3        :     1      V3
  				010000E0     1 0:00000000		0
  3	v2        :     1      V3
  				010000E0     1 0:00000000		0
