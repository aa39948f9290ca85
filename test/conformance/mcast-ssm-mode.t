Two sockets filter one group: two source-specific joins (sources 10.0.0.9 and 10.0.0.8) count one INCLUDE filter each; an any-source join of the same group turns the device's group EXCLUDE (a TO_EX record without sources: no source is excluded by every EXCLUDE filter), its leave turns it back INCLUDE (TO_IN with the included sources); a source-specific leave blocks its source. mcfilter's counts and /proc/net/igmp's users follow.
  $ ip netns add h1
  $ ip netns add h2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 addr add 10.0.0.1/24 dev v1; ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up
  $ ip -n h1 route add 224.0.0.0/4 dev v1; ip -n h2 route add 224.0.0.0/4 dev v2
  $ ip netns exec h1 timeout 10 tcpdump -t -n -vv -i v1 igmp > cap1 2>&1 &
  $ sleep 0.3
  $ ip netns exec h2 sh -c 'timeout -s KILL 14 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 1.5
  $ ip netns exec h2 sh -c 'timeout -s KILL 6 iperf -s -u -p 5002 -B 232.1.1.1 -H 10.0.0.8 >/dev/null 2>&1 &'
  $ sleep 1.5; ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8010101 0x0a000009      1      0
    2     v2 0xe8010101 0x0a000008      1      0
  $ ip netns exec h2 sh -c 'timeout -s KILL 1.5 iperf -s -u -p 5003 -B 232.1.1.1 >/dev/null 2>&1 & sleep 0.5; cat /proc/net/mcfilter; cat /proc/net/igmp; wait'
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8010101 0x0a000009      1      0
    2     v2 0xe8010101 0x0a000008      1      0
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v2        :     2      V3
  				010101E8     3 0:00000000		0
  				010000E0     1 0:00000000		0
  $ sleep 1.5; ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8010101 0x0a000009      1      0
    2     v2 0xe8010101 0x0a000008      1      0
  $ sleep 6; grep -v 'received by filter' cap1
  tcpdump: listening on v1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow { 10.0.0.9 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow { 10.0.0.9 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow { 10.0.0.8 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow { 10.0.0.8 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 to_ex { }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 to_ex { }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 48, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 to_in { 10.0.0.9 10.0.0.8 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 48, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 to_in { 10.0.0.9 10.0.0.8 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 block { 10.0.0.8 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 block { 10.0.0.8 }]
  
  10 packets captured
  0 packets dropped by kernel
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8010101 0x0a000009      1      0
