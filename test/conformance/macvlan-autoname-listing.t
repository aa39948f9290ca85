macvlan names and listings: a macvlan added without a name gets macvlan%d (the rtnl_link_ops kind), a name with %d is numbered, ip link show type macvlan / -br / -o / -s -s filter and format them, and an altname works on a macvlan.
  $ ip link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip link add link eth0 address 02:00:00:00:00:11 type macvlan
  $ ip link add link eth0 address 02:00:00:00:00:12 type macvlan mode bridge
  $ ip link add link eth0 name mv%d address 02:00:00:00:00:13 type macvlan mode private
  $ ip link add link eth0 name mv%d address 02:00:00:00:00:14 type macvlan mode vepa
  $ ip link show type macvlan
  4: macvlan0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  5: macvlan1@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:12 brd ff:ff:ff:ff:ff:ff
  6: mv0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:13 brd ff:ff:ff:ff:ff:ff
  7: mv1@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:14 brd ff:ff:ff:ff:ff:ff
  $ ip -br link show type macvlan
  macvlan0@eth0    DOWN           02:00:00:00:00:11 <BROADCAST,MULTICAST,M-DOWN> 
  macvlan1@eth0    DOWN           02:00:00:00:00:12 <BROADCAST,MULTICAST,M-DOWN> 
  mv0@eth0         DOWN           02:00:00:00:00:13 <BROADCAST,MULTICAST,M-DOWN> 
  mv1@eth0         DOWN           02:00:00:00:00:14 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -o link show type macvlan
  4: macvlan0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  5: macvlan1@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:12 brd ff:ff:ff:ff:ff:ff
  6: mv0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:13 brd ff:ff:ff:ff:ff:ff
  7: mv1@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:14 brd ff:ff:ff:ff:ff:ff
  $ ip -br link show type veth
  peer0@eth0       DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  eth0@peer0       DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link set eth0 up
  $ ip link set peer0 up
  $ ip link set macvlan0 up
  $ ip -br link show type macvlan
  macvlan0@eth0    UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  macvlan1@eth0    DOWN           02:00:00:00:00:12 <BROADCAST,MULTICAST> 
  mv0@eth0         DOWN           02:00:00:00:00:13 <BROADCAST,MULTICAST> 
  mv1@eth0         DOWN           02:00:00:00:00:14 <BROADCAST,MULTICAST> 
  $ ip -br link show up
  peer0@eth0       UP             02:00:00:00:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  eth0@peer0       UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  macvlan0@eth0    UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link set mv0 name mvx
  $ ip -br link show type macvlan
  macvlan0@eth0    UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  macvlan1@eth0    DOWN           02:00:00:00:00:12 <BROADCAST,MULTICAST> 
  mvx@eth0         DOWN           02:00:00:00:00:13 <BROADCAST,MULTICAST> 
  mv1@eth0         DOWN           02:00:00:00:00:14 <BROADCAST,MULTICAST> 
  $ ip link property add dev mvx altname mv-alt
  $ ip link show mv-alt
  6: mvx@eth0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:13 brd ff:ff:ff:ff:ff:ff
      altname mv-alt
  $ ip -d -br link show dev mvx
  mvx@eth0         DOWN           02:00:00:00:00:13 <BROADCAST,MULTICAST> 
  $ ip -s -s link show macvlan1
  5: macvlan1@eth0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:12 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       1 
  $ ip link del macvlan0
  $ ip link add link eth0 address 02:00:00:00:00:15 type macvlan
  $ ip -br link show type macvlan
  macvlan1@eth0    DOWN           02:00:00:00:00:12 <BROADCAST,MULTICAST> 
  mvx@eth0         DOWN           02:00:00:00:00:13 <BROADCAST,MULTICAST> 
  mv1@eth0         DOWN           02:00:00:00:00:14 <BROADCAST,MULTICAST> 
  macvlan0@eth0    DOWN           02:00:00:00:00:15 <BROADCAST,MULTICAST> 
  $ ip link add link eth0 name macvlan1 type macvlan
  RTNETLINK answers: File exists
  [2]
  $ ip link add link eth0 name bad%d%d type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link eth0 name mv%s type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link nosuch type macvlan
  Cannot find device "nosuch"
  [1]
  $ ip link add link eth0 name averyveryverylongname type macvlan
  Error: argument "averyveryverylongname" is wrong: "name" not a valid ifname
  [255]
