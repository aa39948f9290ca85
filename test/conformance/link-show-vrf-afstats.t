ip link/addr show filters with nothing to match or the wrong kind of device: vrf (the device must exist and be a vrf: name_is_vrf(); this kernel has no vrf module), master of a missing device or of a device that is no master, an unknown type, bridge_slave; ip link afstats (only MPLS has per-family statistics: nothing printed; a missing device is said with exit 0).
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link set v1 master br0
  $ ip link show vrf foo
  Error: argument "foo" is wrong: Not a valid VRF name
  [255]
  $ ip link show vrf br0
  Error: argument "br0" is wrong: Not a valid VRF name
  [255]
  $ ip link show master nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  [255]
  $ ip link show master v0
  $ ip link show type nosuchkind
  $ ip link show type bridge_slave
  2: v1@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link show group nosuch
  Error: argument "nosuch" is wrong: Invalid "group" value
  [255]
  $ ip link show up down
  Device "down" does not exist.
  [1]
  $ ip link show nomaster
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  $ ip addr show vrf br0
  Error: argument "br0" is wrong: Not a valid VRF name
  [255]
  $ ip -br link show type veth up
  $ ip link show dev v0 type veth
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link show v0 v1
  Error: either "dev" is duplicate, or "v1" is a garbage.
  [255]
  $ ip link show master br0 type veth
  2: v1@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link show nomaster master br0
  2: v1@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link show master br0 nomaster
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  $ ip link afstats dev v0
  $ ip link afstats
  $ ip -j link afstats
  []
  $ ip link afstats dev nosuch; echo $?
  Device "nosuch" does not exist.
  0
  $ ip link afstats foo
  Command "foo" is unknown, try "ip link help".
  [255]
  $ ip link afstats dev v0 dev v1
  Error: either "dev" is duplicate, or "v1" is a garbage.
  [255]
  $ ip -j link show vrf v0
  Error: argument "v0" is wrong: Not a valid VRF name
  [255]
