ip link set flag words (dynamic, trailers, multicast, allmulticast, promisc, carrier) and txqueuelen 0 (print_queuelen() prints no qlen then), a rename while up and its effect on a macvlan's NAME@LOWER, the macvlan following its lower device down, and the show filters up, type, master, nomaster, group, bridge_slave; deleting the lower device takes the macvlan.
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add link v0 name mv0 address 02:00:00:00:00:03 type macvlan mode bridge
  $ ip link set v0 broadcast 02:ff:ff:ff:ff:ff
  $ ip link show v0
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd 02:ff:ff:ff:ff:ff
  $ ip link set v0 txqueuelen 0
  $ ip link set mv0 txqueuelen 5000
  $ ip link set br0 txqueuelen 7
  $ ip link set v0 dynamic on
  $ ip link set v0 trailers on
  $ ip link set v0 multicast off allmulticast on promisc on
  $ ip link show v0
  3: v0@v1: <BROADCAST,ALLMULTI,PROMISC,DYNAMIC,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default 
      link/ether 02:00:00:00:00:01 brd 02:ff:ff:ff:ff:ff
  $ ip -j link show v0
  [{"ifindex":3,"link":"v1","ifname":"v0","flags":["BROADCAST","ALLMULTI","PROMISC","DYNAMIC","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","link_type":"ether","address":"02:00:00:00:00:01","broadcast":"02:ff:ff:ff:ff:ff"}]
  $ ip -d link show v0 | sed -n 2p | sed -E 's/ minmtu.*//'
      link/ether 02:00:00:00:00:01 brd 02:ff:ff:ff:ff:ff promiscuity 1  allmulti 1
  $ ip link set v0 dynamic off trailers off multicast on allmulticast off promisc off
  $ ip link set v0 carrier off
  RTNETLINK answers: Operation not supported
  [2]
  $ ip link set br0 carrier on
  RTNETLINK answers: Operation not supported
  [2]
  $ ip link set v0 up
  $ ip link set v0 name v00
  $ ip link show mv0
  5: mv0@v00: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 5000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  $ ip link set v00 name v0
  $ ip link set mv0 up
  $ ip link set v0 down
  $ ip link show mv0
  5: mv0@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 5000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  $ ip link show v1
  2: v1@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link set v1 up
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: v1@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: v0@v1: <BROADCAST,MULTICAST,NOTRAILERS> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default 
      link/ether 02:00:00:00:00:01 brd 02:ff:ff:ff:ff:ff
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 7
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  5: mv0@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 5000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  $ ip -s -s link show v0
  3: v0@v1: <BROADCAST,MULTICAST,NOTRAILERS> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default 
      link/ether 02:00:00:00:00:01 brd 02:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       1 
  $ ip link show up
  2: v1@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  5: mv0@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 5000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  $ ip link show type veth
  2: v1@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: v0@v1: <BROADCAST,MULTICAST,NOTRAILERS> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default 
      link/ether 02:00:00:00:00:01 brd 02:ff:ff:ff:ff:ff
  $ ip link show type macvlan
  5: mv0@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 5000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  $ ip link set v1 master br0
  $ ip link show master br0
  2: v1@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue master br0 state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link show type bridge_slave
  2: v1@v0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue master br0 state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link show nomaster type veth
  3: v0@v1: <BROADCAST,MULTICAST,NOTRAILERS> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default 
      link/ether 02:00:00:00:00:01 brd 02:ff:ff:ff:ff:ff
  $ ip link set br0 group 5
  $ ip link show group 5
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group 5 qlen 7
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  $ ip link del v0
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  4: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group 5 qlen 7
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
