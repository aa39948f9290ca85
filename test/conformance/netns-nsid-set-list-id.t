ip netns set / list-id: ids a namespace gives others (RTM_NEWNSID, the RTM_GETNSID
dump), as ip netns list and ip link show them, and the kernel's errors.
  $ ip netns add a
  $ ip netns add b
  $ ip netns add c
  $ ip netns list-id
  $ ip netns set a 5
  $ ip netns set b auto
  $ ip netns list-id
  nsid 0 (iproute2 netns name: b)
  nsid 5 (iproute2 netns name: a)
  $ ip netns list
  c
  b (id: 0)
  a (id: 5)
  $ ip netns set c 5
  Error: The specified nsid is already used.
  [2]
  $ ip netns set a 7
  Error: Peer netns already has a nsid assigned.
  [2]
  $ ip netns set c -1
  Error: argument "-1" is wrong: "netnsid" value should be >= 0
  [255]
  $ ip netns set c x
  Error: argument "x" is wrong: Invalid "netnsid" value
  [255]
  $ ip netns set c
  No nsid specified
  [1]
  $ ip netns set
  No netns name specified
  [1]
  $ ip netns set nosuch 3
  Cannot open network namespace "nosuch": No such file or directory
  [1]
  $ ip netns set c 0x10
  $ ip netns list-id
  nsid 0 (iproute2 netns name: b)
  nsid 5 (iproute2 netns name: a)
  nsid 16 (iproute2 netns name: c)
  $ ip netns list-id nsid 16
  nsid 16 (iproute2 netns name: c)
  $ ip netns list-id nsid 3
  Error: Peer netns reference is invalid.
  [2]
  $ ip netns list-id nsid -2
  Error: argument "(null)" is wrong: "nsid" value should be >= 0
  [255]
  $ ip netns list-id nsid 5 nsid 6
  Error: duplicate "nsid": "nsid" is the second value.
  [255]
  $ ip netns list-id bogus
  Usage:	ip netns list
  	ip netns add NAME
  	ip netns attach NAME PID
  	ip netns set NAME NETNSID
  	ip [-all] netns delete [NAME]
  	ip netns identify [PID]
  	ip netns pids NAME
  	ip [-all] netns exec [NAME] cmd ...
  	ip netns monitor
  	ip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]
  NETNSID := auto | POSITIVE-INT
  [255]
  $ ip -n a netns set b 2
  $ ip -n a netns list-id
  nsid 2 (iproute2 netns name: b)
  $ ip netns list-id target-nsid 5
  nsid 2 current-nsid 0 (iproute2 netns name: b)
  $ ip netns list-id target-nsid 5 nsid 0
  nsid 2 current-nsid 0 (iproute2 netns name: b)
  $ ip netns list-id target-nsid 5 nsid 2
  Error: Peer netns reference is invalid.
  [2]
  $ ip netns list-id target-nsid 9
  Error: Invalid target network namespace id.
  Dump terminated
  [1]
  $ ip netns list-id target-nsid 9 nsid 5
  Error: Target netns reference is invalid.
  [2]
  $ ip -j netns list-id
  [{"nsid":0,"name":"b"},{"nsid":5,"name":"a"},{"nsid":16,"name":"c"}]
  $ ip -j netns list
  [{"name":"c","id":16},{"name":"b","id":0},{"name":"a","id":5}]
  $ ip link add v0 type veth peer name v1 netns c
  $ ip link show v0 | sed -n 2p
      link/ether * brd ff:ff:ff:ff:ff:ff link-netns c (glob)
  $ ip link add w0 netns a type veth peer name w1 netns b
  $ ip -n a link show w0 | sed -n 2p
      link/ether * brd ff:ff:ff:ff:ff:ff link-netns b (glob)
  $ ip -n a netns list-id
  nsid 2 (iproute2 netns name: b)
  $ ip -n b netns list-id
  $ ip netns del b
  $ ip netns list-id
  nsid 5 (iproute2 netns name: a)
  nsid 16 (iproute2 netns name: c)
  $ ip -n a netns list-id
  $ ip -n a link show w0 | head -1
  Device "w0" does not exist.
