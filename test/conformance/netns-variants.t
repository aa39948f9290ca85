ip netns: errors, listing, identify, exec of missing commands, -n on missing namespaces.
  $ ip netns add a
  $ ip netns add a
  Cannot create namespace file "/run/netns/a": File exists
  [1]
  $ ip netns add b
  $ ip netns list
  b
  a
  $ ip netns
  b
  a
  $ ip netns del nosuch
  Cannot remove namespace file "/run/netns/nosuch": No such file or directory
  [1]
  $ ip netns exec nosuch true
  Cannot open network namespace "nosuch": No such file or directory
  [255]
  $ ip -n nosuch link show
  Cannot open network namespace "nosuch": No such file or directory
  [255]
  $ ip netns exec a nosuchcommand
  exec of "nosuchcommand" failed: No such file or directory
  [1]
  $ ip netns exec a sh -c 'exit 3'; echo $?
  3
  $ ip netns exec a ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip link add v0 type veth peer name v1
  $ ip link set v1 netns a
  $ ip link set v1 netns nosuch
  Error: argument "nosuch" is wrong: Invalid "netns" value
  [255]
  $ ip -n a link show v1 | head -1
  2: v1@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link show v0 | head -1
  3: v0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip netns set a 5
  Error: Peer netns already has a nsid assigned.
  [2]
  $ ip netns list-id
  nsid 0 (iproute2 netns name: a)
  $ ip netns list
  b
  a (id: 0)
  $ ip link show v0 | sed -n 2p
      link/ether * brd ff:ff:ff:ff:ff:ff link-netns a (glob)
  $ ip -n a link set v1 netns b
  $ ip -n b link show | grep -c v1
  1
  $ ip netns del a
  $ ip netns list
  b
  $ ip netns add 'bad/name'
  Invalid netns name "bad/name"
  [255]
  $ ip netns add ''
  Invalid netns name ""
  [255]
  $ ip netns frob
  Command "frob" is unknown, try "ip netns help".
  [255]
