ip monitor link address: the RTM_NEWLINK/RTM_DELLINK and RTM_NEWADDR/RTM_DELADDR notifications of a veth pair's life: creation (the peer first, unlinked), up and down with the carrier changes linkwatch announces after each command, mtu, rename, addresses (a secondary goes with its primary), lo's automatic 127.0.0.1, and deletion (both ends closed, then removed). IPv6 is disabled first (tuxnet has no IPv6: there the sysctl fails, silently) so that the kernel's own IPv6 addresses and link changes stay out of a fair IPv4 comparison.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip monitor link address > m &
  $ sleep 0.1
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip link set a0 mtu 1400
  $ ip link set b0 down
  $ ip addr add 10.0.0.2/24 dev a0
  $ ip addr add 10.0.0.9/24 brd + dev a0 label a0:nine
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip link set lo up
  $ ip link set a0 name c0
  $ ip link set b0 up
  $ ip link del c0
  $ sleep 0.1; kill %1; wait; cat m
  2: b0@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  3: a0    inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  3: a0    inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.9/24 brd 10.0.0.255 scope global secondary a0:nine
         valid_lft forever preferred_lft forever
  Deleted 3: a0    inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
  Deleted 3: a0    inet 10.0.0.9/24 brd 10.0.0.255 scope global secondary a0:nine
         valid_lft forever preferred_lft forever
  Deleted 3: a0    inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default 
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  1: lo    inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  3: c0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: c0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  3: c0@NONE: <BROADCAST,MULTICAST> mtu 1400 qdisc noqueue state DOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  2: b0@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  Deleted 3: c0@NONE: <BROADCAST,MULTICAST> mtu 1400 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  Deleted 2: b0@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
