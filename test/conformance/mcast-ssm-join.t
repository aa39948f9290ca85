A source-specific join (iperf 2 -s -u -B GROUP -H SOURCE, MCAST_JOIN_SOURCE_GROUP): /proc/net/igmp has the group, /proc/net/mcfilter its source (one INCLUDE filter); a new INCLUDE group is announced by two IGMPv3 reports with an ALLOW record of the source (no mode change record), its leave by two BLOCK records; afterwards mcfilter is empty again. iperf's banners for -H, %DEV and -H misuse.
  $ ip netns add h1
  $ ip netns add h2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 addr add 10.0.0.1/24 dev v1; ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up
  $ ip -n h1 route add 224.0.0.0/4 dev v1; ip -n h2 route add 224.0.0.0/4 dev v2
  $ ip netns exec h1 timeout 4 tcpdump -t -n -vv -i v1 igmp > cap1 2>&1 &
  $ sleep 0.3
  $ ip netns exec h2 sh -c 'timeout -s KILL 1.5 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 > s.log 2>&1 & sleep 0.5; cat /proc/net/igmp; cat /proc/net/mcfilter; ip maddr show dev v2 | grep 232; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v2        :     2      V3
  				010101E8     1 0:00000000		0
  				010000E0     1 0:00000000		0
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8010101 0x0a000009      1      0
  	inet  232.1.1.1
  $ cat s.log
  ------------------------------------------------------------
  Server listening on UDP port 5001
  Joining multicast (S,G)=10.0.0.9,232.1.1.1
  Server set to single client traffic mode (per multicast receive)
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  $ wait; cat cap1
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
  4 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
  $ ip netns exec h2 cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v2        :     1      V3
  				010000E0     1 0:00000000		0
  $ ip netns exec h2 nstat -az IpOutRequests IpExtOutMcastPkts
  #kernel
  IpOutRequests                   4                  0.0
  IpExtOutMcastPkts               4                  0.0
  $ ip netns exec h2 sh -c 'timeout -s KILL 1 iperf -s -u -B 232.2.2.2%v2 -H 10.0.0.7 > s2.log 2>&1 & sleep 0.5; cat /proc/net/mcfilter; wait'
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8020202 0x0a000007      1      0
  $ cat s2.log
  ------------------------------------------------------------
  Server listening on UDP port 5001
  Joining multicast (S,G)=10.0.0.7,232.2.2.2 w/iface v2
  Server set to single client traffic mode (per multicast receive)
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  $ ip netns exec h2 sh -c 'timeout -s KILL 0.5 iperf -s -u -B 232.1.1.1 -H foo > s3.log 2>&1; cat /proc/net/mcfilter'; cat s3.log
  Idx Device        MCA        SRC    INC    EXC
  mcast join source pton failed: Success
  ------------------------------------------------------------
  Server listening on UDP port 5001
  Joining multicast (S,G)=foo,232.1.1.1
  Server set to single client traffic mode (per multicast receive)
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  $ ip netns exec h2 sh -c 'timeout -s KILL 0.5 iperf -s -u -H 10.0.0.9 > s4.log 2>&1 & wait; cat /proc/net/mcfilter'; cat s4.log
  Idx Device        MCA        SRC    INC    EXC
  ------------------------------------------------------------
  Server listening on UDP port 5001
  UDP buffer size:  208 KByte (default)
  ------------------------------------------------------------
  $ ip netns exec h2 cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v2        :     1      V3
  				010000E0     1 0:00000000		0
  $ ip netns exec h2 socat -u UDP4-RECV:5000,ip-add-source-membership=232.1.1.1:10.0.0.2:10.0.0.9 CREATE:got 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E parseopts_table(): unknown option "ip-add-source-membership"
