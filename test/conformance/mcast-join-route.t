Joining without naming a device (GROUP:0.0.0.0): the device is the one a route to the group leads to (ENODEV without any), the default route's device too; a device taken down keeps its groups and reports them again when it comes up; a socket's membership on a device that is deleted goes with it.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:0.0.0.0 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 35, {0x010101ef,0x00000000,0}, 12): No such device
  $ ip -n b route add default via 10.0.0.1
  $ ip netns exec b sh -c 'timeout 0.5 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:0.0.0.0 CREATE:got & sleep 0.2; cat /proc/net/igmp; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     2      V3
  				010101EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ ip -n b link add d0 address 02:00:00:00:0d:01 type veth peer name d1 address 02:00:00:00:0d:02
  $ ip -n b link set d0 up
  $ ip -n b link set d1 up
  $ ip -n b route add 224.0.0.0/4 dev d0
  $ sleep 0.5
  $ ip netns exec b sh -c 'timeout 0.5 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:0.0.0.0 CREATE:got & sleep 0.2; cat /proc/net/igmp; wait'
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     1      V3
  				010000E0     1 0:00000000		0
  3	d1        :     1      V3
  				010000E0     1 0:00000000		0
  4	d0        :     2      V3
  				010101EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ sleep 0.5
  $ ip netns exec a tcpdump -t -n -i a0 -c 4 igmp > cap 2>&1 &
  $ sleep 0.3
  $ ip netns exec b sh -c 'timeout 3 socat -u UDP4-RECV:5000,ip-add-membership=239.3.3.3:b0 CREATE:got & sleep 1.2; ip link set b0 down; ip maddr show dev b0; cat /proc/net/igmp; ip link set b0 up; sleep 1.2; ip link del d0; cat /proc/net/igmp; wait'
  2:	b0
  	link  33:33:00:00:00:01
  	inet  239.3.3.3
  	inet6 ff02::1
  	inet6 ff01::1
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     1      V3
  				030303EF     1 0:00000000		0
  3	d1        :     1      V3
  				010000E0     1 0:00000000		0
  4	d0        :     1      V3
  				010000E0     1 0:00000000		0
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     2      V3
  				010000E0     1 0:00000000		0
  				030303EF     1 0:00000000		0
  $ sleep 1.5; wait; cat cap
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on a0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP 10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s)
  IP 10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s)
  IP 10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s)
  IP 10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s)
  4 packets captured
  4 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec b cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     1      V3
  				010000E0     1 0:00000000		0
