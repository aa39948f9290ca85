ip monitor link for attribute changes of a device that is down and then up: a new MAC address, broadcast address, arp off, group, alias, txqueuelen, mtu. Changes without an event of their own (group, alias) are announced only while the device runs (netdev_state_change). IPv6 is disabled first (tuxnet has no IPv6: there the sysctl fails, silently) so that the kernel's IPv6 link changes stay out of a fair IPv4 comparison.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip monitor link > m &
  $ sleep 0.1
  $ ip link set a0 address 02:00:00:00:00:11
  $ ip link set a0 broadcast 02:ff:ff:ff:ff:ff
  $ ip link set a0 arp off
  $ ip link set a0 group 4
  $ ip link set a0 alias first
  $ ip link set a0 txqueuelen 100
  $ ip link set a0 mtu 1400
  $ ip link set a0 up
  $ ip link set a0 address 02:00:00:00:00:21
  $ ip link set a0 arp on
  $ ip link set a0 group 5
  $ ip link set a0 alias second
  $ ip link set a0 txqueuelen 200
  $ ip link set a0 mtu 1300
  $ ip link set a0 mtu 1300
  $ sleep 0.1; kill %1; wait; cat m
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:11 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,NOARP,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:11 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,NOARP,M-DOWN> mtu 1500 qdisc noop state DOWN group 4 
      link/ether 02:00:00:00:00:11 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,NOARP,M-DOWN> mtu 1400 qdisc noop state DOWN group 4 
      link/ether 02:00:00:00:00:11 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,NOARP,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN group 4 
      link/ether 02:00:00:00:00:11 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,NOARP,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN group 4 
      link/ether 02:00:00:00:00:21 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN group 4 
      link/ether 02:00:00:00:00:21 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN group 5 
      link/ether 02:00:00:00:00:21 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN group 5 
      link/ether 02:00:00:00:00:21 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN group 5 
      link/ether 02:00:00:00:00:21 brd 02:ff:ff:ff:ff:ff
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1300 qdisc noqueue state LOWERLAYERDOWN group 5 
      link/ether 02:00:00:00:00:21 brd 02:ff:ff:ff:ff:ff
