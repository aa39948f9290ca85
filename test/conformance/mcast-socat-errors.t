IP_ADD_MEMBERSHIP errors through socat's ip-add-membership: a unicast group (EINVAL), an unknown interface address (ENODEV), a name that is no device (getaddrinfo), the group twice on one device (EADDRINUSE), past igmp_max_memberships (ENOBUFS), socat's syntax errors; ip-multicast-if with an address not ours, ip-multicast-ttl above 255.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=10.1.1.1:b0 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 35, {0x0101010a,0x00000000,2}, 12): Invalid argument
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:nodev - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E getaddrinfo("nodev", "NULL", {1,2,2,0}, {}): Temporary failure in name resolution
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:10.9.9.9 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 35, {0x010101ef,0x0909090a,0}, 12): No such device
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:10.0.0.1 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 35, {0x010101ef,0x0100000a,0}, 12): No such device
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E syntax in option 239.1.1.1: missing ':'
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:10.0.0.2:nodev - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E cannot resolve interface "nodev"
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=bad:b0 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E getaddrinfo("bad", "NULL", {1,2,2,0}, {}): Temporary failure in name resolution
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=255.255.255.255:b0 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 35, {0xffffffff,0x00000000,2}, 12): Invalid argument
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:b0,ip-add-membership=239.1.1.1:b0 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 35, {0x010101ef,0x00000000,2}, 12): Address already in use
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:b0,ip-add-membership=239.1.1.1:10.0.0.2 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 35, {0x010101ef,0x0200000a,0}, 12): Address already in use
  $ ip netns exec b sysctl net.ipv4.igmp_max_memberships net.ipv4.igmp_max_msf net.ipv4.conf.b0.force_igmp_version
  net.ipv4.igmp_max_memberships = 20
  net.ipv4.igmp_max_msf = 10
  net.ipv4.conf.b0.force_igmp_version = 0
  $ ip netns exec b sysctl -qw net.ipv4.igmp_max_memberships=2
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:b0,ip-add-membership=239.1.1.2:b0,ip-add-membership=239.1.1.3:b0 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 35, {0x030101ef,0x00000000,2}, 12): No buffer space available
  $ ip netns exec b sysctl -qw net.ipv4.igmp_max_memberships=0
  $ ip netns exec b timeout 1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:b0 - 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 35, {0x010101ef,0x00000000,2}, 12): No buffer space available
  $ ip netns exec b cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	b0        :     1      V3
  				010000E0     1 0:00000000		0
  $ ip netns exec b timeout 1 socat -u - UDP4-SENDTO:239.1.1.1:5000,ip-multicast-ttl=300 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E parseopts(): option "ip-multicast-ttl=300": byte value exceeds limit (300 vs. 255), using max
  $ ip netns exec b timeout 1 socat -u - UDP4-SENDTO:239.1.1.1:5000,ip-multicast-if=10.9.9.9 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E setsockopt(5, 0, 32, {0x909090a}, 4): Cannot assign requested address
  $ ip netns exec b timeout 1 socat -u - UDP4-SENDTO:239.1.1.1:5000,ip-multicast-if=b0 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/'
  socat E getaddrinfo("b0", "NULL", {1,2,2,0}, {}): Temporary failure in name resolution
  $ echo hi | ip netns exec b socat -u - UDP4-SENDTO:239.1.1.1:5000 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/'
  socat E sendto(5, 0xP, 3, 0, AF=2 239.1.1.1:5000, 16): Network is unreachable
  $ echo hi | ip netns exec b socat -u - UDP4-SENDTO:239.1.1.1:5000,ip-multicast-if=10.0.0.2 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/0xP/'
  $ ip netns exec b nstat -az IpOutNoRoutes UdpOutDatagrams
  #kernel
  IpOutNoRoutes                   7                  0.0
  UdpOutDatagrams                 1                  0.0
