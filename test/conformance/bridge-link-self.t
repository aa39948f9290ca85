bridge link set's self, master and hwmode (IFLA_AF_SPEC's IFLA_BRIDGE_FLAGS and IFLA_BRIDGE_MODE): without a flag or with master the request goes to the port's bridge (EOPNOTSUPP for the bridge itself or a device outside a bridge); self goes to the device's own ndo_bridge_setlink, which only a bridge has: br_setlink() with no port ignores the port options and accepts; hwmode makes the flags self alone. Nothing changes on the ports.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link add d0 address 02:00:00:00:00:03 type veth peer name d1 address 02:00:00:00:00:04
  $ ip link set v0 master br0
  $ bridge link set dev br0 hwmode vepa; echo $?
  0
  $ bridge link set dev br0 hwmode veb self; echo $?
  0
  $ bridge link set dev br0 hwmode veb master; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev br0 hwmode bogus; echo $?
  Mode argument must be "vepa" or "veb".
  255
  $ bridge link set dev br0 hwmode; echo $?
  Command line is not complete. Try option "help"
  255
  $ bridge link set dev br0 cost 5 self; echo $?
  0
  $ bridge link set dev br0 learning off self; echo $?
  0
  $ bridge link set dev br0 learning off; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev br0 learning off master; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev br0 learning off master self; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev v0 hwmode vepa; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev v0 cost 7 self; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev v0 cost 7 master; echo $?
  0
  $ bridge link set dev v0 cost 8 master self; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev v0 priority 3 self master; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev d0 cost 7; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev d0 cost 7 self; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev d0 hwmode veb; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev nosuch hwmode veb; echo $?
  Cannot find bridge device "nosuch"
  255
  $ bridge -d link show
  4: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 3 cost 8 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ bridge link show dev br0; echo $?
  0
  $ ip -d link show br0 | grep -o 'priority [0-9]*'
  priority 32768
