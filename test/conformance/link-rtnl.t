ip link requests as rtnetlink answers them: an unknown kind, an existing name, deleting lo, mtu bounds with their extack texts, up and arp off given at creation (a peer cannot come up before it is tied: ENOTCONN; the carrier state of a device created down reaches linkwatch within a second, hence the sleep), default vethN names (the peer registers first) and a peer without its own attributes (it takes the device's mtu), group and alias, txqueuelen, a rename with a move to another namespace, and errors that stop do_setlink half way (the mtu is applied before the rename fails).
  $ ip link add x0 type nosuchkind
  Error: Unknown device type.
  [2]
  $ ip link add lo type veth
  RTNETLINK answers: File exists
  [2]
  $ ip link del lo
  RTNETLINK answers: Operation not supported
  [2]
  $ ip link add a0 type veth peer name b0 up
  RTNETLINK answers: Transport endpoint is not connected
  [2]
  $ ip link show b0
  Device "b0" does not exist.
  [1]
  $ ip link add a0 mtu 1400 up address 02:00:00:00:00:01 type veth peer name b0 arp off address 02:00:00:00:00:02
  $ sleep 1
  $ ip -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@a0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,NOARP> 
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip link show b0
  3: b0@a0: <BROADCAST,MULTICAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link add address 02:00:00:00:00:10 type veth peer address 02:00:00:00:00:11
  $ ip link add mtu 9000 type veth
  $ ip -o link show | cut -d' ' -f2,5
  lo: 65536
  b0@a0: 1500
  a0@b0: 1400
  veth0@veth1: 1500
  veth1@veth0: 1500
  veth2@veth3: 9000
  veth3@veth2: 9000
  $ ip link set a0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set a0 mtu 70000
  Error: mtu greater than device maximum.
  [2]
  $ ip link set a0 group 5 alias "uplink one" txqueuelen 77
  $ ip link show a0
  4: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group 5 qlen 77
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      alias uplink one
  $ ip link set a0 mtu 1300 name b0
  RTNETLINK answers: File exists
  [2]
  $ ip link show a0 | head -1
  4: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1300 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group 5 qlen 77
  $ ip netns add x
  $ ip link set veth0 netns x name v0
  $ ip -n x link show v0
  5: v0@if6: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip link show veth1
  6: veth1@if5: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff link-netns x
  $ ip link set a0 address 02:00:00:00:00:aa broadcast 02:ff:ff:ff:ff:ff
  $ ip link show a0
  4: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1300 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group 5 qlen 77
      link/ether 02:00:00:00:00:aa brd 02:ff:ff:ff:ff:ff
      alias uplink one
  $ ip link del a0
  $ ip link show b0
  Device "b0" does not exist.
  [1]
