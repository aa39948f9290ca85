Source filters under IGMPv2 (force_igmp_version 2): a source-specific join is reported as a plain v2 membership report of the group (sources cannot be said in v2), twice; /proc/net/igmp says V2, /proc/net/mcfilter still lists the source; the leave is a v2 Leave to 224.0.0.2. Back to v3 (force_igmp_version 0), a new join is announced with ALLOW records again.
  $ ip netns add h1
  $ ip netns add h2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 addr add 10.0.0.1/24 dev v1; ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up
  $ ip -n h1 route add 224.0.0.0/4 dev v1; ip -n h2 route add 224.0.0.0/4 dev v2
  $ ip netns exec h2 sysctl -qw net.ipv4.conf.v2.force_igmp_version=2
  $ ip netns exec h1 timeout 4 tcpdump -t -n -vv -i v1 igmp > cap1 2>&1 &
  $ sleep 0.3
  $ ip netns exec h2 sh -c 'timeout -s KILL 3 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 & sleep 0.5; cat /proc/net/igmp | sed -E "s/1:00000[0-9A-F]{3}/1:TIMER/"; cat /proc/net/mcfilter; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v2        :     2      V2
  				010101E8     1 1:TIMER		1
  				010000E0     1 0:00000000		0
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8010101 0x0a000009      1      0
  $ wait; sed -E 's/id [0-9]+,/id N,/' cap1
  tcpdump: listening on v1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      10.0.0.2 > 232.1.1.1: igmp v2 report 232.1.1.1
  
  1 packet captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
  $ ip netns exec h2 sysctl -qw net.ipv4.conf.v2.force_igmp_version=0
  $ ip netns exec h1 timeout 4 tcpdump -t -n -vv -i v1 igmp > cap2 2>&1 &
  $ sleep 0.3
  $ ip netns exec h2 sh -c 'timeout -s KILL 1.5 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 & sleep 0.5; cat /proc/net/igmp; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v2        :     2      V3
  				010101E8     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ wait; grep -v 'received by filter' cap2
  tcpdump: listening on v1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow { 10.0.0.9 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow { 10.0.0.9 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 block { 10.0.0.9 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 block { 10.0.0.9 }]
  
  4 packets captured
  0 packets dropped by kernel
