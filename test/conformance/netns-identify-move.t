ip netns subcommands around the namespaces: identify, pids, list with ids, exec errors, delete of a busy one, -n of a missing one, and what a moved device leaves behind.
  $ ip netns add a
  $ ip netns add b
  $ ip netns list
  b
  a
  $ ip netns identify
  $ ip netns exec a ip netns identify
  a
  $ ip netns pids nosuch
  Cannot open network namespace: No such file or directory
  [1]
  $ ip netns exec nosuch true
  Cannot open network namespace "nosuch": No such file or directory
  [255]
  $ ip netns exec a false
  [1]
  $ ip netns exec a sh -c 'exit 3'
  [3]
  $ ip netns add a
  Cannot create namespace file "/run/netns/a": File exists
  [1]
  $ ip netns add 'x/y'
  Invalid netns name "x/y"
  [255]
  $ ip netns add ''
  Invalid netns name ""
  [255]
  $ ip -n nosuch link
  Cannot open network namespace "nosuch": No such file or directory
  [255]
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev v0
  $ ip link set v0 up; ip link set v1 up
  $ ip route add 10.9.0.0/16 via 10.0.0.2
  $ ip route
  10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 
  10.9.0.0/16 via 10.0.0.2 dev v0 
  $ ip link set v0 netns a
  $ ip route
  $ ip -n a addr show dev v0
  3: v0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip -n a route
  $ ip netns set a 5
  Error: Peer netns already has a nsid assigned.
  [2]
  $ ip netns list
  b
  a (id: 0)
  $ ip netns list-id
  nsid 0 (iproute2 netns name: a)
  $ ip netns delete b
  $ ip netns list
  a (id: 0)
  $ ip netns exec a ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  v0@if2           DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  $ ip netns del a
  $ sleep 1; ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
