A kind's validate (rtnl_link_ops.validate) runs before rtnl_newlink() looks the device up: on a name already taken the kind's own error comes first, then EEXIST; on ip link set with the kind (ip sends no IFLA_INFO_DATA when nothing follows the kind).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add v1 type vxlan id 5 dstport 4789
  $ ip link add a0 address 01:00:00:00:00:01 type veth; echo $?
  RTNETLINK answers: Cannot assign requested address
  2
  $ ip link add a0 mtu 50 type veth; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add a0 mtu 1400 type veth; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add a0 type vxlan; echo $?
  Error: Required attributes not provided to perform the operation.
  2
  $ ip link add a0 type vxlan id 6 dstport 4789; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add a0 mtu 40 type vxlan id 6 dstport 4789; echo $?
  Error: MTU must be between 68 and 65535.
  2
  $ ip link add a0 address 01:00:00:00:00:01 type vxlan id 6 dstport 4789; echo $?
  Error: Provided Ethernet address is not unicast.
  2
  $ ip link add a0 link b0 type macvlan; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add a0 address 01:00:00:00:00:01 link b0 type macvlan; echo $?
  RTNETLINK answers: Cannot assign requested address
  2
  $ ip link add a0 type bridge; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link set a0 type vxlan; echo $?
  Error: Required attributes not provided to perform the operation.
  2
  $ ip link set a0 type vxlan ttl 5; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link set v1 type vxlan; echo $?
  Error: Required attributes not provided to perform the operation.
  2
  $ ip link set v1 type vxlan ttl 5; echo $?
  0
  $ ip link set a0 type veth; echo $?
  0
  $ ip link set a0 type macvlan mode vepa; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link set a0 type bridge; echo $?
  0
  $ ip link set a0 type bridge stp_state 1; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link set a0 type foo; echo $?
  0
  $ ip link add x0 type macvlan; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add x0 type bridge; echo $?
  0
  $ ip link set x0 type bridge; echo $?
  0
  $ ip link set x0 type bridge_slave; echo $?
  0
  $ ip link set a0 type bridge_slave; echo $?
  0
  $ ip -d link show v1 | sed -n 3p
      vxlan id 5 srcport 0 0 dstport 4789 ttl 5 ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip -o link | cut -d' ' -f1-5
  1: lo: <LOOPBACK> mtu 65536
  2: b0@a0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500
  4: v1: <BROADCAST,MULTICAST> mtu 1500
  5: x0: <BROADCAST,MULTICAST> mtu 1500
