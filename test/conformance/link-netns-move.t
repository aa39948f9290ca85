ip link set netns: moving devices between namespaces by name and by pid-less name, keeping or losing addresses, and errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip link set v0 netns a
  $ ip link show v0
  Device "v0" does not exist.
  [1]
  $ ip -n a link show v0
  3: v0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip -n a addr show v0
  3: v0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip link set v1 netns b name w1
  $ ip -n b link
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: w1@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
  $ ip -n a link set v0 up
  $ ip -n b link set w1 up
  $ ip -n a link show v0
  3: v0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip -n a link set v0 netns nosuch
  Error: argument "nosuch" is wrong: Invalid "netns" value
  [255]
  $ ip -n a link set v0 netns 99999
  RTNETLINK answers: No such process
  [2]
  $ ip -n a link set lo netns b
  Error: The interface netns is immutable.
  [2]
  $ ip -n a link set v0 netns b
  $ ip -n b link show v0
  3: v0@w1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -n b -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  w1@v0            LOWERLAYERDOWN 02:00:00:00:00:02 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  v0@w1            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  $ ip -n b link set v0 netns a name w1
  $ ip netns exec a ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  w1@if2           DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  $ ip -all netns exec ip -br link show type veth
  
  netns: b
  w1@if3           LOWERLAYERDOWN 02:00:00:00:00:02 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  
  netns: a
  w1@if2           DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  $ ip -n b link set w1 name v0
  $ ip -n b link set v0 down; ip -n b link set w1 name v0
  Cannot find device "w1"
  [1]
  $ ip -n b link del w1
  Cannot find device "w1"
  [1]
  $ ip -n a link
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  3: w1@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip -n c link
  Cannot open network namespace "c": No such file or directory
  [255]
  $ ip netns del a
  $ ip netns del a
  Cannot remove namespace file "/run/netns/a": No such file or directory
  [1]
  $ ip netns list
  b (id: 1)
