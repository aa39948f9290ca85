A device moved to another namespace keeps its name when it is free there; when it is taken, the name or "%d" pattern of the request names it (else the kernel says which name is in use), and do_setlink()'s rename then runs in the new namespace (a pattern is expanded again, a taken name fails after the move); addresses and routes stay behind, the device arrives down, its ifindex stays when free.
  $ ip netns add n1
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip -n n1 link add v0 address 02:00:00:00:01:01 type veth peer name t0 address 02:00:00:00:01:02
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip route add 10.9.0.0/16 via 10.0.0.2
  $ ip link set v0 netns n1
  Error: An interface with the same name exists in the target netns.
  [2]
  $ ip link set v0 netns n1 name t0
  Error: Unable to use 't0' for the new interface name in the target netns.
  [2]
  $ ip link set v0 netns n1 name 't0 x'
  Error: argument "t0 x" is wrong: "name" not a valid ifname
  [255]
  $ ip link set v0 netns n1 name t%d%d
  Error: Unable to use 't%d%d' for the new interface name in the target netns.
  [2]
  $ ip link set v0 netns n1 name t%d
  $ ip -n n1 -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  t0@v0            DOWN           02:00:00:00:01:02 <BROADCAST,MULTICAST,M-DOWN> 
  v0@t0            DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST,M-DOWN> 
  t2@if2           DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  $ ip -n n1 -4 addr show t2
  $ ip route show
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  v1@if4           DOWN           02:00:00:00:00:02 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip link set v1 netns n1 name t0
  RTNETLINK answers: File exists
  [2]
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  $ ip -n n1 -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  t0@v0            DOWN           02:00:00:00:01:02 <BROADCAST,MULTICAST,M-DOWN> 
  v0@t0            DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST,M-DOWN> 
  t2@v1            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  v1@t2            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n n1 link set v1 netns n1 name v9
  $ ip -n n1 link set v9 netns n1 name v9
  $ ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
  $ ip link set v3 up
  $ ip link set v3 netns n1 name v4
  $ ip -n n1 link show v4
  6: v4@if5: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:04 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip link show v2
  5: v2@if6: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff link-netns n1
  $ ip link set v2 netns n1 name x%d
  $ ip -n n1 -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  t0@v0            DOWN           02:00:00:00:01:02 <BROADCAST,MULTICAST,M-DOWN> 
  v0@t0            DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST,M-DOWN> 
  t2@v9            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  v9@t2            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  v4@x0            DOWN           02:00:00:00:00:04 <BROADCAST,MULTICAST,M-DOWN> 
  x0@v4            DOWN           02:00:00:00:00:03 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link set lo netns n1
  Error: The interface netns is immutable.
  [2]
  $ ip link set v3 netns nosuch
  Error: argument "nosuch" is wrong: Invalid "netns" value
  [255]
  $ ip -n n1 link set x0 netns nosuch
  Error: argument "nosuch" is wrong: Invalid "netns" value
  [255]
  $ ip -n n1 link set x0 name n1 netns n1
  $ ip -n n1 link show n1
  7: n1@v4: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
