macvlans in ip's other output forms: -o -d, -j -d -p of each mode, -s -s, -br -j, the lower shown as NAME@PARENT or @ifN in JSON (link), and ip link show master/type filters on a macvlan.
  $ ip netns add h
  $ ip -n h link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip -n h link add link eth0 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n h link add link eth0 name mv1 address 02:00:00:00:00:12 type macvlan mode source macaddr add 02:00:00:00:00:aa
  $ ip -n h link add link eth0 name mv2 address 02:00:00:00:00:13 type macvlan mode private flag nopromisc
  macvlan: nopromisc flag only valid in passthru mode
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  [1]
  $ ip -n h -o -d link show mv0
  4: mv0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 \    macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h -o -d link show mv1
  5: mv1@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:12 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 \    macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (1) 02:00:00:00:00:aa addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h -d link show mv2
  Device "mv2" does not exist.
  [1]
  $ ip -n h -j -p -d link show mv2
  Device "mv2" does not exist.
  [1]
  $ ip -n h -br -j link show type macvlan
  [{"link":"eth0","ifname":"mv0","operstate":"DOWN","address":"02:00:00:00:00:11","flags":["BROADCAST","MULTICAST","M-DOWN"]},{"link":"eth0","ifname":"mv1","operstate":"DOWN","address":"02:00:00:00:00:12","flags":["BROADCAST","MULTICAST","M-DOWN"]}]
  $ ip -n h -j link show mv0
  [{"ifindex":4,"link":"eth0","ifname":"mv0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:11","broadcast":"ff:ff:ff:ff:ff:ff"}]
  $ ip -n h -s -s -j link show mv0
  [{"ifindex":4,"link":"eth0","ifname":"mv0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:11","broadcast":"ff:ff:ff:ff:ff:ff","stats64":{"rx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"over_errors":0,"multicast":0,"length_errors":0,"crc_errors":0,"frame_errors":0,"fifo_errors":0,"missed_errors":0},"tx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0,"aborted_errors":0,"fifo_errors":0,"window_errors":0,"heartbeat_errors":0,"carrier_changes":0}}}]
  $ ip -n h link show master mv0
  $ ip -n h link show type macvlan up
  $ ip -n h -d link show eth0 | grep -o 'promiscuity [0-9]*'
  promiscuity 0
  $ ip -n h link set mv0 up
  $ ip -n h link set mv2 up
  Cannot find device "mv2"
  [1]
  $ ip -n h link set eth0 up
  $ ip -n h -d link show eth0 | grep -o 'promiscuity [0-9]*'
  promiscuity 1
  $ ip -n h link show type macvlan up
  4: mv0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link add mv3 link eth0 type macvlan mode bridge bcqueuelen 5 address 02:00:00:00:00:14
  macvlan: unknown option "address"?
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  [1]
  $ ip -n h -d link show mv3 | tail -2
  Device "mv3" does not exist.
  $ ip -n h link set mv3 type macvlan bcqueuelen 10000
  Cannot find device "mv3"
  [1]
  $ ip -n h -d link show mv0 | tail -2
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h -d -s link show mv0 | sed -n 3,4p
      macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      RX:  bytes packets errors dropped  missed   mcast           
