The multicast memberships in /proc: /proc/net/dev_mcast (each device's MAC filter), /proc/net/igmp (the IPv4 groups, 224.0.0.1 of each running device, a bridge's 224.0.0.106), /proc/net/igmp6 (the IPv6 groups with their MAF_LOADED/MAF_NOREPORT flags, the router groups of forwarding) and /proc/net/if_inet6 (sorted: the kernel walks a randomly mixed hash), through device up, down, a bridge and forwarding.
  $ cat /proc/net/dev_mcast; cat /proc/net/igmp; cat /proc/net/igmp6
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1    lo              ff020000000000000000000000000001     1 0000000C 0
  1    lo              ff010000000000000000000000000001     1 00000008 0
  $ ip link set lo up; cat /proc/net/igmp; cat /proc/net/igmp6; cat /proc/net/if_inet6
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1	lo        :     1      V3
  				010000E0     1 0:00000000		0
  1    lo              ff020000000000000000000000000001     1 0000000C 0
  1    lo              ff010000000000000000000000000001     1 00000008 0
  00000000000000000000000000000001 01 80 10 80       lo
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ cat /proc/net/dev_mcast; cat /proc/net/igmp6
  2    b0              1     0     333300000001
  3    a0              1     0     333300000001
  1    lo              ff020000000000000000000000000001     1 0000000C 0
  1    lo              ff010000000000000000000000000001     1 00000008 0
  2    b0              ff020000000000000000000000000001     1 0000000C 0
  2    b0              ff010000000000000000000000000001     1 00000008 0
  3    a0              ff020000000000000000000000000001     1 0000000C 0
  3    a0              ff010000000000000000000000000001     1 00000008 0
  $ ip link set a0 up; ip link set b0 up; sleep 2
  $ cat /proc/net/dev_mcast
  2    b0              1     0     333300000001
  2    b0              1     0     01005e000001
  2    b0              1     0     3333ff0000b0
  3    a0              1     0     333300000001
  3    a0              1     0     01005e000001
  3    a0              1     0     3333ff0000a0
  $ cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1	lo        :     1      V3
  				010000E0     1 0:00000000		0
  2	b0        :     1      V3
  				010000E0     1 0:00000000		0
  3	a0        :     1      V3
  				010000E0     1 0:00000000		0
  $ cat /proc/net/igmp6
  1    lo              ff020000000000000000000000000001     1 0000000C 0
  1    lo              ff010000000000000000000000000001     1 00000008 0
  2    b0              ff0200000000000000000001ff0000b0     1 00000004 0
  2    b0              ff020000000000000000000000000001     1 0000000C 0
  2    b0              ff010000000000000000000000000001     1 00000008 0
  3    a0              ff0200000000000000000001ff0000a0     1 00000004 0
  3    a0              ff020000000000000000000000000001     1 0000000C 0
  3    a0              ff010000000000000000000000000001     1 00000008 0
  $ sort /proc/net/if_inet6
  00000000000000000000000000000001 01 80 10 80       lo
  fe80000000000000000000fffe0000a0 03 40 20 80       a0
  fe80000000000000000000fffe0000b0 02 40 20 80       b0
  $ ip link set a0 down
  $ cat /proc/net/dev_mcast
  2    b0              1     0     333300000001
  2    b0              1     0     01005e000001
  2    b0              1     0     3333ff0000b0
  $ cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  1	lo        :     1      V3
  				010000E0     1 0:00000000		0
  2	b0        :     1      V3
  				010000E0     1 0:00000000		0
  $ cat /proc/net/igmp6
  1    lo              ff020000000000000000000000000001     1 0000000C 0
  1    lo              ff010000000000000000000000000001     1 00000008 0
  2    b0              ff0200000000000000000001ff0000b0     1 00000004 0
  2    b0              ff020000000000000000000000000001     1 0000000C 0
  2    b0              ff010000000000000000000000000001     1 00000008 0
  3    a0              ff020000000000000000000000000001     1 00000008 0
  3    a0              ff010000000000000000000000000001     1 00000008 0
  $ sort /proc/net/if_inet6
  00000000000000000000000000000001 01 80 10 80       lo
  fe80000000000000000000fffe0000b0 02 40 20 80       b0
  $ sysctl -qw net.ipv6.conf.b0.forwarding=1; cat /proc/net/igmp6 | grep b0
  2    b0              ff0200000000000000000001ff000000     1 00000004 0
  2    b0              ff050000000000000000000000000002     1 00000004 0
  2    b0              ff010000000000000000000000000002     1 00000008 0
  2    b0              ff020000000000000000000000000002     1 00000004 0
  2    b0              ff0200000000000000000001ff0000b0     1 00000004 0
  2    b0              ff020000000000000000000000000001     1 0000000C 0
  2    b0              ff010000000000000000000000000001     1 00000008 0
  $ grep b0 /proc/net/dev_mcast
  2    b0              1     0     333300000001
  2    b0              1     0     01005e000001
  2    b0              1     0     3333ff0000b0
  2    b0              2     0     333300000002
  2    b0              1     0     3333ff000000
  $ ip link add br0 address 02:00:00:00:00:cc type bridge; cat /proc/net/igmp | grep -A3 br0; grep br0 /proc/net/dev_mcast
  4    br0             1     0     333300000001
  $ ip link set br0 up; sleep 1; cat /proc/net/igmp | grep -A3 br0
  4	br0       :     2      V3
  				010000E0     1 0:00000000		0
  				6A0000E0     1 0:00000000		0
  $ grep br0 /proc/net/dev_mcast; grep br0 /proc/net/igmp6
  4    br0             1     0     333300000001
  4    br0             1     0     01005e00006a
  4    br0             1     0     33330000006a
  4    br0             1     0     01005e000001
  4    br0             ff02000000000000000000000000006a     1 00000004 0
  4    br0             ff020000000000000000000000000001     1 0000000C 0
  4    br0             ff010000000000000000000000000001     1 00000008 0
  $ ip addr add 10.9.0.1/24 dev br0; cat /proc/net/igmp | grep -A3 br0
  4	br0       :     2      V3
  				010000E0     1 0:00000000		0
  				6A0000E0     1 0:00000000		0
  $ ip link set br0 down; cat /proc/net/igmp | grep -A3 br0; grep br0 /proc/net/dev_mcast
  4    br0             1     0     333300000001
  $ sysctl -qw net.ipv6.conf.b0.forwarding=0; grep b0 /proc/net/igmp6
  2    b0              ff0200000000000000000001ff0000b0     1 00000004 0
  2    b0              ff020000000000000000000000000001     1 0000000C 0
  2    b0              ff010000000000000000000000000001     1 00000008 0
  $ ip link del a0; cat /proc/net/dev_mcast
  4    br0             1     0     333300000001
  $ ip netns add x; ip netns exec x cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
