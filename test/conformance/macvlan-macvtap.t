macvtap: a macvlan with a character device; ip -d link, modes, and deletion with the lower.
  $ ip netns add n
  $ ip -n n link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip -n n link add link eth0 name mvt0 address 02:00:00:00:00:11 type macvtap mode bridge
  $ ip -n n link add link eth0 name mvt1 address 02:00:00:00:00:12 type macvtap
  $ ip -n n -d link show mvt0
  4: mvt0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvtap mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n n -d link show mvt1 | grep -o 'macvtap mode [a-z]*'
  macvtap mode vepa
  $ ip -n n -br link show type macvtap
  mvt0@eth0        DOWN           02:00:00:00:00:11 <BROADCAST,MULTICAST,M-DOWN> 
  mvt1@eth0        DOWN           02:00:00:00:00:12 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n n link set mvt0 type macvtap mode private
  $ ip -n n -d link show mvt0 | grep -o 'macvtap mode [a-z]*'
  macvtap mode private
  $ ip -n n link add link eth0 name mvt2 type macvtap mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n n link set eth0 up
  $ ip -n n link set mvt0 up
  $ ip -n n link show mvt0
  4: mvt0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc pfifo_fast state LOWERLAYERDOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip -n n link del eth0
  $ ip -n n -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
