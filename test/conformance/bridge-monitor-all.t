bridge monitor all ([LINK]/[NEIGH] banners, a port's enslave/flags/release, fdb entries with extern_learn, a self entry of a veth announced by rtnl_fdb_notify()), bridge monitor with no object (no banners), and macvtap modes and stacking refusals.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ bridge monitor all > /tmp/sweepbr5-mon.txt & sleep 0.5
  $ ip link set p1 master br0
  $ bridge fdb add 02:00:00:00:aa:01 dev p1 master static
  $ bridge fdb add 02:00:00:00:aa:02 dev p1 master extern_learn
  $ bridge fdb add 01:00:5e:01:01:01 dev q1 self
  $ bridge link set dev p1 cost 7 learning off
  $ ip link set p1 type bridge_slave locked on
  $ bridge fdb del 02:00:00:00:aa:01 dev p1 master
  $ ip link set p1 nomaster
  $ sleep 0.5; kill %1; wait
  $ cat /tmp/sweepbr5-mon.txt; rm -f /tmp/sweepbr5-mon.txt
  [LINK]4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  [LINK]4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  [LINK]2: br0: <BROADCAST,MULTICAST> mtu 1500 
  [NEIGH]02:00:00:00:90:01 dev p1 master br0 permanent
  [LINK]4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  [NEIGH]02:00:00:00:aa:01 dev p1 master br0 static
  [NEIGH]02:00:00:00:aa:02 dev p1 extern_learn master br0 
  [NEIGH]01:00:5e:01:01:01 dev q1 self permanent
  [LINK]4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 7 
  [NEIGH]Deleted 02:00:00:00:aa:01 dev p1 master br0 static
  [LINK]4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  [LINK]4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 7 
  [LINK]Deleted 4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  [NEIGH]Deleted 02:00:00:00:aa:02 dev p1 extern_learn master br0 
  [NEIGH]Deleted 02:00:00:00:90:01 dev p1 master br0 permanent
  [LINK]4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 
  [LINK]2: br0: <BROADCAST,MULTICAST> mtu 1500 
  $ ip link add link q1 name mt0 address 02:00:00:00:00:33 type macvtap mode bridge
  $ ip -d link show mt0 | sed -n 1,3p | cut -c1-100
  5: mt0@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default ql
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65
      macvtap mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxque
  $ ip link set mt0 up
  $ ip link show mt0
  5: mt0@q1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc pfifo_fast state LOWERLAYERDOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff
  $ ip link set mt0 type macvtap mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link q1 name mt1 address 02:00:00:00:00:34 type macvtap mode private
  $ ip link set mt0 type macvtap mode vepa
  $ ip -br link show type macvtap
  mt0@q1           LOWERLAYERDOWN 02:00:00:00:00:33 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  mt1@q1           DOWN           02:00:00:00:00:34 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link set q1 master br0
  RTNETLINK answers: Device or resource busy
  [2]
  $ ip link set mt0 master br0
  RTNETLINK answers: Device or resource busy
  [2]
  $ ip link del q1
  $ ip -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
  $ ip link add br1 address 02:00:00:00:99:98 type bridge
  $ ip link add p5 address 02:00:00:00:90:05 type veth peer name q5 address 02:00:00:00:91:05
  $ bridge monitor > /tmp/sweepbr5-mon2.txt & sleep 0.5
  $ ip link set p5 master br1
  $ bridge fdb add 02:00:00:00:aa:05 dev p5 master static
  $ bridge fdb add 01:00:5e:01:01:05 dev q5 self
  $ bridge fdb del 01:00:5e:01:01:05 dev q5 self
  $ ip link del br1
  $ sleep 0.5; kill %1; wait
  $ cat /tmp/sweepbr5-mon2.txt; rm -f /tmp/sweepbr5-mon2.txt
  9: p5@q5: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br1 
  9: p5@q5: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br1 
  7: br1: <BROADCAST,MULTICAST> mtu 1500 
  02:00:00:00:90:05 dev p5 master br1 permanent
  9: p5@q5: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br1 state disabled priority 32 cost 2 
  02:00:00:00:aa:05 dev p5 master br1 static
  01:00:5e:01:01:05 dev q5 self permanent
  Deleted 01:00:5e:01:01:05 dev q5 self permanent
  9: p5@q5: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br1 
  9: p5@q5: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br1 state disabled priority 32 cost 2 
  Deleted 9: p5@q5: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br1 
  Deleted 02:00:00:00:aa:05 dev p5 master br1 static
  Deleted 02:00:00:00:90:05 dev p5 master br1 permanent
  9: p5@q5: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 
  Deleted 02:00:00:00:99:98 dev br1 master br1 permanent
  Deleted 7: br1: <BROADCAST,MULTICAST> mtu 1500 
  $ bridge monitor bogus
  Argument "bogus" is unknown, try "bridge monitor help".
  [255]
  $ bridge monitor file
  Command line is not complete. Try option "help"
  [255]
