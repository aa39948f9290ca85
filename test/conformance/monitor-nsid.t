ip monitor nsid shows RTM_NEWNSID/RTM_DELNSID as ids are given and taken back.
  $ ip monitor nsid > out & sleep 0.3
  $ ip netns add n1
  $ ip netns add n2
  $ ip netns set n1 5
  $ ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 netns n2 address 02:00:00:00:00:02
  $ ip netns del n1
  $ ip link del v1
  $ ip netns del n2
  $ sleep 0.3; kill %1; wait; cat out
  nsid 5 (iproute2 netns name: n1)
  nsid 0 (iproute2 netns name: n2)
  Deleted nsid 5 (iproute2 netns name: n1)
  Deleted nsid 0 (iproute2 netns name: n2)
  $ ip -n n9 monitor nsid; echo $?
  Cannot open network namespace "n9": No such file or directory
  255
  $ ip monitor all > all & sleep 0.3
  $ ip netns add n3
  $ ip netns set n3 7
  $ ip link add w1 address 02:00:00:00:00:03 type veth peer name w2 netns n3 address 02:00:00:00:00:04
  $ ip netns del n3
  $ sleep 0.3; kill %1; wait; cat all
  [NSID]nsid 7 (iproute2 netns name: n3)
  [NETCONF]inet w1 forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  [NETCONF]inet6 w1 forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  [LINK]3: w1@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff link-netns n3
  [NSID]Deleted nsid 7 (iproute2 netns name: n3)
  [NETCONF]Deleted inet w1 
  [NETCONF]Deleted inet6 w1 
  [LINK]Deleted 3: w1@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  $ ip -j monitor nsid > j & sleep 0.3
  $ ip netns add n4
  $ ip netns set n4 auto
  $ ip netns del n4
  $ sleep 0.3; kill %1; wait; cat j
  nsid 0 (iproute2 netns name: n4)
  Deleted nsid 0 (iproute2 netns name: n4)
