force_igmp_version from conf/all and conf/DEV together: IGMP_V1_SEEN holds when either says 1, IGMP_V2_SEEN when either says 2 (v1 wins over v2), anything else is v3; the Querier column of /proc/net/igmp shows the result for every device, and a device made after conf/default changes starts with it.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set h0 up; ip link set x0 up
  $ sed -n '1p' /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  $ grep -E '^[0-9]' /proc/net/igmp
  1	lo        :     1      V3
  2	x0        :     1      V3
  3	h0        :     1      V3
  $ sysctl -w net.ipv4.conf.all.force_igmp_version=2
  net.ipv4.conf.all.force_igmp_version = 2
  $ grep -E '^[0-9]' /proc/net/igmp
  1	lo        :     1      V2
  2	x0        :     1      V2
  3	h0        :     1      V2
  $ sysctl -w net.ipv4.conf.h0.force_igmp_version=1
  net.ipv4.conf.h0.force_igmp_version = 1
  $ grep -E '^[0-9]' /proc/net/igmp
  1	lo        :     1      V2
  2	x0        :     1      V2
  3	h0        :     1      V1
  $ sysctl -w net.ipv4.conf.all.force_igmp_version=1 net.ipv4.conf.h0.force_igmp_version=2
  net.ipv4.conf.all.force_igmp_version = 1
  net.ipv4.conf.h0.force_igmp_version = 2
  $ grep -E '^[0-9]' /proc/net/igmp
  1	lo        :     1      V1
  2	x0        :     1      V1
  3	h0        :     1      V1
  $ sysctl -w net.ipv4.conf.all.force_igmp_version=3 net.ipv4.conf.h0.force_igmp_version=2 net.ipv4.conf.x0.force_igmp_version=7
  net.ipv4.conf.all.force_igmp_version = 3
  net.ipv4.conf.h0.force_igmp_version = 2
  net.ipv4.conf.x0.force_igmp_version = 7
  $ grep -E '^[0-9]' /proc/net/igmp
  1	lo        :     1      V3
  2	x0        :     1      V3
  3	h0        :     1      V2
  $ sysctl -w net.ipv4.conf.all.force_igmp_version=0 net.ipv4.conf.default.force_igmp_version=1
  net.ipv4.conf.all.force_igmp_version = 0
  net.ipv4.conf.default.force_igmp_version = 1
  $ ip link add h1 address 02:00:00:00:00:03 type veth peer name x1 address 02:00:00:00:00:04
  $ ip link set h1 up; ip link set x1 up
  $ grep -E '^[0-9]' /proc/net/igmp
  1	lo        :     1      V3
  2	x0        :     1      V3
  3	h0        :     1      V2
  4	x1        :     1      V1
  5	h1        :     1      V1
  $ sysctl net.ipv4.conf.h1.force_igmp_version net.ipv4.conf.x1.force_igmp_version net.ipv4.conf.lo.force_igmp_version
  net.ipv4.conf.h1.force_igmp_version = 1
  net.ipv4.conf.x1.force_igmp_version = 1
  net.ipv4.conf.lo.force_igmp_version = 0
  $ ip maddr show dev h1
  5:	h1
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ sysctl -w net.ipv4.conf.lo.force_igmp_version=2
  net.ipv4.conf.lo.force_igmp_version = 2
  $ grep -E '^[0-9]' /proc/net/igmp
  1	lo        :     1      V2
  2	x0        :     1      V3
  3	h0        :     1      V2
  4	x1        :     1      V1
  5	h1        :     1      V1
  $ ip link set h1 down
  $ grep -E '^[0-9]' /proc/net/igmp
  1	lo        :     1      V2
  2	x0        :     1      V3
  3	h0        :     1      V2
  4	x1        :     1      V1
