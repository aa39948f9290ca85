ip monitor link shows what enslaving tells: the port (master, promiscuity), the
bridge's FEATURE CHANGE, and the AF_BRIDGE messages of the port (br_ifinfo_notify).
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add v1 address 02:00:00:00:00:11 type veth peer name v1p address 02:00:00:00:00:12
  $ ip monitor link > mon.out & sleep 0.2
  $ ip link set v1 master br0
  $ ip link set v1 nomaster
  $ sleep 0.2; kill %1
  $ cat mon.out
  4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN group default 
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN group default 
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default event FEATURE CHANGE 
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state DOWN 
      link/ether 02:00:00:00:00:11
  4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN group default 
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state DOWN 
      link/ether 02:00:00:00:00:11
  Deleted 4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state DOWN 
      link/ether 02:00:00:00:00:11
  4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default event FEATURE CHANGE 
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
