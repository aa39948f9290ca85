ip maddress across device kinds and state changes: a snooping bridge (224.0.0.106, ff02::6a), macvlan and vxlan devices, disable_ipv6, forwarding (all-routers groups), a device down and up again, static addresses surviving it.
  $ ip link add br0 type bridge
  $ ip link set br0 address 02:00:00:00:00:10
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set b0 address 02:00:00:00:00:02
  $ ip link add m0 link a0 type macvlan mode bridge
  $ ip link set m0 address 02:00:00:00:00:03
  $ ip link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1
  $ ip link set vx0 address 02:00:00:00:00:04
  $ ip addr add 10.0.0.1/24 dev a0
  $ for d in br0 a0 b0 m0 vx0; do ip link set $d up; done
  $ sleep 3
  $ ip maddr show dev br0
  2:	br0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:6a
  	link  33:33:00:00:00:6a
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet  224.0.0.106
  	inet6 ff02::6a
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr show dev m0
  5:	m0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  33:33:ff:00:00:03 users 2
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:3
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr show dev vx0
  6:	vx0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:04
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:4
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr show dev a0
  4:	a0
  	link  33:33:00:00:00:01 users 2
  	link  01:00:5e:00:00:01 users 2
  	link  33:33:ff:00:00:01
  	link  33:33:ff:00:00:03
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:1
  	inet6 ff02::1
  	inet6 ff01::1
  $ sysctl -qw net.ipv6.conf.b0.forwarding=1
  $ ip maddr show dev b0
  3:	b0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:02
  	link  33:33:00:00:00:02 users 2
  	link  33:33:ff:00:00:00
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:0
  	inet6 ff05::2
  	inet6 ff01::2
  	inet6 ff02::2
  	inet6 ff02::1:ff00:2
  	inet6 ff02::1
  	inet6 ff01::1
  $ sysctl -qw net.ipv6.conf.b0.forwarding=0
  $ ip -6 maddr show dev b0
  3:	b0
  	inet6 ff02::1:ff00:2
  	inet6 ff02::1
  	inet6 ff01::1
  $ sysctl -qw net.ipv6.conf.b0.disable_ipv6=1
  $ ip maddr show dev b0
  3:	b0
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr add 01:00:5e:7f:00:01 dev b0
  $ ip link set b0 down
  $ ip maddr show dev b0
  3:	b0
  	link  01:00:5e:7f:00:01 static
  	inet6 ff02::1
  	inet6 ff01::1
  $ sysctl -qw net.ipv6.conf.b0.disable_ipv6=0
  $ ip link set b0 up
  $ sleep 3
  $ ip maddr show dev b0
  3:	b0
  	link  01:00:5e:7f:00:01 static
  	link  01:00:5e:00:00:01
  	link  33:33:00:00:00:01
  	link  33:33:ff:00:00:02
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:2
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -4 maddr
  2:	br0
  	inet  224.0.0.1
  	inet  224.0.0.106
  3:	b0
  	inet  224.0.0.1
  4:	a0
  	inet  224.0.0.1
  5:	m0
  	inet  224.0.0.1
  6:	vx0
  	inet  224.0.0.1
  $ ip maddr del 01:00:5e:7f:00:01 dev b0
  $ ip -0 maddr show dev b0
  3:	b0
  	link  01:00:5e:00:00:01
  	link  33:33:00:00:00:01
  	link  33:33:ff:00:00:02
