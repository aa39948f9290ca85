macvlans in other namespaces: created there with netns, moved, renamed and moved again (their lower stays), siblings across namespaces talk in bridge mode, deleting the lower deletes them wherever they are, and a namespace going away takes its macvlan.
  $ ip netns add c1
  $ ip netns add c2
  $ ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip link add link e0 name mv1 netns c1 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip link add link e0 name mv2 address 02:00:00:00:00:12 type macvlan mode bridge
  $ ip link set mv2 netns c2
  $ ip -n c1 -d link show mv1 | head -3 | cut -c1-110
  2: mv1@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 0  allmulti 0 minmtu 68 maxm
      macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_
  $ ip -n c2 link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  4: mv2@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:12 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip link show master e0
  $ ip link set e0 up; ip link set e1 up
  $ ip -n c1 link set mv1 up; ip -n c2 link set mv2 up
  $ ip -n c1 addr add 10.9.0.1/24 dev mv1; ip -n c2 addr add 10.9.0.2/24 dev mv2
  $ ip netns exec c1 ping -c 1 -W 1 10.9.0.2 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.9.0.2: icmp_seq=1 ttl=64 
  $ ip -n c1 neigh show
  10.9.0.2 dev mv1 lladdr 02:00:00:00:00:12 REACHABLE 
  $ ip -n c2 link set mv2 name eth0
  $ ip -n c2 link set eth0 netns c1
  $ ip -n c1 link show | grep -o '^[0-9]*: [a-z0-9@]*'
  1: lo
  2: mv1@if3
  4: eth0@if3
  $ ip link del e0
  $ ip -n c1 link show | grep -o '^[0-9]*: [a-z0-9@]*'
  1: lo
  $ ip -n c2 link show | grep -o '^[0-9]*: [a-z0-9@]*'
  1: lo
  $ ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip link add link e0 name mv3 netns c1 address 02:00:00:00:00:01 type macvlan
  $ ip link add link e0 name mv3 netns nosuch type macvlan
  Error: argument "nosuch" is wrong: Invalid "netns" value
  [255]
  $ ip link add link e0 name lo netns c1 type macvlan
  RTNETLINK answers: File exists
  [2]
  $ ip netns del c1
  $ ip link show | grep -o '^[0-9]*: [a-z0-9@]*'
  1: lo
  5: e1@e0
  6: e0@e1
