A move to another namespace at a chosen index (ip link set DEV netns NS index N: IFLA_NEW_IFINDEX): refused with the kernel's message when the index is taken there, kept otherwise; without index the old one is kept when free, else the next free one; index without a move is refused by ip; a move into the namespace the device is in changes nothing.
  $ ip netns add n1
  $ ip link add index 10 a0 address 02:00:00:00:00:01 type veth peer name a1 address 02:00:00:00:00:02
  $ ip -n n1 link add index 10 b0 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link set a0 netns n1 index 10
  Error: The ifindex 10 is not available in the target netns.
  [2]
  $ ip link set a0 netns n1 index 3
  $ ip -n n1 -o link show | cut -d: -f1,2
  1: lo
  2: b1@b0
  3: a0@if2
  10: b0@b1
  $ ip link set a1 netns n1
  $ ip -n n1 -o link show | cut -d: -f1,2
  1: lo
  2: b1@b0
  3: a0@a1
  4: a1@a0
  10: b0@b1
  $ ip -n n1 link set a0 index 5
  index can be used only when creating devices or when moving device to another netns.
  [255]
  $ ip -n n1 link set a0 netns n1 index 5
  $ ip -n n1 link show a0 | head -1
  3: a0@a1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
