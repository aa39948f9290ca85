ip maddress: the link-layer, IPv4 and IPv6 groups of each device (/proc/net/dev_mcast, igmp, igmp6), their filters, and add/del of static link-layer addresses (SIOCADDMULTI).
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set b0 address 02:00:00:00:00:02
  $ ip link add br0 type bridge
  $ ip link set br0 address 02:00:00:00:00:03
  $ ip maddress
  1:	lo
  	inet6 ff02::1
  	inet6 ff01::1
  2:	b0
  	link  33:33:00:00:00:01
  	inet6 ff02::1
  	inet6 ff01::1
  3:	a0
  	link  33:33:00:00:00:01
  	inet6 ff02::1
  	inet6 ff01::1
  4:	br0
  	link  33:33:00:00:00:01
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip link set lo up
  $ ip link set a0 up
  $ ip link set b0 up
  $ sleep 3
  $ ip maddr
  1:	lo
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  2:	b0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:02
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:2
  	inet6 ff02::1
  	inet6 ff01::1
  3:	a0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:1
  	inet6 ff02::1
  	inet6 ff01::1
  4:	br0
  	link  33:33:00:00:00:01
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr show dev a0
  3:	a0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr show b0
  2:	b0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:02
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:2
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr show dev nosuch
  $ ip -4 maddr
  1:	lo
  	inet  224.0.0.1
  2:	b0
  	inet  224.0.0.1
  3:	a0
  	inet  224.0.0.1
  $ ip -6 maddr show dev lo
  1:	lo
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -0 maddr
  2:	b0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:02
  3:	a0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:01
  4:	br0
  	link  33:33:00:00:00:01
  $ ip maddr add 01:00:5e:01:02:03 dev a0
  $ ip maddr add 33:33:00:00:00:01 dev a0
  $ ip maddr add 33:33:00:00:00:01 dev a0
  $ ip maddr show dev a0
  3:	a0
  	link  33:33:00:00:00:01 users 2 static
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:01
  	link  01:00:5e:01:02:03 static
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:1
  	inet6 ff02::1
  	inet6 ff01::1
  $ cat /proc/net/dev_mcast
  2    b0              1     0     333300000001
  2    b0              1     0     01005e000001
  2    b0              1     0     3333ff000002
  3    a0              2     1     333300000001
  3    a0              1     0     01005e000001
  3    a0              1     0     3333ff000001
  3    a0              1     1     01005e010203
  4    br0             1     0     333300000001
  $ ip maddr del 33:33:00:00:00:01 dev a0
  $ ip maddr del 33:33:00:00:00:01 dev a0
  ioctl: No such file or directory
  [1]
  $ ip maddr del 01:00:5e:09:09:09 dev a0
  ioctl: No such file or directory
  [1]
  $ ip -0 maddr show dev a0
  3:	a0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:01
  	link  01:00:5e:01:02:03 static
  $ ip maddr add 01:00:5e:01:02:03 dev lo
  ioctl: Invalid argument
  [1]
  $ ip maddr add 01:00:5e:01:02:03 dev nosuch
  ioctl: No such device
  [1]
  $ ip maddr add 01:00:5e:01:02:03
  Not enough information: "dev" is required.
  [255]
  $ ip maddr add 01:00:5e:01:02 dev a0
  Error: Invalid address length 5 - must be 6 bytes
  [1]
  $ ip maddr add zz:00:5e:01:02:03 dev a0
  "zz" is invalid lladdr.
  [1]
  $ ip maddr add 01:00:5e:01:02:03 dev br0
  $ ip maddr del 01:00:5e:01:02:03 dev br0
  $ ip maddr add 01:00:5e:01:02:03 dev br0
  $ ip -0 maddr show dev br0
  4:	br0
  	link  33:33:00:00:00:01
  	link  01:00:5e:01:02:03 static
  $ ip link set a0 down
  $ ip maddr show dev a0
  3:	a0
  	link  01:00:5e:01:02:03 static
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr foo
  Command "foo" is unknown, try "ip maddr help".
  [255]
  $ ip maddr show dev a0 dev b0
  Error: either "dev" is duplicate, or "b0" is a garbage.
  [255]
  $ ip -o maddr show dev b0
  2:	b0\	link  33:33:00:00:00:01
  2:	b0\	link  01:00:5e:00:00:01
  2:	b0\	link  33:33:ff:00:00:02
  2:	b0\	inet  224.0.0.1
  2:	b0\	inet6 ff02::1:ff00:2
  2:	b0\	inet6 ff02::1
  2:	b0\	inet6 ff01::1
  $ ip -j maddr show dev b0
  [{"ifindex":2,"ifname":"b0","maddr":[{"link":"33:33:00:00:00:01"},{"link":"01:00:5e:00:00:01"},{"link":"33:33:ff:00:00:02"},{"family":"inet","address":"224.0.0.1"},{"family":"inet6","address":"ff02::1:ff00:2"},{"family":"inet6","address":"ff02::1"},{"family":"inet6","address":"ff01::1"}]}]
