ip link set on veth, bridge and macvlan: mtu limits and errors, address, arp/multicast/promisc/allmulticast flags, txqueuelen, alias, renaming while up, operstate through up/down.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set a0 mtu 68
  $ ip link set a0 mtu 65535
  $ ip link set a0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip link set a0 mtu abc
  Error: argument "abc" is wrong: Invalid "mtu" value
  [255]
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 65535 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link set a0 mtu 1500 arp off multicast off
  $ ip link show a0
  3: a0@b0: <BROADCAST,NOARP,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link set a0 arp on multicast on promisc on allmulticast on
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,ALLMULTI,PROMISC,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link set a0 promisc off allmulticast off
  $ ip link set a0 txqueuelen 50
  $ ip link set a0 txqlen 60
  $ ip link set a0 txqueuelen -1
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen -1
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link set a0 alias "uplink port"
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen -1
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      alias uplink port
  $ ip -br link show a0
  a0@b0            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link set a0 alias ""
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen -1
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link set a0 address 01:00:5e:00:00:01
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set a0 address 00:00:00:00:00:00
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set a0 address 02:00:00:00:00:0a
  $ ip link set a0 address 02:00:00:00:00:0
  $ ip link set a0 address zz
  "zz" is invalid lladdr.
  [1]
  $ ip link set a0 broadcast ff:ff:ff:ff:ff:fe
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen -1
      link/ether 02:00:00:00:00:00 brd ff:ff:ff:ff:ff:fe
  $ ip link set a0 up
  $ ip link show a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen -1
      link/ether 02:00:00:00:00:00 brd ff:ff:ff:ff:ff:fe
  $ ip link set a0 name c0
  $ ip link set a0 down
  Cannot find device "a0"
  [1]
  $ ip link set a0 name c0
  Cannot find device "a0"
  [1]
  $ ip link show c0
  3: c0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen -1
      link/ether 02:00:00:00:00:00 brd ff:ff:ff:ff:ff:fe
  $ ip link set c0 name b0
  RTNETLINK answers: File exists
  [2]
  $ ip link set c0 name "a b"
  Error: argument "a b" is wrong: "name" not a valid ifname
  [255]
  $ ip link set c0 name 0123456789abcdef
  Error: argument "0123456789abcdef" is wrong: "name" not a valid ifname
  [255]
  $ ip link set c0 up
  $ ip link set b0 up
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: b0@c0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: c0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen -1
      link/ether 02:00:00:00:00:00 brd ff:ff:ff:ff:ff:fe
  $ ip link set b0 down
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@c0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  c0@b0            LOWERLAYERDOWN 02:00:00:00:00:00 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link set br0 mtu 9000
  $ ip link set br0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link show br0
  4: br0: <BROADCAST,MULTICAST> mtu 9000 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip link set b0 master br0
  $ ip link show br0
  4: br0: <BROADCAST,MULTICAST> mtu 9000 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip link set b0 mtu 1400
  $ ip link show br0
  4: br0: <BROADCAST,MULTICAST> mtu 9000 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip link add link c0 name m0 address 02:00:00:00:00:33 type macvlan
  $ ip link set m0 mtu 1501
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set m0 mtu 1000
  $ ip link show m0
  5: m0@c0: <BROADCAST,MULTICAST> mtu 1000 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff
  $ ip link set c0 mtu 900
  $ ip link show m0
  5: m0@c0: <BROADCAST,MULTICAST> mtu 900 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff
