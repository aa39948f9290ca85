A bridge's own IGMPv3 reports (224.0.0.106 of a snooping bridge) when its port comes up just after it: the first report finds no forwarding port and is counted as a TX drop, the second goes out; down and up again sends both; a bridge without ports sends into nothing.
  $ ip netns add h
  $ ip netns add sw
  $ ip netns exec sw sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec h sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add e0 netns h address 02:00:00:00:00:01 type veth peer name p1 netns sw address 02:00:00:00:90:01
  $ ip -n sw link set p1 master br0
  $ ip -n h link set e0 up
  $ ip netns exec h tcpdump -t -n -i e0 -c 3 igmp > cap1 2>&1 &
  $ sleep 0.5
  $ ip -n sw link set br0 up
  $ sleep 0.01; ip -n sw link set p1 up
  $ sleep 2; ip -n sw -s link show br0 | sed -n 5,6p; ip -n sw -s link show p1 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
              54       1      0       1       0       0 
      TX:  bytes packets errors dropped carrier collsns           
              54       1      0       0       0       0 
  $ ip -n sw link set br0 down; ip -n sw link set p1 down
  $ ip -n sw link set br0 up; ip -n sw link set p1 up
  $ sleep 2; ip -n sw -s link show br0 | sed -n 5,6p; ip -n sw -s link show p1 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             162       3      0       1       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             162       3      0       0       0       0 
  $ wait; cat cap1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP 0.0.0.0 > 224.0.0.22: igmp v3 report, 1 group record(s)
  IP 0.0.0.0 > 224.0.0.22: igmp v3 report, 1 group record(s)
  IP 0.0.0.0 > 224.0.0.22: igmp v3 report, 1 group record(s)
  3 packets captured
  3 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec h nstat -az IpInReceives IpExtInMcastPkts IpInDelivers
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    0                  0.0
  IpExtInMcastPkts                0                  0.0
  $ ip -n sw link add br1 type bridge mcast_snooping 1
  $ ip -n sw link set br1 up
  $ sleep 2; ip -n sw -s link show br1 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             108       2      0       0       0       0 
  $ ip netns exec sw cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	br0       :     2      V3
  				010000E0     1 0:00000000		0
  				6A0000E0     1 0:00000000		0
  3	p1        :     1      V3
  				010000E0     1 0:00000000		0
  4	br1       :     2      V3
  				010000E0     1 0:00000000		0
  				6A0000E0     1 0:00000000		0
