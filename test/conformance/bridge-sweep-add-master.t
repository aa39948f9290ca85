ip link add NAME ... master DEV for several kinds (veth, bridge, macvlan) and masters (bridge, macvlan, missing, itself, a port), ip link add with up/mtu/address; the device is gone when enslaving fails; listings by master and type afterwards.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add lower address 02:00:00:00:00:10 type veth peer name lp address 02:00:00:00:00:11
  $ ip link add mvx link lower address 02:00:00:00:00:30 type macvlan
  $ ip link add p1 address 02:00:00:00:90:01 master br0 up mtu 1400 type veth peer name q1 address 02:00:00:00:91:01; echo "rc $?"
  rc 0
  $ ip link add p2 master nosuch type veth peer name q2 2>&1; echo "rc $?"
  Error: argument "nosuch" is wrong: Device does not exist
  
  rc 255
  $ ip link add p3 master mvx type veth peer name q3 2>&1; echo "rc $?"
  RTNETLINK answers: Operation not supported
  rc 2
  $ ip link add p4 master lo type veth peer name q4 2>&1; echo "rc $?"
  RTNETLINK answers: Operation not supported
  rc 2
  $ ip link add p5 master p1 type veth peer name q5 2>&1; echo "rc $?"
  RTNETLINK answers: Operation not supported
  rc 2
  $ ip link add mv0 link lower address 02:00:00:00:00:20 master br0 type macvlan mode bridge 2>&1; echo "rc $?"
  rc 0
  $ ip link add mv1 link lower address 02:00:00:00:00:21 master br0 type macvlan mode passthru 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 2
  $ ip link add br1 master br0 type bridge 2>&1; echo "rc $?"
  Error: Can not enslave a bridge to a bridge.
  rc 2
  $ ip link add lo2 address 02:00:00:00:a0:02 master br0 type veth peer name lo3 address 02:00:00:00:a0:03 master br0 2>&1; echo "rc $?"
  rc 0
  $ ip link add dup address 02:00:00:00:90:01 master br0 type veth peer name dupp address 02:00:00:00:a0:04 2>&1; echo "rc $?"
  rc 0
  $ ip -o link show | awk '{print $2}'
  lo:
  br0:
  lp@lower:
  lower@lp:
  mvx@lower:
  q1@p1:
  p1@q1:
  mv0@lower:
  lo3@lo2:
  lo2@lo3:
  dupp@dup:
  dup@dupp:
  $ ip link show master br0
  7: p1@q1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue master br0 state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  14: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:20 brd ff:ff:ff:ff:ff:ff
  17: lo2@lo3: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:a0:02 brd ff:ff:ff:ff:ff:ff
  19: dup@dupp: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  $ bridge link show
  7: p1@q1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 master br0 state disabled priority 32 cost 2 
  14: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  17: lo2@lo3: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  19: dup@dupp: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -br link show type bridge_slave
  p1@q1            LOWERLAYERDOWN 02:00:00:00:90:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  mv0@lower        DOWN           02:00:00:00:00:20 <BROADCAST,MULTICAST,M-DOWN> 
  lo2@lo3          DOWN           02:00:00:00:a0:02 <BROADCAST,MULTICAST,M-DOWN> 
  dup@dupp         DOWN           02:00:00:00:90:01 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -br link show type veth
  lp@lower         DOWN           02:00:00:00:00:11 <BROADCAST,MULTICAST,M-DOWN> 
  lower@lp         DOWN           02:00:00:00:00:10 <BROADCAST,MULTICAST,M-DOWN> 
  q1@p1            DOWN           02:00:00:00:91:01 <BROADCAST,MULTICAST> 
  p1@q1            LOWERLAYERDOWN 02:00:00:00:90:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  lo3@lo2          DOWN           02:00:00:00:a0:03 <BROADCAST,MULTICAST,M-DOWN> 
  lo2@lo3          DOWN           02:00:00:00:a0:02 <BROADCAST,MULTICAST,M-DOWN> 
  dupp@dup         DOWN           02:00:00:00:a0:04 <BROADCAST,MULTICAST,M-DOWN> 
  dup@dupp         DOWN           02:00:00:00:90:01 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -br link show type macvlan
  mvx@lower        DOWN           02:00:00:00:00:30 <BROADCAST,MULTICAST,M-DOWN> 
  mv0@lower        DOWN           02:00:00:00:00:20 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -br link show master br0 type veth
  p1@q1            LOWERLAYERDOWN 02:00:00:00:90:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  lo2@lo3          DOWN           02:00:00:00:a0:02 <BROADCAST,MULTICAST,M-DOWN> 
  dup@dupp         DOWN           02:00:00:00:90:01 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -br link show master nosuch 2>&1; echo "rc $?"
  Error: argument "nosuch" is wrong: Device does not exist
  
  rc 255
  $ ip -br link show type bogus 2>&1; echo "rc $?"
  rc 0
  $ ip -br link show type bridge
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
