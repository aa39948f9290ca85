Where the kernel refuses a macvlan: on lo (not Ethernet), on a bridge port (its rx_handler is taken: EBUSY), a lower with macvlans joining a bridge (EBUSY), a second passthru, a mode change to or from passthru, an MTU above the lower's, the lower's MAC or a sibling's MAC at open (EADDRINUSE), a sibling's MAC set on an up macvlan, macaddr on a non-source macvlan; the lower's MTU shrinking drags its macvlans along.
  $ ip netns add h; ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n h link set lo up
  $ ip -n h link add mvl link lo type macvlan; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -n h link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip -n h link add x0 address 02:00:00:00:00:11 type veth peer name x1 address 02:00:00:00:00:12
  $ ip -n h link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n h link set x0 master br0; echo $?
  0
  $ ip -n h link add mvx link x0 type macvlan; echo $?
  RTNETLINK answers: Device or resource busy
  2
  $ ip -n h link add mv1 link e0 address 02:00:00:00:0a:01 type macvlan mode bridge; echo $?
  0
  $ ip -n h link set e0 master br0; echo $?
  RTNETLINK answers: Device or resource busy
  2
  $ ip -n h link add mvp link e0 type macvlan mode passthru; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -n h link set mv1 type macvlan mode passthru; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -n h link add mv2 link e0 address 02:00:00:00:0a:02 type macvlan mode vepa; echo $?
  0
  $ ip -n h link set mv2 type macvlan mode private; echo $?
  0
  $ ip -n h -d link show mv2 | grep -o 'macvlan mode [a-z]*'
  macvlan mode private
  $ ip -n h link set mv1 mtu 1501; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -n h link set mv1 mtu 9000; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -n h link set mv1 mtu 1400; echo $?
  0
  $ ip -n h link add mv3 link e0 address 02:00:00:00:00:01 type macvlan; echo $?
  0
  $ ip -n h link set e0 up; ip -n h link set mv1 up; ip -n h link set mv2 up; echo $?
  0
  $ ip -n h link set mv3 up; echo $?
  RTNETLINK answers: Address already in use
  2
  $ ip -n h link set mv3 address 02:00:00:00:0a:01; echo $?
  RTNETLINK answers: Address already in use
  2
  $ ip -n h link set mv3 address 02:00:00:00:0a:03; echo $?
  0
  $ ip -n h link set mv3 up; echo $?
  0
  $ ip -n h link set mv3 address 02:00:00:00:0a:02; echo $?
  RTNETLINK answers: Address already in use
  2
  $ ip -n h link set mv2 down; ip -n h link set mv3 address 02:00:00:00:0a:02; echo $?
  0
  $ ip -n h link set mv2 up; echo $?
  RTNETLINK answers: Address already in use
  2
  $ ip -n h link set mv1 type macvlan macaddr add 02:00:00:00:00:05; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -n h link set mv1 type macvlan macaddr flush; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -n h link add mvs link e0 address 02:00:00:00:0a:04 type macvlan mode source macaddr add 02:00:00:00:00:05; echo $?
  0
  $ ip -n h link set mvs type macvlan mode bridge; echo $?
  0
  $ ip -n h -d link show mvs | sed -n 3p
      macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set mvs type macvlan mode source; echo $?
  0
  $ ip -n h -d link show mvs | sed -n 3p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (0) addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set e0 mtu 1300; echo $?
  0
  $ ip -n h link show | grep -o '^[0-9]*: [^:]*: .*mtu [0-9]*'
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536
  2: e1@e0: <BROADCAST,MULTICAST> mtu 1500
  3: e0@e1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1300
  4: x1@x0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500
  5: x0@x1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500
  6: br0: <BROADCAST,MULTICAST> mtu 1500
  7: mv1@e0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1300
  8: mv2@e0: <BROADCAST,MULTICAST> mtu 1300
  9: mv3@e0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1300
  10: mvs@e0: <BROADCAST,MULTICAST> mtu 1300
  $ ip -n h link set e0 mtu 1500; ip -n h link show mv1 | grep -o 'mtu [0-9]*'
  mtu 1300
  $ ip -n h link set mv1 mtu 1500; ip -n h link set mv1 mtu 1501; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -n h link add mvn link mv1 address 02:00:00:00:0a:05 type macvlan; echo $?
  0
  $ ip -n h -d link show mvn | sed -n 1p | grep -o 'mvn@[a-z0-9]*'
  mvn@e0
  $ ip -n h link set e0 down; ip -n h -br link show | sort
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
  e0@e1            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  e1@e0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  mv1@e0           LOWERLAYERDOWN 02:00:00:00:0a:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  mv2@e0           DOWN           02:00:00:00:0a:02 <BROADCAST,MULTICAST,M-DOWN> 
  mv3@e0           LOWERLAYERDOWN 02:00:00:00:0a:02 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  mvn@e0           DOWN           02:00:00:00:0a:05 <BROADCAST,MULTICAST,M-DOWN> 
  mvs@e0           DOWN           02:00:00:00:0a:04 <BROADCAST,MULTICAST,M-DOWN> 
  x0@x1            DOWN           02:00:00:00:00:11 <BROADCAST,MULTICAST,M-DOWN> 
  x1@x0            DOWN           02:00:00:00:00:12 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n h link del e0; ip -n h -br link show | sort
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  x0@x1            DOWN           02:00:00:00:00:11 <BROADCAST,MULTICAST,M-DOWN> 
  x1@x0            DOWN           02:00:00:00:00:12 <BROADCAST,MULTICAST,M-DOWN> 
