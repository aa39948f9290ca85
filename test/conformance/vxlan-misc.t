More of `ip link` with vxlan: the type filter, `ip link help vxlan` (the
kind's usage on stdout), default names (vxlan%d), a zero remote (no
default entry), and how iproute2 passes `local any` (an attribute without
an address, which the kernel's policy refuses) and an IPv6 remote after an
IPv4 local.
  $ ip link add vx0 address 02:00:00:00:01:0a type vxlan id 1 dstport 0
  $ ip link add d0 address 02:00:00:00:01:0b type veth peer name d1 address 02:00:00:00:01:0c
  $ ip link show type vxlan
  2: vx0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:0a brd ff:ff:ff:ff:ff:ff
  $ ip -br link show type vxlan
  vx0              DOWN           02:00:00:00:01:0a <BROADCAST,MULTICAST> 
  $ ip link help vxlan
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
  $ ip link add vx1 type vxlan id 2 dstport 0 local 10.0.0.1 remote 10.0.0.2 dev d0 ttl 3
  $ ip -d link show vx1 | sed -n 3p | cut -d' ' -f1-18
      vxlan id 2 remote 10.0.0.2 local 10.0.0.1 dev d0 srcport 0 0 dstport 8472
  $ ip link add vx2 type vxlan id 3 dstport 0 remote 0.0.0.0
  $ ip -d link show vx2 | sed -n 3p | cut -d' ' -f1-10
      vxlan id 3 srcport 0 0
  $ bridge fdb show dev vx2
  $ ip link add vx3 type vxlan id 4 dstport 0 local any
  Error: argument "any" is wrong: invalid local address
  [255]
  $ ip link add vx4 type vxlan id 5 dstport 0 remote 10.0.0.2 local any
  Error: Attribute failed policy validation.
  [2]
  $ ip link add vx5 type vxlan id 6 dstport 0 local 10.0.0.1 remote ::1
  Error: inet address is expected rather than "::1".
  [1]
  $ ip link add name vxlan7 type vxlan id 7 dstport 0
  $ ip link add type vxlan id 8 dstport 0
  $ ip -br link show type vxlan | cut -d' ' -f1
  vx0
  vx1
  vx2
  vxlan7
  vxlan0
  $ ip link del vxlan0
  $ ip link add type vxlan id 9 dstport 0
  $ ip -br link show type vxlan | cut -d' ' -f1
  vx0
  vx1
  vx2
  vxlan7
  vxlan0
