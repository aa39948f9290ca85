Renaming links, changing MAC addresses (multicast/invalid rejected), and the -o, -br, -j, -j -p listings of a veth pair.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 name x0
  $ ip link set a0 up
  Cannot find device "a0"
  [1]
  $ ip link show x0
  3: x0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link show b0
  2: b0@x0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link set x0 up
  $ ip link set b0 name x0
  RTNETLINK answers: File exists
  [2]
  $ ip link set x0 name lo
  RTNETLINK answers: File exists
  [2]
  $ ip link set x0 name this-name-is-way-too-long
  Error: argument "this-name-is-way-too-long" is wrong: "name" not a valid ifname
  [255]
  $ ip link set x0 name 'a b'
  Error: argument "a b" is wrong: "name" not a valid ifname
  [255]
  $ ip link set x0 name a/b
  Error: argument "a/b" is wrong: "name" not a valid ifname
  [255]
  $ ip link set x0 address 02:00:00:00:00:11
  $ ip link set x0 address 01:00:00:00:00:01
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set x0 address 00:00:00:00:00:00
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set x0 address ff:ff:ff:ff:ff:ff
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set x0 address 02:00:00:00:00
  Invalid address length 5 - must be 6 bytes
  [1]
  $ ip link set x0 address zz:00:00:00:00:01
  "zz" is invalid lladdr.
  [1]
  $ ip link set x0 address 02:00:00:00:00:01:02
  Invalid address length 7 - must be 6 bytes
  [1]
  $ ip link set x0 broadcast 02:ff:ff:ff:ff:ff
  $ ip link set b0 address 02:00:00:00:00:12 up
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: b0@x0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:12 brd ff:ff:ff:ff:ff:ff
  3: x0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd 02:ff:ff:ff:ff:ff
  $ ip -o link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: b0@x0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:12 brd ff:ff:ff:ff:ff:ff
  3: x0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:11 brd 02:ff:ff:ff:ff:ff
  $ ip -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@x0            UP             02:00:00:00:00:12 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  x0@b0            UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -j link show dev x0
  [{"ifindex":3,"link":"b0","ifname":"x0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:11","broadcast":"02:ff:ff:ff:ff:ff"}]
  $ ip -j -p link show dev b0
  [ {
          "ifindex": 2,
          "link": "x0",
          "ifname": "b0",
          "flags": [ "BROADCAST","MULTICAST","UP","LOWER_UP" ],
          "mtu": 1500,
          "qdisc": "noqueue",
          "operstate": "UP",
          "linkmode": "DEFAULT",
          "group": "default",
          "txqlen": 1000,
          "link_type": "ether",
          "address": "02:00:00:00:00:12",
          "broadcast": "ff:ff:ff:ff:ff:ff"
      } ]
  $ ip link set x0 down
  $ ip link set x0 name a0 address 02:00:00:00:00:01 mtu 1400
  $ ip -o link show a0
  3: a0@b0: <BROADCAST,MULTICAST> mtu 1400 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:01 brd 02:ff:ff:ff:ff:ff
  $ ip link set lo name lo2
  $ ip link show lo2
  1: lo2: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
