A macvlan's carrier and operstate through its lower's states: created on a down lower (M-DOWN), the lower up without carrier (NO-CARRIER, LOWERLAYERDOWN), carrier on, the lower down and up again, the macvlan down and up while the lower has no carrier, and ip monitor-free checks with ip -br and ip -d link.
  $ ip netns add h
  $ ip -n h link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip -n h link add link eth0 name mv0 address 02:00:00:00:00:11 type macvlan mode vepa
  $ ip -n h link add link eth0 name mv1 address 02:00:00:00:00:12 type macvlan mode passthru 2>&1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link set mv0 up
  $ ip -n h -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  peer0@eth0       DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  eth0@peer0       DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  mv0@eth0         LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip -n h link set eth0 up
  $ ip -n h -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  peer0@eth0       DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  eth0@peer0       LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  mv0@eth0         LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n h link set peer0 up
  $ sleep 2
  $ ip -n h -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  peer0@eth0       UP             02:00:00:00:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  eth0@peer0       UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  mv0@eth0         UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n h link set peer0 down
  $ sleep 2
  $ ip -n h -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  peer0@eth0       DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  eth0@peer0       LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  mv0@eth0         LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n h link set mv0 down
  $ ip -n h link set mv0 up
  $ ip -n h -br link show mv0
  mv0@eth0         LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n h link set peer0 up
  $ sleep 2
  $ ip -n h -br link show mv0
  mv0@eth0         UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n h link set eth0 down
  $ ip -n h -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  peer0@eth0       LOWERLAYERDOWN 02:00:00:00:00:02 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  eth0@peer0       DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  mv0@eth0         LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip -n h link show mv0
  4: mv0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link set eth0 up
  $ sleep 2
  $ ip -n h -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  peer0@eth0       UP             02:00:00:00:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  eth0@peer0       UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  mv0@eth0         UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n h -s link show mv0 | sed -n 1,2p
  4: mv0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link set eth0 carrier off
  RTNETLINK answers: Operation not supported
  [2]
  $ ip -n h link set eth0 dormant
  Error: either "dev" is duplicate, or "dormant" is a garbage.
  [255]
