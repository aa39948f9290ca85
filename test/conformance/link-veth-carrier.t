veth carrier: a peer that is down gives NO-CARRIER/LOWERLAYERDOWN and linkdown routes; deleting one end deletes both; veth across namespaces shows @ifN and link-netns.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip link set a0 up
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@a0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip -4 route show table all dev a0
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 linkdown 
  local 10.0.0.1 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.1 linkdown 
  $ ip link set b0 up
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@a0            UP             02:00:00:00:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  a0@b0            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -4 route show table all dev a0
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.1 
  $ ip link set b0 down
  $ ip link show a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -4 route show table main
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  $ ip link set a0 down
  $ ip link show b0
  2: b0@a0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link del b0
  $ ip link show a0
  Device "a0" does not exist.
  [1]
  $ ip link del a0
  Cannot find device "a0"
  [1]
  $ ip link del dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip link add a0 type veth peer name a0
  RTNETLINK answers: File exists
  [2]
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name lo
  RTNETLINK answers: File exists
  [2]
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  $ ip netns add x
  $ ip netns add y
  $ ip link add a1 netns x address 02:00:00:00:00:0a type veth peer name b1 netns y address 02:00:00:00:00:0b
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip -n x link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: a1@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0a brd ff:ff:ff:ff:ff:ff link-netns y
  $ ip -n y link show b1
  2: b1@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff link-netns x
  $ ip -n x -j link show a1
  [{"ifindex":2,"link_index":2,"ifname":"a1","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:0a","broadcast":"ff:ff:ff:ff:ff:ff","link_netnsid":0}]
  $ ip link add a2 address 02:00:00:00:00:0c type veth peer name b2 netns y address 02:00:00:00:00:0d
  $ ip link show a2
  5: a2@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:0c brd ff:ff:ff:ff:ff:ff link-netns y
  $ ip -n y -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b1@if2           DOWN           02:00:00:00:00:0b <BROADCAST,MULTICAST> 
  b2@if5           DOWN           02:00:00:00:00:0d <BROADCAST,MULTICAST> 
  $ ip -n y link set b2 up
  $ ip link set a2 up
  $ ip -br link show a2
  a2@if3           UP             02:00:00:00:00:0c <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n y link del b1
  $ ip -n x link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip link del a2
  $ ip -n y -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
