A source-specific membership across the device going down and up, and under v1/v2 queriers: coming up, the INCLUDE group is announced again by ALLOW records of its source (no mode change record); a v2 general query is answered by a v2 report of the group (sources cannot be said) and /proc/net/igmp says V2; the socket's end under the v2 querier is a v2 Leave to 224.0.0.2, and mcfilter empties.
  $ ip netns add h1
  $ ip netns add h2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 addr add 10.0.0.1/24 dev v1; ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up
  $ ip -n h1 route add 224.0.0.0/4 dev v1; ip -n h2 route add 224.0.0.0/4 dev v2
  $ ip netns exec h2 sh -c 'timeout -s KILL 9 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 2
  $ ip netns exec h1 timeout 3 tcpdump -t -n -vv -i v1 igmp > cap1 2>&1 &
  $ sleep 0.3
  $ ip -n h2 link set v2 down; ip netns exec h2 cat /proc/net/mcfilter; ip -n h2 link set v2 up
  Idx Device        MCA        SRC    INC    EXC
  $ wait; grep -v 'received by filter' cap1
  tcpdump: listening on v1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow { 10.0.0.9 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow { 10.0.0.9 }]
  
  2 packets captured
  0 packets dropped by kernel
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
  $ ip netns exec h1 timeout 2.5 tcpdump -t -n -vv -i v1 igmp and src 10.0.0.2 > cap2 2>&1 &
  $ sleep 0.3
  $ ip netns exec h1 sh -c "printf '\021\012\356\365\000\000\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ wait; grep -v 'received by filter' cap2
  tcpdump: listening on v1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      10.0.0.2 > 232.1.1.1: igmp v2 report 232.1.1.1
  
  1 packet captured
  0 packets dropped by kernel
  $ ip netns exec h2 cat /proc/net/igmp | sed -E 's/1:[0-9A-F]{8}/1:TIMER/'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	v2        :     2      V2
  				010000E0     1 0:00000000		0
  				010101E8     1 0:00000000		1
  $ ip netns exec h1 timeout 4 tcpdump -t -n -vv -i v1 igmp and src 10.0.0.2 > cap3 2>&1 &
  $ sleep 0.3
  $ wait; grep -v 'received by filter' cap3
  tcpdump: listening on v1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      10.0.0.2 > 224.0.0.2: igmp leave 232.1.1.1
  
  1 packet captured
  0 packets dropped by kernel
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
