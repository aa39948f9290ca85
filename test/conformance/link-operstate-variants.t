Carrier and operstate through up/down orders: veth peers, a bridge over its ports, a macvlan over its lower device, carrier on/off requests, protodown, and the sysfs view in a namespace.
  $ ip netns add n
  $ ip -n n link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip -n n link set a0 up
  $ ip -n n -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@a0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip netns exec n cat /sys/class/net/a0/operstate /sys/class/net/a0/carrier /sys/class/net/b0/operstate
  lowerlayerdown
  0
  down
  $ ip netns exec n cat /sys/class/net/b0/carrier
  cat: /sys/class/net/b0/carrier: Invalid argument
  [1]
  $ ip -n n link set b0 up
  $ ip -n n -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@a0            UP             02:00:00:00:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  a0@b0            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip netns exec n cat /sys/class/net/a0/carrier_changes /sys/class/net/b0/carrier_changes
  2
  2
  $ ip -n n link set a0 carrier off
  RTNETLINK answers: Operation not supported
  [2]
  $ ip -n n link set a0 protodown on
  Error: Protodown not supported by device.
  [2]
  $ ip -n n link set a0 down
  $ ip -n n -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@a0            LOWERLAYERDOWN 02:00:00:00:00:02 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  a0@b0            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  $ ip -n n link show b0
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip -n n link set a0 up
  $ ip netns exec n cat /sys/class/net/a0/carrier_changes /sys/class/net/b0/carrier_changes
  4
  4
  $ ip -n n link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n n link set br0 up
  $ ip -n n -br link show br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n n link set b0 master br0
  $ ip -n n -br link show br0
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ sleep 0.1
  $ ip -n n -br link show br0
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n n link set b0 down
  $ ip -n n -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@a0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP> 
  $ ip -n n link set b0 up
  $ ip -n n link add link a0 name m0 address 02:00:00:00:00:33 type macvlan
  $ ip -n n -br link show m0
  m0@a0            DOWN           02:00:00:00:00:33 <BROADCAST,MULTICAST> 
  $ ip -n n link set m0 up
  $ ip -n n -br link show m0
  m0@a0            UP             02:00:00:00:00:33 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n n link set a0 down
  $ ip -n n -br link show m0
  m0@a0            LOWERLAYERDOWN 02:00:00:00:00:33 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ ip -n n link show m0
  5: m0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff
  $ ip -n n link set a0 up
  $ ip -n n -br link show m0
  m0@a0            UP             02:00:00:00:00:33 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n n link set lo up
  $ ip -n n -br link show lo
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  $ ip -n n link show up
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  4: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  5: m0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff
  $ ip -n n link del b0
  $ ip -n n -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP> 
  $ ip netns exec n ls /sys/class/net
  br0
  lo
