Namespace ids and veth peers: an id set with ip netns set is the one ip link
shows as link-netnsid; without one the kernel allocates the lowest free id
when it first reports a peer (peernet2id_alloc); each namespace numbers the
others independently.
  $ ip netns add a
  $ ip netns add b
  $ ip netns add c
  $ ip netns set b 3
  $ ip -n b netns set a 9
  $ ip link add x0 type veth peer name x1 netns b
  $ ip -o link show x0 | sed -E 's/link\/ether [0-9a-f:]+/link\/ether MAC/'
  2: x0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether MAC brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip -j link show x0 | sed -E 's/"address":"[0-9a-f:]+",//'
  [{"ifindex":2,"link_index":2,"ifname":"x0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","broadcast":"ff:ff:ff:ff:ff:ff","link_netnsid":3}]
  $ ip netns list-id
  nsid 3 (iproute2 netns name: b)
  $ ip -n b netns list-id
  nsid 9 (iproute2 netns name: a)
  $ ip -n a link add y0 type veth peer name y1 netns b
  $ ip -n a netns list-id
  nsid 0 (iproute2 netns name: b)
  $ ip -n a -o link show y0 | sed -E 's/link\/ether [0-9a-f:]+/link\/ether MAC/'
  2: y0@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether MAC brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip -n b netns list-id
  nsid 9 (iproute2 netns name: a)
  $ ip -n b -o link show y1 | sed -E 's/link\/ether [0-9a-f:]+/link\/ether MAC/'
  3: y1@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether MAC brd ff:ff:ff:ff:ff:ff link-netns a
  $ ip -n b -o link show x1 | sed -E 's/link\/ether [0-9a-f:]+/link\/ether MAC/'
  2: x1@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether MAC brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip -n b netns list-id
  nsid 0 
  nsid 9 (iproute2 netns name: a)
  $ ip -n c link add z0 type veth peer name z1 netns a
  $ ip -n c netns list-id
  nsid 0 (iproute2 netns name: a)
  $ ip -n c -o link show z0 | sed -E 's/link\/ether [0-9a-f:]+/link\/ether MAC/'
  2: z0@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether MAC brd ff:ff:ff:ff:ff:ff link-netns a
  $ ip -n c netns list-id
  nsid 0 (iproute2 netns name: a)
  $ ip -n a netns list-id
  nsid 0 (iproute2 netns name: b)
  $ ip -n a netns list
  c
  b (id: 0)
  a
  $ ip -n c netns set c 4
  $ ip -n c netns list-id
  nsid 0 (iproute2 netns name: a)
  nsid 4 (iproute2 netns name: c)
  $ ip -n c netns set a auto
  Error: Peer netns already has a nsid assigned.
  [2]
  $ ip -n c netns set b auto
  $ ip -n c netns list-id
  nsid 0 (iproute2 netns name: a)
  nsid 1 (iproute2 netns name: b)
  nsid 4 (iproute2 netns name: c)
  $ ip netns del a
  $ ip -n c netns list-id
  nsid 1 (iproute2 netns name: b)
  nsid 4 (iproute2 netns name: c)
  $ ip -n b netns list-id
  nsid 0 
