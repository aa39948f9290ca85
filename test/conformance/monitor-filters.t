ip monitor with a device filter (dev), the [LINK]/[ADDR] banners of `label` and `all`, -4, and the objects one at a time: `ip monitor address` does not see link changes. IPv6 is disabled first (tuxnet has no IPv6: there the sysctl fails, silently) so that the kernel's own IPv6 addresses stay out of a fair IPv4 comparison.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip monitor label link address dev a0 > m1 &
  $ ip -4 monitor address > m2 &
  $ ip monitor link > m3 &
  $ sleep 0.1
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev b0
  $ ip link set a0 txqueuelen 500
  $ ip link set b0 group 7
  $ ip addr del 10.0.1.1/24 dev b0
  $ ip link set dev a0 arp off
  $ sleep 0.1; kill %1 %2 %3; wait
  $ cat m1
  [LINK]3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  [LINK][LINK][LINK]3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  [ADDR]3: a0    inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  [ADDR][LINK]3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  [LINK][ADDR][LINK]3: a0@b0: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ cat m2
  3: a0    inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  2: b0    inet 10.0.1.1/24 scope global b0
         valid_lft forever preferred_lft forever
  Deleted 2: b0    inet 10.0.1.1/24 scope global b0
         valid_lft forever preferred_lft forever
  $ cat m3
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group 7 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip monitor dev nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  [255]
  $ ip monitor foo
  Argument "foo" is unknown, try "ip monitor help".
  [255]
  $ ip monitor help
  Usage: ip monitor [ all | OBJECTS ] [ FILE ] [ label ] [ all-nsid ]
                    [ dev DEVICE ]
  OBJECTS :=  address | link | mroute | neigh | netconf |
              nexthop | nsid | prefix | route | rule | stats
  FILE := file FILENAME
  [255]
