macvtap: a macvlan whose frames a VM would read from /dev/tapN; with no reader the tap passes them to the stack (tap_handle_frame(): no queue, RX_HANDLER_PASS), so it works as a macvlan of each mode, with a queue (qdisc pfifo_fast once up, qlen 500) where a macvlan has none; ip parses its options with macvlan's parser under its own name; the kind is fixed (changelink across macvlan/macvtap: EOPNOTSUPP); its own rx_handler keeps it out of a bridge; it goes with its lower device.
  $ ip netns add h
  $ ip netns add out
  $ ip link add eth0 netns h address 02:00:00:00:00:11 type veth peer name o0 netns out address 02:00:00:00:00:22
  $ ip -n h link add mvt0 type macvtap
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h link add link eth0 name mvt0 address 02:00:00:00:00:31 type macvtap
  $ ip -n h link add link eth0 name mvt1 address 02:00:00:00:00:32 type macvtap mode bridge
  $ ip -n h link add link eth0 name mv2 address 02:00:00:00:00:33 type macvlan mode bridge
  $ ip -n h link add link eth0 name mvt9 type macvtap mode foo
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "foo"
  [1]
  $ ip -n h link add link eth0 name mvt9 type macvtap bogus
  macvtap: unknown option "bogus"?
  Usage: ... macvtap mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  [1]
  $ ip -n h link add link eth0 name mvt9 type macvtap nopromisc
  macvtap: nopromisc flag only valid in passthru mode
  Usage: ... macvtap mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  [1]
  $ ip -n h -d link show | sed -E 's/ numtxqueues.*//'
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 addrgenmode eui64
  2: eth0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff link-netns out promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      veth addrgenmode eui64
  3: mvt0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:31 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvtap mode vepa bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64
  4: mvt1@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:32 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvtap mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64
  5: mv2@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64
  $ ip -n h link set eth0 up
  $ ip -n h link set mvt0 up
  $ ip -n h link set mvt1 up
  $ ip -n h link set mv2 up
  $ ip -n out link set o0 up
  $ ip -n h addr add 192.168.1.11/24 dev mvt0
  $ ip -n h addr add 192.168.1.12/24 dev mvt1
  $ ip -n out addr add 192.168.1.1/24 dev o0
  $ ip -n h link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: eth0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff link-netns out
  3: mvt0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:31 brd ff:ff:ff:ff:ff:ff
  4: mvt1@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:32 brd ff:ff:ff:ff:ff:ff
  5: mv2@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff
  $ ip netns exec h ping -c 1 -W 1 192.168.1.1 | grep -c 'bytes from'
  1
  $ ip netns exec out ping -c 1 -W 1 192.168.1.12 | grep -c 'bytes from'
  1
  $ ip -n h -s link show mvt0
  3: mvt0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:31 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             182       3      0       0       0       1 
      TX:  bytes packets errors dropped carrier collsns           
             370       5      0       0       0       0 
  $ ip -n out neigh show | sort
  192.168.1.11 dev o0 lladdr 02:00:00:00:00:31 DELAY 
  192.168.1.12 dev o0 lladdr 02:00:00:00:00:11 REACHABLE 
  $ ip -n h link set mvt1 type macvtap mode vepa
  $ ip -n h -d link show mvt1 | sed -E 's/ addrgenmode.*//'
  4: mvt1@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:32 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvtap mode vepa bcqueuelen 1000 usedbcqueuelen 1000
  $ ip -n h link set mvt1 type macvlan mode vepa
  RTNETLINK answers: Operation not supported
  [2]
  $ ip -n h link set mv2 type macvtap mode vepa
  RTNETLINK answers: Operation not supported
  [2]
  $ ip -n h link set mvt1 txqueuelen 1000
  $ ip -n h -j link show mvt1
  [{"ifindex":4,"link":"eth0","ifname":"mvt1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"pfifo_fast","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:32","broadcast":"ff:ff:ff:ff:ff:ff"}]
  $ ip -n h link add link mvt0 name mvt3 address 02:00:00:00:00:34 type macvtap
  $ ip -n h link add br0 address 02:00:00:00:00:40 type bridge
  $ ip -n h link set mvt0 master br0
  RTNETLINK answers: Device or resource busy
  [2]
  $ ip -n h link show type macvtap
  3: mvt0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:31 brd ff:ff:ff:ff:ff:ff
  4: mvt1@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:32 brd ff:ff:ff:ff:ff:ff
  6: mvt3@eth0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:34 brd ff:ff:ff:ff:ff:ff
  $ ip -n h link del eth0
  $ ip -n h link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  7: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:40 brd ff:ff:ff:ff:ff:ff
