ip link set: mtu, address, alias, txqueuelen, arp off, promisc, allmulticast, name, and their errors.
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set d0 mtu 9000
  $ ip link set d0 txqueuelen 500
  $ ip link set d0 alias "uplink to core"
  $ ip link set d0 arp off
  $ ip link set d0 promisc on
  $ ip link set d0 allmulticast on
  $ ip link set d0 address 02:aa:bb:cc:dd:ee
  $ ip link set d0 broadcast ff:ff:ff:ff:ff:fe
  $ ip link show d0
  3: d0@e0: <BROADCAST,MULTICAST,NOARP,ALLMULTI,PROMISC,M-DOWN> mtu 9000 qdisc noop state DOWN mode DEFAULT group default qlen 500
      link/ether 02:aa:bb:cc:dd:ee brd ff:ff:ff:ff:ff:fe
      alias uplink to core
  $ ip -j link show d0
  [{"ifindex":3,"link":"e0","ifname":"d0","flags":["BROADCAST","MULTICAST","NOARP","ALLMULTI","PROMISC","M-DOWN"],"mtu":9000,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":500,"link_type":"ether","address":"02:aa:bb:cc:dd:ee","broadcast":"ff:ff:ff:ff:ff:fe","ifalias":"uplink to core"}]
  $ ip link set d0 alias ""
  $ ip link show d0
  3: d0@e0: <BROADCAST,MULTICAST,NOARP,ALLMULTI,PROMISC,M-DOWN> mtu 9000 qdisc noop state DOWN mode DEFAULT group default qlen 500
      link/ether 02:aa:bb:cc:dd:ee brd ff:ff:ff:ff:ff:fe
  $ ip link set d0 arp on promisc off allmulticast off
  $ ip link set d0 up; ip link set e0 up
  $ ip link show d0
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9000 qdisc noqueue state UP mode DEFAULT group default qlen 500
      link/ether 02:aa:bb:cc:dd:ee brd ff:ff:ff:ff:ff:fe
  $ ip link set d0 mtu 70000
  Error: mtu greater than device maximum.
  [2]
  $ ip link set d0 mtu 0
  Error: mtu less than device minimum.
  [2]
  $ ip link set d0 mtu abc
  Error: argument "abc" is wrong: Invalid "mtu" value
  [255]
  $ ip link set d0 txqueuelen abc
  Error: argument "abc" is wrong: Invalid "txqueuelen" value
  [255]
  $ ip link set d0 address 02:aa
  Invalid address length 2 - must be 6 bytes
  [1]
  $ ip link set d0 address 01:00:00:00:00:01
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set d0 address zz:00:00:00:00:01
  "zz" is invalid lladdr.
  [1]
  $ ip link set nosuch up
  Cannot find device "nosuch"
  [1]
  $ ip link set dev d0 name lo
  RTNETLINK answers: File exists
  [2]
  $ ip link set dev d0 name d1
  $ ip link show d1
  3: d1@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9000 qdisc noqueue state UP mode DEFAULT group default qlen 500
      link/ether 02:aa:bb:cc:dd:ee brd ff:ff:ff:ff:ff:fe
  $ ip link set d1 down; ip link set d1 name "a b"
  Error: argument "a b" is wrong: "name" not a valid ifname
  [255]
  $ ip link set d1 name 0123456789abcdefg
  Error: argument "0123456789abcdefg" is wrong: "name" not a valid ifname
  [255]
  $ ip link set d1 foo
  Error: either "dev" is duplicate, or "foo" is a garbage.
  [255]
  $ ip link set d1 promisc maybe
  Error: argument of "promisc" must be "on" or "off", not "maybe"
  [1]
  $ ip link set
  Not enough information: "dev" argument is required.
  [255]
  $ ip link set d1 group 5
  $ ip link show group 5
  3: d1@e0: <BROADCAST,MULTICAST> mtu 9000 qdisc noqueue state DOWN mode DEFAULT group 5 qlen 500
      link/ether 02:aa:bb:cc:dd:ee brd ff:ff:ff:ff:ff:fe
  $ ip link set d1 qlen 100; ip link show d1
  3: d1@e0: <BROADCAST,MULTICAST> mtu 9000 qdisc noqueue state DOWN mode DEFAULT group 5 qlen 100
      link/ether 02:aa:bb:cc:dd:ee brd ff:ff:ff:ff:ff:fe
