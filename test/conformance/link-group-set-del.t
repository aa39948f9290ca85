ip link group operations, promisc/allmulti counters in -d, master/nomaster, and set by group.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:00:03 type veth peer name b1 address 02:00:00:00:00:04
  $ ip link add br0 address 02:00:00:00:00:0b type bridge
  $ ip link set a0 group 10; ip link set a1 group 10
  $ ip link show group 10
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group 10 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  5: a1@b1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group 10 qlen 1000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  $ ip link set group 10 up
  $ ip -br link show group 10
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  a1@b1            LOWERLAYERDOWN 02:00:00:00:00:03 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip link set group 10 mtu 1400
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@a0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  b1@a1            DOWN           02:00:00:00:00:04 <BROADCAST,MULTICAST> 
  a1@b1            LOWERLAYERDOWN 02:00:00:00:00:03 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  br0              DOWN           02:00:00:00:00:0b <BROADCAST,MULTICAST> 
  $ ip link set a0 promisc on
  $ ip -d link show a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,PROMISC,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group 10 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 1  allmulti 0 minmtu 68 maxmtu 65535 
      veth addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set a0 master br0
  $ ip -d link show a0 | head -3
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,PROMISC,UP,M-DOWN> mtu 1400 qdisc noqueue master br0 state LOWERLAYERDOWN mode DEFAULT group 10 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 2  allmulti 1 minmtu 68 maxmtu 65535 
      veth 
  $ ip link show master br0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,PROMISC,UP,M-DOWN> mtu 1400 qdisc noqueue master br0 state LOWERLAYERDOWN mode DEFAULT group 10 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link show nomaster | grep -c mtu
  5
  $ ip link set a0 nomaster
  $ ip link show master br0
  $ ip link set group 10 down
  $ ip link del group 10
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  br0              DOWN           02:00:00:00:00:0b <BROADCAST,MULTICAST> 
  $ ip link show group 99
  $ ip link set group nosuch up
  Error: argument "nosuch" is wrong: Invalid "group" value
  [255]
  $ ip link del group 0
  RTNETLINK answers: Operation not permitted
  [2]
