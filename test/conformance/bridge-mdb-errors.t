bridge mdb add/del refusals, in the order the kernel checks them: the entry (rtnetlink's policy: not multicast, local multicast, ff02::1), the device (not a bridge), the bridge (not running, snooping off), the port (missing, not a port, another bridge's, disabled and not permanent), duplicates (port and host), host flags, L2 entries; iproute2's own messages and exit 255; del of what is not there.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add br1 address 02:00:00:00:00:20 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip link add p3 address 02:00:00:00:03:01 type veth peer name e3 address 02:00:00:00:03:02
  $ ip link set p1 master br0; ip link set p2 master br0; ip link set p3 master br1
  $ bridge mdb add dev br0 port p1 grp 239.1.1.1
  Error: bridge: Bridge device is not running.
  [255]
  $ bridge mdb add dev br0 port p1 grp 239.1.1.1 permanent
  Error: bridge: Bridge device is not running.
  [255]
  $ bridge mdb del dev br0 port p1 grp 239.1.1.1
  Error: bridge: Bridge device is not running.
  [255]
  $ ip link set br0 up; ip link set br1 up
  $ bridge mdb add dev br0 port p1 grp 239.1.1.1
  Error: bridge: Port is in disabled state and entry is not permanent.
  [255]
  $ bridge mdb add dev br0 port p1 grp 239.1.1.1 permanent
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 permanent
  $ bridge -s mdb show
  dev br0 port p1 grp 239.1.1.1 permanent    0.00
  $ ip link set p1 up; ip link set p2 up; ip link set e1 up; ip link set e2 up
  $ bridge mdb add dev br0 port p1 grp 239.1.1.1
  Error: bridge: (*, G) group is already joined by port.
  [255]
  $ bridge mdb add dev br0 port p1 grp 239.1.1.1 permanent
  Error: bridge: (*, G) group is already joined by port.
  [255]
  $ bridge mdb add dev br0 port p2 grp 239.1.1.1 temp
  $ bridge mdb add dev br0 port p3 grp 239.1.1.1
  Error: bridge: Port belongs to a different bridge device.
  [255]
  $ bridge mdb add dev br0 port e1 grp 239.1.1.1
  Error: bridge: Net device is not a bridge port.
  [255]
  $ bridge mdb add dev p1 port p1 grp 239.1.1.1
  Error: Device does not support MDB operations.
  [255]
  $ bridge mdb add dev p1 port p1 grp 10.1.1.1
  Error: IPv4 entry group address is not multicast or 0.0.0.0.
  [255]
  $ bridge mdb add dev br0 port nope grp 239.1.1.1
  Cannot find device "nope"
  [255]
  $ bridge mdb add dev nope port p1 grp 239.1.1.1
  Cannot find device "nope"
  [255]
  $ bridge mdb add dev br0 port p1 grp 10.0.0.1
  Error: IPv4 entry group address is not multicast or 0.0.0.0.
  [255]
  $ bridge mdb add dev br0 port p1 grp 224.0.0.5
  Error: IPv4 entry group address is local multicast.
  [255]
  $ bridge mdb add dev br0 port p1 grp 224.0.1.5
  $ bridge mdb add dev br0 port p1 grp 255.255.255.255
  Error: IPv4 entry group address is not multicast or 0.0.0.0.
  [255]
  $ bridge mdb add dev br0 port p1 grp ff02::1
  Error: IPv6 entry group address is link-local all nodes.
  [255]
  $ bridge mdb add dev br0 port p1 grp ff02::2
  $ bridge mdb add dev br0 port p1 grp foo
  Invalid address "foo"
  [255]
  $ bridge mdb add dev br0 port p1 grp 239.1.1
  Invalid address "239.1.1"
  [255]
  $ bridge mdb add dev br0 port p1
  Device, group address and port name are required arguments.
  [255]
  $ bridge mdb add dev br0 grp 239.1.1.9
  Device, group address and port name are required arguments.
  [255]
  $ bridge mdb add port p1 grp 239.1.1.9
  Device, group address and port name are required arguments.
  [255]
  $ bridge mdb add dev br0 port br0 grp 239.1.1.9
  $ bridge mdb add dev br0 port br0 grp 239.1.1.9
  Error: bridge: Group is already joined by host.
  [255]
  $ bridge mdb add dev br0 port br0 grp 239.1.1.10 permanent
  Error: bridge: Flags are not allowed for host groups.
  [255]
  $ bridge mdb add dev br0 port p1 grp 01:00:5e:01:01:01
  Error: bridge: Only permanent L2 entries allowed.
  [255]
  $ bridge mdb add dev br0 port p1 grp 01:00:5e:01:01:01 permanent
  $ bridge mdb add dev br0 port p1 grp 02:00:5e:01:01:01 permanent
  Error: L2 entry group is not multicast.
  [255]
  $ bridge mdb add dev br0 port p1 grp 239.1.1.3 vid 5
  $ bridge mdb add dev br0 port p1 grp 239.1.1.4 vid 4095
  Error: Invalid entry VLAN id.
  [255]
  $ bridge mdb add dev br0 port p1 grp 239.1.1.4 vid 4094
  $ bridge mdb show | sort
  dev br0 port br0 grp 239.1.1.9 temp
  dev br0 port p1 grp 01:00:5e:01:01:01 permanent
  dev br0 port p1 grp 224.0.1.5 temp
  dev br0 port p1 grp 239.1.1.1 permanent
  dev br0 port p1 grp 239.1.1.3 temp vid 5
  dev br0 port p1 grp 239.1.1.4 temp vid 4094
  dev br0 port p1 grp ff02::2 temp
  dev br0 port p2 grp 239.1.1.1 temp
  $ bridge mdb del dev br0 port p1 grp 239.1.1.77
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge mdb del dev br0 port p3 grp 239.1.1.1
  Error: bridge: Port belongs to a different bridge device.
  [255]
  $ bridge mdb del dev br0 port e1 grp 239.1.1.1
  Error: bridge: Net device is not a bridge port.
  [255]
  $ bridge mdb del dev br0 port br0 grp 239.1.1.9
  $ bridge mdb del dev br0 port br0 grp 239.1.1.9
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge mdb del dev br0 port p2 grp 239.1.1.1
  $ bridge mdb del dev br0 port p2 grp 239.1.1.1
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge mdb del dev br0 port p1 grp 239.1.1.3
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge mdb del dev br0 port p1 grp 239.1.1.3 vid 5
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.4 temp vid 4094
  dev br0 port p1 grp 01:00:5e:01:01:01 permanent
  dev br0 port p1 grp ff02::2 temp
  dev br0 port p1 grp 224.0.1.5 temp
  dev br0 port p1 grp 239.1.1.1 permanent
  $ bridge mdb foo
  Command "foo" is unknown, try "bridge mdb help".
  [255]
  $ bridge mdb help
  Usage: bridge mdb { add | del } dev DEV port PORT grp GROUP [src SOURCE] [permanent | temp] [vid VID]
         bridge mdb {show} [ dev DEV ] [ vid VID ]
  [255]
  $ bridge mdb add help
  Usage: bridge mdb { add | del } dev DEV port PORT grp GROUP [src SOURCE] [permanent | temp] [vid VID]
         bridge mdb {show} [ dev DEV ] [ vid VID ]
  [255]
  $ bridge mdb show dev nope
  Cannot find device "nope"
  [255]
  $ bridge mdb show dev br0 dev br1
  Error: duplicate "dev": "br1" is the second value.
  [255]
