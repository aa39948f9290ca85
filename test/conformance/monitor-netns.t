ip monitor link across namespaces: moving one end of a veth pair to another namespace is an RTM_DELLINK naming where it went (new-netnsid, new-ifindex) and, in that namespace, an RTM_NEWLINK whose peer is shown by index and link-netnsid (ip monitor reads the namespace names once, at its start, before the ids exist). IPv6 is disabled first (tuxnet has no IPv6: there the sysctl fails, silently) so that the kernel's IPv6 link changes stay out of a fair IPv4 comparison.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip netns add x
  $ ip -n x link set lo up
  $ ip monitor link > m1 &
  $ ip -n x monitor link > m2 &
  $ sleep 0.1
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set b0 netns x
  $ ip -n x link set b0 name c0 up
  $ ip link set a0 up
  $ ip link show a0
  3: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns x
  $ sleep 0.1; kill %1 %2; wait
  $ cat m1
  2: b0@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  Deleted 2: b0@a0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff new-netnsid 0 new-ifindex 2
  3: a0@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  3: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ cat m2
  2: b0@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  2: c0@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  2: c0@if3: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  2: c0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0
