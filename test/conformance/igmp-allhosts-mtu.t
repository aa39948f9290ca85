All-hosts membership follows IPv4 on a device: joined by ip_mc_up when lo comes up, gone with IPv4 when the MTU drops below 68, joined again at once when IPv4 comes back on the running device (inetdev_init calls ip_mc_up); the loopback address does not come back.
  $ ip link set lo up
  $ cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1	lo        :     1      V3
  				010000E0     1 0:00000000		0
  $ ip link set lo mtu 60
  $ cat /proc/net/igmp; ip addr show dev lo
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 60 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip link set lo mtu 65536
  $ cat /proc/net/igmp; ip addr show dev lo
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1	lo        :     1      V3
  				010000E0     1 0:00000000		0
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
