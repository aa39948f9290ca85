A socket joins a group (socat UDP4-RECV with ip-add-membership=GROUP:IFADDR): /proc/net/igmp and ip maddr list it, two IGMPv3 change reports (to_ex) go out; when socat ends the group is left with two to_in reports; /proc/net/mcfilter has only its header for any-source joins.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a tcpdump -t -n -v -i a0 -c 4 igmp > cap1 2>&1 &
  $ sleep 0.3
  $ ip netns exec b sh -c 'timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:10.0.0.2 CREATE:got & sleep 0.5; cat /proc/net/igmp; cat /proc/net/mcfilter; ip maddr show dev b0; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     2      V3
  				010101EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  Idx Device        MCA        SRC    INC    EXC
  2:	b0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  01:00:5e:01:01:01
  	inet  239.1.1.1
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ sleep 2; wait; cat cap1
  tcpdump: listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 239.1.1.1 to_ex, 0 source(s)]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 239.1.1.1 to_ex, 0 source(s)]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 239.1.1.1 to_in, 0 source(s)]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 239.1.1.1 to_in, 0 source(s)]
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ sleep 0.5; ip netns exec b cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     1      V3
  				010000E0     1 0:00000000		0
  $ ip -n b maddr show dev b0
  2:	b0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip netns exec b nstat -az IpOutRequests IpExtOutMcastPkts IpInReceives
  #kernel
  IpInReceives                    0                  0.0
  IpOutRequests                   4                  0.0
  IpExtOutMcastPkts               4                  0.0
  $ ip -n b -s link show b0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             216       4      0       0       0       0 
  $ sleep 0.5
  $ ip netns exec b sh -c 'timeout 0.5 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:b0,ip-add-membership=239.1.1.2:b0 CREATE:got & sleep 0.2; cat /proc/net/igmp; ip maddr show dev b0 | grep 239; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     3      V3
  				020101EF     1 0:00000000		0
  				010101EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  	inet  239.1.1.2
  	inet  239.1.1.1
  $ sleep 0.5
  $ ip netns exec b sh -c 'timeout 0.5 socat -u UDP4-RECV:5000,ip-add-membership=224.0.0.1:b0,ip-add-membership=239.1.1.1:lo CREATE:got & sleep 0.2; cat /proc/net/igmp; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1	lo        :     1      V3
  				010101EF     1 0:00000000		0
  2	b0        :     1      V3
  				010000E0     2 0:00000000		0
  $ sleep 0.5
  $ ip netns exec b sh -c 'timeout 0.5 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:10.0.0.2:b0 CREATE:got & timeout 0.5 socat -u UDP4-RECV:5001,ip-add-membership=239.1.1.1:b0 CREATE:got2 & sleep 0.2; cat /proc/net/igmp; ip -s maddr show dev b0 | grep 239; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     2      V3
  				010101EF     2 0:00000000		0
  				010000E0     1 0:00000000		0
  	inet  239.1.1.1 users 2
  $ sleep 0.5; ip netns exec b cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     1      V3
  				010000E0     1 0:00000000		0
