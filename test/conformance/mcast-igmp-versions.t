force_igmp_version 2 and 1 on the joining host: a join is reported with an IGMPv2 (v1) report to the group itself, not IGMPv3; a v2 leave goes to 224.0.0.2 from the host that reported, v1 leaves silently; /proc/net/igmp shows the querier version V2/V1, the reporter flag and a running timer.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.force_igmp_version=2
  net.ipv4.conf.b0.force_igmp_version = 2
  $ ip netns exec a tcpdump -t -n -v -i a0 -c 2 igmp > cap1 2>&1 &
  $ sleep 0.3
  $ ip netns exec b sh -c 'timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:b0 CREATE:got & sleep 0.5; cat /proc/net/igmp | sed -E "s/ 1:[0-9A-F]{8}/ 1:TIMER/"; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     2      V2
  				010101EF     1 1:TIMER		1
  				010000E0     1 0:00000000		0
  $ sleep 0.5; wait; cat cap1
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      10.0.0.2 > 239.1.1.1: igmp v2 report 239.1.1.1
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      10.0.0.2 > 224.0.0.2: igmp leave 239.1.1.1
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec b cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     1      V2
  				010000E0     1 0:00000000		0
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.force_igmp_version=0
  $ ip netns exec b sysctl -w net.ipv4.conf.all.force_igmp_version=1
  net.ipv4.conf.all.force_igmp_version = 1
  $ ip netns exec a tcpdump -t -n -v -i a0 -c 1 igmp > cap2 2>&1 &
  $ sleep 0.3
  $ ip netns exec b sh -c 'timeout 0.5 socat -u UDP4-RECV:5000,ip-add-membership=239.2.2.2:10.0.0.2 CREATE:got & sleep 0.2; cat /proc/net/igmp | sed -E "s/ 1:[0-9A-F]{8}/ 1:TIMER/"; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     2      V1
  				020202EF     1 1:TIMER		1
  				010000E0     1 0:00000000		0
  $ sleep 0.5; wait; cat cap2
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      10.0.0.2 > 239.2.2.2: igmp v1 report 239.2.2.2
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ ip netns exec b nstat -az IpOutRequests IpExtOutMcastPkts IpInReceives IpExtInMcastPkts IpInDelivers
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   3                  0.0
  IpExtInMcastPkts                2                  0.0
  IpExtOutMcastPkts               3                  0.0
  $ ip netns exec b sysctl -w net.ipv4.conf.all.force_igmp_version=3
  net.ipv4.conf.all.force_igmp_version = 3
  $ ip netns exec b sysctl -w net.ipv4.conf.all.force_igmp_version=-1
  net.ipv4.conf.all.force_igmp_version = -1
  $ ip netns exec b sysctl net.ipv4.conf.all.force_igmp_version net.ipv4.conf.b0.force_igmp_version
  net.ipv4.conf.all.force_igmp_version = -1
  net.ipv4.conf.b0.force_igmp_version = 0
