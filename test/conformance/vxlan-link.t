VXLAN devices (drivers/net/vxlan, RFC 7348): `ip link add ... type vxlan`
with iproute2's parse errors and warnings, the kernel's checks (a VNI is
unique per port, the lower device must exist), the MTU that leaves 50
bytes for the encapsulation on the lower device, and the `ip -d link`
details line (text and JSON).
  $ ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip link add vx0 address 02:00:00:00:01:01 type vxlan id 42 local 10.0.0.1 remote 10.0.0.2 dev e0
  vxlan: destination port not specified
  Will use Linux kernel default (non-standard value)
  Use 'dstport 4789' to get the IANA assigned value
  Use 'dstport 0' to get default and quiet this message
  $ ip -d link show vx0
  4: vx0: <BROADCAST,MULTICAST> mtu 1450 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      vxlan id 42 remote 10.0.0.2 local 10.0.0.1 dev e0 srcport 0 0 dstport 8472 ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -j -d link show vx0
  [{"ifindex":4,"ifname":"vx0","flags":["BROADCAST","MULTICAST"],"mtu":1450,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:01:01","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"vxlan","info_data":{"id":42,"remote":"10.0.0.2","local":"10.0.0.1","link":"e0","port_range":{"low":0,"high":0},"port":8472,"learning":true,"ttl":0,"df":"unset","ageing":300,"udp_csum":true,"udp_zero_csum6_tx":false,"udp_zero_csum6_rx":false}},"inet6_addr_gen_mode":"eui64","num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip link add vx1 address 02:00:00:00:01:02 type vxlan id 43 dstport 4789 srcport 5000 5010 ttl 10 tos 0x10 ageing 100 nolearning noudpcsum
  $ ip -d link show vx1
  5: vx1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:02 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      vxlan id 43 srcport 5000 5010 dstport 4789 nolearning tos 0x10 ttl 10 ageing 100 noudpcsum noudp6zerocsumtx noudp6zerocsumrx addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip link add vx2 address 02:00:00:00:01:03 type vxlan id 44 dstport 0 ttl inherit tos inherit df set maxaddress 5
  $ ip -d link show vx2
  6: vx2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:03 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      vxlan id 44 srcport 0 0 dstport 8472 tos inherit ttl inherit df set ageing 300 maxaddr 5 udpcsum noudp6zerocsumtx noudp6zerocsumrx addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip -j -d link show vx2
  [{"ifindex":6,"ifname":"vx2","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:01:03","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"vxlan","info_data":{"id":44,"port_range":{"low":0,"high":0},"port":8472,"learning":true,"tos":"0x1","df":"set","ageing":300,"limit":5,"udp_csum":true,"udp_zero_csum6_tx":false,"udp_zero_csum6_rx":false}},"inet6_addr_gen_mode":"eui64","num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":65536,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip link add vx3 address 02:00:00:00:01:04 type vxlan vni 45 dstport 4789 df inherit ageing none
  $ ip -d link show vx3
  7: vx3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:04 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      vxlan id 45 srcport 0 0 dstport 4789 ttl auto df inherit ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: e1@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: e0@e1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: vx0: <BROADCAST,MULTICAST> mtu 1450 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:01 brd ff:ff:ff:ff:ff:ff
  5: vx1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:02 brd ff:ff:ff:ff:ff:ff
  6: vx2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:03 brd ff:ff:ff:ff:ff:ff
  7: vx3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:04 brd ff:ff:ff:ff:ff:ff
  $ ip link add vx9 type vxlan dstport 0
  vxlan: missing virtual network identifier
  [1]
  $ ip link add vx9 type vxlan id 42 dstport 8472
  Error: A VXLAN device with the specified VNI already exists.
  [2]
  $ ip link add vx9 type vxlan id 42 dstport 4789
  $ ip link del vx9
  $ ip link add vx9 type vxlan id 16777216
  Error: argument "16777216" is wrong: invalid id
  [255]
  $ ip link add vx9 type vxlan id abc
  Error: argument "abc" is wrong: invalid id
  [255]
  $ ip link add vx9 type vxlan id 1 id 2
  Error: either "id" is duplicate, or "2" is a garbage.
  [255]
  $ ip link add vx9 type vxlan id 1 dev nosuch
  Cannot find device "nosuch"
  [255]
  $ ip link add vx9 type vxlan id 1 group 239.1.1.1
  vxlan: 'group' requires 'dev' to be specified
  [1]
  $ ip link add vx9 type vxlan id 1 group 10.1.1.1 dev e0
  Error: argument "10.1.1.1" is wrong: invalid group address
  [255]
  $ ip link add vx9 type vxlan id 1 remote 239.1.1.1 dev e0
  Error: argument "239.1.1.1" is wrong: invalid remote address
  [255]
  $ ip link add vx9 type vxlan id 1 local 239.1.1.1
  Error: argument "239.1.1.1" is wrong: invalid local address
  [255]
  $ ip link add vx9 type vxlan id 1 remote 10.0.0.2 group 239.1.1.1
  vxlan: both group and remote cannot be specified
  [1]
  $ ip link add vx9 type vxlan id 1 ttl 256
  Error: argument "256" is wrong: TTL must be <= 255
  [255]
  $ ip link add vx9 type vxlan id 1 ttl x
  Error: argument "x" is wrong: invalid TTL
  [255]
  $ ip link add vx9 type vxlan id 1 df maybe
  Error: argument "maybe" is wrong: DF must be 'unset', 'set' or 'inherit'
  [255]
  $ ip link add vx9 type vxlan id 1 srcport 10 5 dstport 0
  Error: Invalid source port range.
  [2]
  $ ip link add vx9 type vxlan id 1 dstport 70000
  Error: argument "70000" is wrong: dst port
  [255]
  $ ip link add vx9 type vxlan id 1 learning nolearning
  Error: either "nolearning" is duplicate, or "nolearning" is a garbage.
  [255]
  $ ip link add vx9 type vxlan id 1 bogus
  vxlan: unknown command "bogus"?
  Usage: ... vxlan id VNI
  		[ { group | remote } IP_ADDRESS ]
  		[ local ADDR ]
  		[ ttl TTL ]
  		[ tos TOS ]
  		[ df DF ]
  		[ flowlabel LABEL ]
  		[ dev PHYS_DEV ]
  		[ dstport PORT ]
  		[ srcport MIN MAX ]
  		[ [no]learning ]
  		[ [no]proxy ]
  		[ [no]rsc ]
  		[ [no]l2miss ]
  		[ [no]l3miss ]
  		[ ageing SECONDS ]
  		[ maxaddress NUMBER ]
  		[ [no]udpcsum ]
  		[ [no]udp6zerocsumtx ]
  		[ [no]udp6zerocsumrx ]
  		[ [no]remcsumtx ] [ [no]remcsumrx ]
  		[ [no]external ] [ gbp ] [ gpe ]
  		[ [no]vnifilter ]
  
  Where:	VNI	:= 0-16777215
  	ADDR	:= { IP_ADDRESS | any }
  	TOS	:= { NUMBER | inherit }
  	TTL	:= { 1..255 | auto | inherit }
  	DF	:= { unset | set | inherit }
  	LABEL := 0-1048575
  [1]
  $ ip link add vx9 mtu 40 type vxlan id 1 dstport 0
  Error: MTU must be between 68 and 65535.
  [2]
  $ ip link add vx9 address 01:00:00:00:00:01 type vxlan id 1 dstport 0
  Error: Provided Ethernet address is not unicast.
  [2]
  $ ip link add vx9 type vxlan id 1 dstport 0 dev e0
  $ ip -d link show vx9 | sed -n 3p | cut -d' ' -f1-16
      vxlan id 1 dev e0 srcport 0 0 dstport 8472 ttl auto
  $ ip link del vx9
  $ ip link set vx0 mtu 1450
  $ ip link set vx0 mtu 1451
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set vx0 mtu 65535
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set vx0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip link set vx1 mtu 9000
  $ ip link show vx1 | head -1
  5: vx1: <BROADCAST,MULTICAST> mtu 9000 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link set e0 mtu 1400
  $ ip link show vx0 | head -1
  4: vx0: <BROADCAST,MULTICAST> mtu 1450 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link set vx0 type vxlan id 43
  Error: Cannot change VNI.
  [2]
  $ ip link set vx0 type vxlan ttl 20 nolearning
  $ ip -d link show vx0 | sed -n 3p | cut -d' ' -f1-16
      vxlan id 42 remote 10.0.0.2 local 10.0.0.1 dev e0 srcport 0 0
  $ ip link set vx0 type vxlan dstport 4789
  Error: Cannot change port.
  [2]
  $ ip link del e0
  $ ip link show vx0
  Device "vx0" does not exist.
  [1]
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  5: vx1: <BROADCAST,MULTICAST> mtu 9000 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:02 brd ff:ff:ff:ff:ff:ff
  6: vx2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:03 brd ff:ff:ff:ff:ff:ff
  7: vx3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:04 brd ff:ff:ff:ff:ff:ff
