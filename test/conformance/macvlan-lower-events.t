What a macvlan sees of events on its lower device: the lower renamed (NAME@NEW), its MAC changed (a bridge-mode macvlan keeps its own, passthru follows), its MTU raised (macvlans keep theirs) and lowered (they shrink), the lower moved to another namespace (the macvlan stays, @ifN), and the lower deleted there.
  $ ip netns add h
  $ ip netns add o
  $ ip -n h link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip -n h link add link eth0 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n h link add link eth0 name mv1 address 02:00:00:00:00:12 type macvlan mode private
  $ ip -n h link set eth0 up
  $ ip -n h link set mv0 up
  $ ip -n h link set eth0 name lan0
  $ ip -n h -br link show type macvlan
  mv0@lan0         LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  mv1@lan0         DOWN           02:00:00:00:00:12 <BROADCAST,MULTICAST> 
  $ ip -n h link set lan0 down
  $ ip -n h link set lan0 name eth0
  $ ip -n h link set eth0 up
  $ ip -n h link set eth0 address 02:00:00:00:00:31
  $ ip -n h -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  peer0@eth0       DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  eth0@peer0       LOWERLAYERDOWN 02:00:00:00:00:31 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  mv0@eth0         LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  mv1@eth0         DOWN           02:00:00:00:00:12 <BROADCAST,MULTICAST> 
  $ ip -n h link set eth0 mtu 9000
  $ ip -n h link show mv0
  4: mv0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link set mv0 mtu 9000
  $ ip -n h link set mv0 mtu 9001
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link set eth0 mtu 1400
  $ ip -n h -o link show | cut -d' ' -f2,5
  lo: 65536
  peer0@eth0: 1500
  eth0@peer0: 1400
  mv0@eth0: 1400
  mv1@eth0: 1400
  $ ip -n h link set eth0 mtu 1500
  $ ip -n h -o link show | cut -d' ' -f2,5
  lo: 65536
  peer0@eth0: 1500
  eth0@peer0: 1500
  mv0@eth0: 1400
  mv1@eth0: 1400
  $ ip -n h link set eth0 netns o
  $ ip -n h link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: peer0@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns o
  4: mv0@if3: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1400 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff link-netns o
  5: mv1@if3: <BROADCAST,MULTICAST> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:12 brd ff:ff:ff:ff:ff:ff link-netns o
  $ ip -n o link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  3: eth0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:31 brd ff:ff:ff:ff:ff:ff link-netns h
  $ ip -n h -d link show mv1 | head -3
  5: mv1@if3: <BROADCAST,MULTICAST> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:12 brd ff:ff:ff:ff:ff:ff link-netns o promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvlan mode private bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n o link set eth0 up
  $ ip -n h link set mv1 up
  $ ip -n h -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  peer0@if3        DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  mv0@if3          LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  mv1@if3          DOWN           02:00:00:00:00:12 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n o link del eth0
  $ ip -n h link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
