macvlan lifecycle: NAME@PARENT, a random MAC unless given, carrier following the parent (LOWERLAYERDOWN), mode changes, the kernel's refusals (no parent, lo, a taken MAC), a move to another namespace (@ifN, link-netns), and deletion when the parent goes.
  $ ip netns add h
  $ ip netns add o
  $ ip link add eth0 netns h address 02:00:00:00:06:01 type veth peer name o0 netns o address 02:00:00:00:06:02
  $ ip -n h link add m0 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add link lo name m0 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add link nosuch name m0 type macvlan
  Cannot find device "nosuch"
  [1]
  $ ip -n h link add link eth0 name m0 type macvlan mode nosuch
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "nosuch"
  [1]
  $ ip -n h link add link eth0 name m0 type macvlan
  $ ip -n h link show m0 | sed -n 1p
  3: m0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip -n h -d link show m0 | sed -n 3p
      macvlan mode vepa bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set m0 type macvlan mode private
  $ ip -n h -d link show m0 | sed -n 3p
      macvlan mode private bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set m0 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link set m0 address 02:00:00:00:06:10
  $ ip -n h link set m0 up
  $ ip -n h link show m0
  3: m0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:06:10 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link set eth0 up
  $ ip -n h link show m0
  3: m0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:06:10 brd ff:ff:ff:ff:ff:ff
  $ ip -n o link set o0 up
  $ ip -n h link show m0
  3: m0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:06:10 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link add link eth0 name m1 address 02:00:00:00:06:10 type macvlan
  $ ip -n h link set m1 up
  RTNETLINK answers: Address already in use
  [2]
  $ ip -n h link set m1 address 02:00:00:00:06:01
  RTNETLINK answers: Address already in use
  [2]
  $ ip -n h link set m1 up
  RTNETLINK answers: Address already in use
  [2]
  $ ip -n h link del m1
  $ ip -n h link add link m0 name m2 address 02:00:00:00:06:12 type macvlan
  $ ip -n h link show m2 | sed -n 1p
  5: m2@eth0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip -n h link set eth0 down
  $ ip -n h link show m0
  3: m0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:06:10 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link set eth0 up
  $ ip -n h link set m0 netns o
  $ ip -n o link show m0
  3: m0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:06:10 brd ff:ff:ff:ff:ff:ff link-netns h
  $ ip -n o addr add 10.6.0.5/24 dev m0
  $ ip -n o route show
  $ ip -n h link set eth0 mtu 1400
  $ ip -n o link show m0 | sed -n 1p
  3: m0@if2: <BROADCAST,MULTICAST> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip -n h link del eth0
  $ ip -n o link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip -n h link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
