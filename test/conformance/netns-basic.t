ip netns add/list/del/exec, their errors, ip -n, and moving a device into another namespace (it loses its addresses and comes back down).
  $ ip netns list
  $ ip netns add a
  $ ip netns add b
  $ ip netns add a
  Cannot create namespace file "/run/netns/a": File exists
  [1]
  $ ip netns list
  b
  a
  $ ip netns
  b
  a
  $ ip -n a link
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip netns exec a ip link
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip netns exec a sysctl net.ipv4.conf.all.forwarding
  net.ipv4.conf.all.forwarding = 0
  $ ip netns exec nosuch ip link
  Cannot open network namespace "nosuch": No such file or directory
  [255]
  $ ip -n nosuch link
  Cannot open network namespace "nosuch": No such file or directory
  [255]
  $ ip netns del nosuch
  Cannot remove namespace file "/run/netns/nosuch": No such file or directory
  [1]
  $ ip netns add 'bad/name'
  Invalid netns name "bad/name"
  [255]
  $ ip netns add ''
  Invalid netns name ""
  [255]
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip link set a0 up mtu 1400
  $ ip link set a0 netns a
  $ ip link show b0
  2: b0@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
  $ ip netns list
  b
  a (id: 0)
  $ ip -n a link show a0
  3: a0@if2: <BROADCAST,MULTICAST> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip -n a -4 addr
  $ ip -n a -4 route show table all
  $ ip link set b0 netns b
  $ ip -n b link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: b0@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
  $ ip netns list
  b (id: 1)
  a (id: 0)
  $ ip -n a link set a0 netns nosuch
  Error: argument "nosuch" is wrong: Invalid "netns" value
  [255]
  $ ip -n a link set nosuch netns b
  Cannot find device "nosuch"
  [1]
  $ ip -n a link set lo netns b
  Error: The interface netns is immutable.
  [2]
  $ ip netns exec a sysctl -w net.ipv4.conf.all.forwarding=1
  net.ipv4.conf.all.forwarding = 1
  $ sysctl net.ipv4.conf.all.forwarding
  net.ipv4.conf.all.forwarding = 0
  $ ip -n b link set b0 netns a
  $ ip -n a link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: b0@a0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip netns del a
  $ ip netns del a
  Cannot remove namespace file "/run/netns/a": No such file or directory
  [1]
  $ ip netns list
  b (id: 1)
  $ ip netns del b
  $ ip netns list
