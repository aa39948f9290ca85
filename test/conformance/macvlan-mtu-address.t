macvlan MTU and MAC address rules: the MTU cannot exceed the lower's, a lower MTU change shrinks its macvlans, an address already used by a sibling is refused, passthru hands address changes to the lower device.
  $ ip link add e0 address 02:00:00:00:00:01 mtu 1400 type veth peer name e1 address 02:00:00:00:00:02
  $ ip link add link e0 name m1 address 02:00:00:00:00:11 type macvlan
  $ ip link add link e0 name m2 address 02:00:00:00:00:12 mtu 1300 type macvlan mode private
  $ ip link add link e0 name m3 address 02:00:00:00:00:13 mtu 1500 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link show m1 | head -1
  4: m1@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link show m2 | head -1
  5: m2@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1300 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link set m1 mtu 1401
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set m1 mtu 1000
  $ ip link set m1 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set e0 mtu 1200
  $ ip link show | grep -o '^[0-9]*: [a-z0-9@]*: .* mtu [0-9]*'
  1: lo: <LOOPBACK> mtu 65536
  2: e1@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500
  3: e0@e1: <BROADCAST,MULTICAST,M-DOWN> mtu 1200
  4: m1@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1000
  5: m2@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1200
  $ ip link set e0 mtu 9000
  $ ip link show | grep -o '^[0-9]*: [a-z0-9@]*: .* mtu [0-9]*'
  1: lo: <LOOPBACK> mtu 65536
  2: e1@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500
  3: e0@e1: <BROADCAST,MULTICAST,M-DOWN> mtu 9000
  4: m1@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1000
  5: m2@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1200
  $ ip link set m1 address 02:00:00:00:00:12
  $ ip link set m1 address 02:00:00:00:00:01
  RTNETLINK answers: Address already in use
  [2]
  $ ip link set m1 address 02:00:00:00:00:21
  $ ip link show m1 | sed -n 2p
      link/ether 02:00:00:00:00:21 brd ff:ff:ff:ff:ff:ff
  $ ip link add link e0 name m4 address 02:00:00:00:00:21 type macvlan
  $ ip link add link e0 name m4 address 02:00:00:00:00:01 type macvlan
  RTNETLINK answers: File exists
  [2]
  $ ip link add link e1 name pt address 02:00:00:00:00:31 type macvlan mode passthru
  $ ip link show e1 | sed -n 2p
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link show pt | sed -n 2p
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link set pt address 02:00:00:00:00:41
  $ ip link show e1 | sed -n 2p
      link/ether 02:00:00:00:00:41 brd ff:ff:ff:ff:ff:ff
  $ ip link show pt | sed -n 2p
      link/ether 02:00:00:00:00:41 brd ff:ff:ff:ff:ff:ff
  $ ip link set pt mtu 1400
  $ ip link show e1 | head -1
  2: e1@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link show pt | head -1
  7: pt@e1: <BROADCAST,MULTICAST,M-DOWN> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link show e1 | grep -o 'PROMISC'
  [1]
  $ ip -d link show e1 | grep -o 'promiscuity [0-9]*'
  promiscuity 0
  $ ip -d link show e0 | grep -o 'promiscuity [0-9]*'
  promiscuity 0
