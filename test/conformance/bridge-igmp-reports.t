A snooping bridge joins 224.0.0.106 (multicast router discovery): IGMPv3 reports from br0 when it comes up (two, from 0.0.0.0 or its address), leave reports when snooping is turned off, none with mcast_snooping 0 or igmp_link_local_mcast_reports 0, again after down/up; counters and tcpdump on a host.
  $ ip netns add h
  $ ip netns add sw
  $ ip netns exec sw sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec h sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add e0 netns h address 02:00:00:00:00:01 type veth peer name p1 netns sw address 02:00:00:00:90:01
  $ ip -n sw link set p1 master br0
  $ ip -n sw link set p1 up
  $ ip -n h link set e0 up
  $ ip netns exec h tcpdump -t -n -v -i e0 -c 2 igmp > cap1 2>&1 &
  $ sleep 0.5
  $ ip -n sw link set br0 up
  $ wait; cat cap1
  tcpdump: listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      0.0.0.0 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 224.0.0.106 to_ex, 0 source(s)]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      0.0.0.0 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 224.0.0.106 to_ex, 0 source(s)]
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ bridge -n sw fdb show dev br0 | grep 01:00:5e
  01:00:5e:00:00:6a self permanent
  01:00:5e:00:00:01 self permanent
  $ ip -n sw -s link show br0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             108       2      0       0       0       0 
  $ ip -n h -s link show e0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             108       2      0       0       0       0 
  $ ip netns exec h tcpdump -t -n -v -i e0 -c 2 igmp > cap2 2>&1 &
  $ sleep 0.5
  $ ip -n sw link set br0 type bridge mcast_snooping 0
  $ wait; cat cap2
  tcpdump: listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      0.0.0.0 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 224.0.0.106 to_in, 0 source(s)]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      0.0.0.0 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 224.0.0.106 to_in, 0 source(s)]
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ bridge -n sw fdb show dev br0 | grep -c 01:00:5e
  1
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip netns exec h tcpdump -t -n -v -i e0 -c 2 igmp > cap3 2>&1 &
  $ sleep 0.5
  $ ip -n sw link set br0 type bridge mcast_snooping 1
  $ wait; cat cap3
  tcpdump: listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.254 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 224.0.0.106 to_ex, 0 source(s)]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.254 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 224.0.0.106 to_ex, 0 source(s)]
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip -n sw link set br0 down
  $ ip netns exec sw sysctl -qw net.ipv4.igmp_link_local_mcast_reports=0
  $ ip -n sw link set br0 up
  $ sleep 2
  $ ip -n sw -s link show br0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             324       6      0       0       0       0 
  $ ip netns exec sw sysctl -qw net.ipv4.igmp_link_local_mcast_reports=1
  $ ip netns exec h tcpdump -t -n -i e0 -c 2 igmp > cap4 2>&1 &
  $ sleep 0.5
  $ ip -n sw link set br0 down
  $ ip -n sw link set br0 up
  $ wait; cat cap4
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP 10.0.0.254 > 224.0.0.22: igmp v3 report, 1 group record(s)
  IP 10.0.0.254 > 224.0.0.22: igmp v3 report, 1 group record(s)
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip -n sw -s link show br0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             432       8      0       0       0       0 
  $ ip -n h -s link show e0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             432       8      0       0       0       0 
  $ ip netns exec h nstat -az IpInReceives IpInAddrErrors IpInDiscards IpExtInMcastPkts
  #kernel
  IpInReceives                    8                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDiscards                    0                  0.0
  IpExtInMcastPkts                0                  0.0
