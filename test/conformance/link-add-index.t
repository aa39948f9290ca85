ip link add index N (ifi_index of the new device: EEXIST when a device has it, the veth peer's own index only beside the device's, EBUSY for a taken peer index, a failed creation still using up the auto index its peer took), ip's checks of the number (atoi, > 0, once) and where it may be given (creation, or a move: IFLA_NEW_IFINDEX, kept when free otherwise), macvlan and bridge at chosen indexes, and the listing in ifindex order.
  $ ip netns add n1
  $ ip link add index 50 x0 address 02:00:00:00:00:01 type veth peer name x1 address 02:00:00:00:00:02
  $ ip link add y0 address 02:00:00:00:00:03 type veth peer name y1 address 02:00:00:00:00:04 index 60
  $ ip link add index 70 z0 address 02:00:00:00:00:05 type veth peer name z1 address 02:00:00:00:00:06 index 71
  $ ip link add index 50 w0 type veth peer name w1
  RTNETLINK answers: File exists
  [2]
  $ ip link add index 80 w0 type veth peer name w1 index 71
  RTNETLINK answers: Device or resource busy
  [2]
  $ ip link add index 80 x0 type veth peer name w1
  RTNETLINK answers: File exists
  [2]
  $ ip link add index 0 w0 type veth
  Error: argument "0" is wrong: Invalid "index" value
  [255]
  $ ip link add index -3 w0 type veth
  Error: argument "-3" is wrong: Invalid "index" value
  [255]
  $ ip link add index abc w0 type veth
  Error: argument "abc" is wrong: Invalid "index" value
  [255]
  $ ip link add index 12abc w0 address 02:00:00:00:00:07 type veth peer name w1 address 02:00:00:00:00:08
  $ ip link add index 90 index 91 w2 type veth
  Error: duplicate "index": "91" is the second value.
  [255]
  $ ip link add index 2147483647 big0 address 02:00:00:00:00:09 type veth peer name big1 address 02:00:00:00:00:0a
  $ ip link add index 2147483648 big2 type veth
  Error: argument "2147483648" is wrong: Invalid "index" value
  [255]
  $ ip link add m0 address 02:00:00:00:00:0b type veth peer name m1 address 02:00:00:00:00:0c
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  x1@x0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  y1@y0            DOWN           02:00:00:00:00:04 <BROADCAST,MULTICAST,M-DOWN> 
  y0@y1            DOWN           02:00:00:00:00:03 <BROADCAST,MULTICAST,M-DOWN> 
  w1@w0            DOWN           02:00:00:00:00:08 <BROADCAST,MULTICAST,M-DOWN> 
  big1@big0        DOWN           02:00:00:00:00:0a <BROADCAST,MULTICAST,M-DOWN> 
  m1@m0            DOWN           02:00:00:00:00:0c <BROADCAST,MULTICAST,M-DOWN> 
  m0@m1            DOWN           02:00:00:00:00:0b <BROADCAST,MULTICAST,M-DOWN> 
  w0@w1            DOWN           02:00:00:00:00:07 <BROADCAST,MULTICAST,M-DOWN> 
  x0@x1            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  z0@z1            DOWN           02:00:00:00:00:05 <BROADCAST,MULTICAST,M-DOWN> 
  z1@z0            DOWN           02:00:00:00:00:06 <BROADCAST,MULTICAST,M-DOWN> 
  big0@big1        DOWN           02:00:00:00:00:09 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link set x0 index 5
  index can be used only when creating devices or when moving device to another netns.
  [255]
  $ ip link del x0 index 5
  index can be used only when creating devices or when moving device to another netns.
  [255]
  $ ip -n n1 link add index 50 n0 address 02:00:00:00:01:01 type veth peer name n1p address 02:00:00:00:01:02
  $ ip link set x0 netns n1
  $ ip link set x0 netns n1 index 50
  Cannot find device "x0"
  [1]
  $ ip link set x0 netns n1 index 51
  Cannot find device "x0"
  [1]
  $ ip link set m0 netns n1 index 100 name mm
  $ ip -n n1 -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  n1p@n0           DOWN           02:00:00:00:01:02 <BROADCAST,MULTICAST,M-DOWN> 
  x0@if2           DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  n0@n1p           DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST,M-DOWN> 
  mm@if8           DOWN           02:00:00:00:00:0b <BROADCAST,MULTICAST> 
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: x1@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns n1
  3: y1@y0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:04 brd ff:ff:ff:ff:ff:ff
  4: y0@y1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  6: w1@w0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:08 brd ff:ff:ff:ff:ff:ff
  7: big1@big0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0a brd ff:ff:ff:ff:ff:ff
  8: m1@if100: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0c brd ff:ff:ff:ff:ff:ff link-netns n1
  12: w0@w1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:07 brd ff:ff:ff:ff:ff:ff
  70: z0@z1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:05 brd ff:ff:ff:ff:ff:ff
  71: z1@z0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:06 brd ff:ff:ff:ff:ff:ff
  2147483647: big0@big1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:09 brd ff:ff:ff:ff:ff:ff
  $ ip link add link m1 index 200 name mv0 address 02:00:00:00:00:0d type macvlan
  $ ip link add index 201 br0 type bridge
  $ ip -br link show type macvlan
  mv0@m1           DOWN           02:00:00:00:00:0d <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -br link show type bridge | cut -c1-20
  br0              DOW
  $ ip -o link show | cut -d: -f1,2
  1: lo
  2: x1@if3
  3: y1@y0
  4: y0@y1
  6: w1@w0
  7: big1@big0
  8: m1@if100
  12: w0@w1
  70: z0@z1
  71: z1@z0
  200: mv0@m1
  201: br0
  2147483647: big0@big1
