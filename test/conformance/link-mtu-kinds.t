MTU bounds of each kind as ip -d link reports them (minmtu/maxmtu) and as do_setlink() enforces them: lo, veth, bridge, macvlan (bounded by its lower device, following it down and not up), vxlan (65535 less its headers); a veth's MTU change reaches a macvlan on it; the extack texts and exit statuses.
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add link v0 name mv0 address 02:00:00:00:00:03 type macvlan mode bridge
  $ ip link add vx0 address 02:00:00:00:00:04 type vxlan id 5 dstport 4789 local 10.0.0.1
  $ for d in lo v0 br0 mv0 vx0; do ip -d link show $d | grep -o 'minmtu [0-9]* maxmtu [0-9]*'; done
  minmtu 0 maxmtu 0
  minmtu 68 maxmtu 65535
  minmtu 68 maxmtu 65535
  minmtu 68 maxmtu 65535
  minmtu 68 maxmtu 65535
  $ ip link set br0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip link set br0 mtu 65535
  $ ip link set br0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set mv0 mtu 1501
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set mv0 mtu 68
  $ ip link set mv0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set vx0 mtu 65486
  $ ip link set vx0 mtu 65485
  $ ip link set vx0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set lo mtu 67
  $ ip link set lo mtu 100000
  $ ip link set lo mtu 68
  $ ip link set v0 mtu 1400
  $ ip link show mv0
  5: mv0@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 68 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  $ ip link set v0 mtu 1600
  $ ip link show mv0
  5: mv0@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 68 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  $ ip link set mv0 mtu 1600
  $ ip link set mv0 mtu 1601
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -d link show mv0 | grep -o 'minmtu [0-9]* maxmtu [0-9]*'
  minmtu 68 maxmtu 65535
  $ ip link set v0 mtu 9000
  $ ip link set v1 master br0
  $ ip link show br0
  4: br0: <BROADCAST,MULTICAST> mtu 65535 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  $ ip link set v1 mtu 2000
  $ ip link show br0
  4: br0: <BROADCAST,MULTICAST> mtu 65535 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  $ ip link set br0 mtu 1500
  $ ip link show v1
  2: v1@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 2000 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link set v0 mtu abc
  Error: argument "abc" is wrong: Invalid "mtu" value
  [255]
  $ ip link set v0 mtu -1
  Error: mtu less than device minimum.
  [2]
  $ ip link set v0 mtu 1500 mtu 1400
  Error: duplicate "mtu": "1400" is the second value.
  [255]
  $ ip link add v2 mtu 67 type veth
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add v2 mtu 70000 type veth
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add v2 mtu 9000 type veth peer name v3 mtu 68
  $ ip -o link show | sed -E 's/ qdisc.*//'
  1: lo: <LOOPBACK> mtu 68
  2: v1@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 2000
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 9000
  4: br0: <BROADCAST,MULTICAST> mtu 1500
  5: mv0@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 1600
  6: vx0: <BROADCAST,MULTICAST> mtu 65485
  7: v3@v2: <BROADCAST,MULTICAST,M-DOWN> mtu 68
  8: v2@v3: <BROADCAST,MULTICAST,M-DOWN> mtu 9000
