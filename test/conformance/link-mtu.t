MTU limits and errors for veth (68..65535) and lo, and how mtu shows in ip link / ip addr.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link set dev a0 mtu 1280
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1280 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link show b0
  2: b0@a0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip link set dev a0 mtu 68
  $ ip link set dev a0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set dev a0 mtu 65535
  $ ip link set dev a0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip link set dev a0 mtu 0
  Error: mtu less than device minimum.
  [2]
  $ ip link set dev a0 mtu -1
  Error: mtu less than device minimum.
  [2]
  $ ip link set dev a0 mtu abc
  Error: argument "abc" is wrong: Invalid "mtu" value
  [255]
  $ ip link set dev a0 mtu
  Command line is not complete. Try option "help"
  [255]
  $ ip -o link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 65535 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link set dev nosuch mtu 1400
  Cannot find device "nosuch"
  [1]
  $ ip link set dev lo mtu 2147483647
  $ ip link set dev lo mtu 2147483648
  Error: argument "2147483648" is wrong: Invalid "mtu" value
  [255]
  $ ip link show lo
  1: lo: <LOOPBACK> mtu 2147483647 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip link set dev lo mtu 1500 up
  $ sysctl -w net.ipv4.conf.lo.accept_local=1
  net.ipv4.conf.lo.accept_local = 1
  $ ip -4 -o addr show dev lo
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  $ ip link set dev lo mtu 67
  $ ip -4 -o addr show dev lo
  $ ip -4 route show table all
  $ sysctl net.ipv4.conf.lo.accept_local
  sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/accept_local: No such file or directory
  [1]
  $ ip link set dev lo mtu 65536
  $ ip -4 -o addr show dev lo
  $ sysctl net.ipv4.conf.lo.accept_local
  net.ipv4.conf.lo.accept_local = 0
  $ ip link set dev lo down
  $ ip link set dev lo up
  $ ip -4 -o addr show dev lo
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  $ ip link add a1 mtu 9000 address 02:00:00:00:00:03 type veth peer name b1 mtu 1400 address 02:00:00:00:00:04
  $ ip -br link show
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  b0@a0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  a0@b0            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  b1@a1            DOWN           02:00:00:00:00:04 <BROADCAST,MULTICAST,M-DOWN> 
  a1@b1            DOWN           02:00:00:00:00:03 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link add a2 mtu 70000 type veth peer name b2
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add a2 mtu 60 type veth peer name b2
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -br link show
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  b0@a0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST,M-DOWN> 
  a0@b0            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  b1@a1            DOWN           02:00:00:00:00:04 <BROADCAST,MULTICAST,M-DOWN> 
  a1@b1            DOWN           02:00:00:00:00:03 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip addr add 10.0.0.1/24 dev a1
  $ ip -4 addr show dev a1
  5: a1@b1: <BROADCAST,MULTICAST,M-DOWN> mtu 9000 qdisc noop state DOWN group default qlen 1000
      inet 10.0.0.1/24 scope global a1
         valid_lft forever preferred_lft forever
  $ ip link set a1 mtu 1500 up
  $ ip link show a1
  5: a1@b1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
