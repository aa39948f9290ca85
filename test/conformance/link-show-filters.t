ip link show and ip addr show selectors beyond the device name: group, type (kind), up, and a group that matches nothing.
  $ ip link add a0 address 02:00:00:00:00:01 group 3 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add c0 address 02:00:00:00:00:03 type veth peer name d0 address 02:00:00:00:00:04
  $ ip link set c0 up
  $ ip link show group 3
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group 3 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -br link show type veth
  b0@a0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  a0@b0            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  d0@c0            DOWN           02:00:00:00:00:04 <BROADCAST,MULTICAST> 
  c0@d0            LOWERLAYERDOWN 02:00:00:00:00:03 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip -br link show up
  c0@d0            LOWERLAYERDOWN 02:00:00:00:00:03 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip -br link show group 9
  $ ip -br addr show type veth up
  c0@d0            LOWERLAYERDOWN 
  $ ip link show group 3 dev b0
  $ ip link show group 3 dev a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group 3 qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link show master nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  [255]
