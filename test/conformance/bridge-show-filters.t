Listing filters of bridge and ip for a bridge and its ports: bridge fdb show br/brport/dev/vlan/state/dynamic (and their errors: an unknown state, a device that is no bridge, a missing one, a second filter word), bridge link show dev (a bridge, a port, a device outside any bridge), ip link show master/type bridge/type bridge_slave/-br/-o, bridge fdb get with self/master/dynamic and a vlan; bridge -o, -n with a missing namespace.
  $ ip netns add sw
  $ ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add br1 address 02:00:00:00:99:01 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ ip -n sw link set p1 master br0; ip -n sw link set p2 master br1; ip -n sw link set q1 up; ip -n sw link set p1 up
  $ bridge -n sw fdb add 02:00:00:00:aa:01 dev p1 master static
  $ bridge -n sw fdb add 02:00:00:00:aa:02 dev p1 master dynamic
  RTNETLINK answers: Operation not permitted
  [255]
  $ bridge -n sw fdb add 02:00:00:00:aa:03 dev p2 master
  $ bridge -n sw fdb add 02:00:00:00:aa:04 dev p1 master sticky
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n sw fdb show br br0
  33:33:00:00:00:01 dev br0 self permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:aa:01 dev p1 master br0 static
  02:00:00:00:90:01 dev p1 master br0 permanent
  33:33:00:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  $ bridge -n sw fdb show br br1
  33:33:00:00:00:01 dev br1 self permanent
  02:00:00:00:99:01 dev br1 master br1 permanent
  02:00:00:00:aa:03 dev p2 master br1 permanent
  02:00:00:00:90:02 dev p2 master br1 permanent
  33:33:00:00:00:01 dev p2 self permanent
  $ bridge -n sw fdb show brport p1
  02:00:00:00:aa:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n sw fdb show dev p2
  02:00:00:00:aa:03 master br1 permanent
  02:00:00:00:90:02 master br1 permanent
  33:33:00:00:00:01 self permanent
  $ bridge -n sw fdb show br br0 state permanent
  33:33:00:00:00:01 dev br0 self permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  33:33:00:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  $ bridge -n sw fdb show br br0 state static
  02:00:00:00:aa:01 dev p1 master br0 static
  $ bridge -n sw fdb show br br0 state reachable
  $ bridge -n sw fdb show state stale
  $ bridge -n sw fdb show state 0x40
  02:00:00:00:aa:01 dev p1 master br0 static
  $ bridge -n sw fdb show state bogus; echo $?
  Error: argument "bogus" is wrong: invalid state
  255
  $ bridge -n sw fdb show br br0 dynamic
  02:00:00:00:aa:01 dev p1 master br0 static
  $ bridge -n sw fdb show br br0 vlan 1
  $ bridge -n sw fdb show br p1; echo $?
  0
  $ bridge -n sw fdb show br nosuch; echo $?
  Cannot find bridge device "nosuch"
  255
  $ bridge -n sw fdb show dev nosuch; echo $?
  Cannot find device "nosuch"
  255
  $ bridge -n sw fdb show br br0 br br1; echo $?
  33:33:00:00:00:01 dev br1 self permanent
  02:00:00:00:99:01 dev br1 master br1 permanent
  02:00:00:00:aa:03 dev p2 master br1 permanent
  02:00:00:00:90:02 dev p2 master br1 permanent
  33:33:00:00:00:01 dev p2 self permanent
  0
  $ bridge -n sw fdb show bogus; echo $?
  33:33:00:00:00:01 dev br0 self permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br1 self permanent
  02:00:00:00:99:01 dev br1 master br1 permanent
  33:33:00:00:00:01 dev q1 self permanent
  01:00:5e:00:00:01 dev q1 self permanent
  02:00:00:00:aa:01 dev p1 master br0 static
  02:00:00:00:90:01 dev p1 master br0 permanent
  33:33:00:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev q2 self permanent
  02:00:00:00:aa:03 dev p2 master br1 permanent
  02:00:00:00:90:02 dev p2 master br1 permanent
  33:33:00:00:00:01 dev p2 self permanent
  0
  $ bridge -n sw fdb show dev q1
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n sw link show dev br0; echo $?
  0
  $ bridge -n sw link show dev p2
  7: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br1 state disabled priority 32 cost 2 
  $ bridge -n sw link show dev q1; echo $?
  0
  $ bridge -n sw link show dev nosuch; echo $?
  Cannot find device "nosuch"
  255
  $ bridge -n sw link show bogus; echo $?
  5: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  7: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br1 state disabled priority 32 cost 2 
  0
  $ ip -n sw link show master br1
  7: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br1 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff
  $ ip -n sw -br link show type bridge
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
  br1              DOWN           02:00:00:00:99:01 <BROADCAST,MULTICAST> 
  $ ip -n sw -br link show type bridge_slave
  p1@q1            UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p2@q2            DOWN           02:00:00:00:90:02 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n sw -o link show type bridge_slave | cut -c1-60
  5: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc n
  7: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop m
  $ ip -n sw -br link show master br0 type veth
  p1@q1            UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n sw link show master p1; echo $?
  0
  $ bridge -n sw fdb get 02:00:00:00:aa:01 br br0
  02:00:00:00:aa:01 dev p1 master br0 static
  $ bridge -n sw fdb get 02:00:00:00:aa:01 dev p1
  02:00:00:00:aa:01 dev p1 master br0 static
  $ bridge -n sw fdb get 02:00:00:00:aa:01 br br1; echo $?
  Error: Fdb entry not found.
  254
  $ bridge -n sw fdb get 02:00:00:00:aa:03 br br1 dynamic
  $ bridge -n sw fdb get 02:00:00:00:aa:01 br br0 vlan 5; echo $?
  Error: Fdb entry not found.
  254
  $ bridge -n sw fdb get 33:33:00:00:00:01 dev p1 self; echo $?
  Error: Fdb get operation not supported by device.
  254
  $ bridge -n sw fdb get 02:00:00:00:aa:01 dev p1 self; echo $?
  Error: Fdb get operation not supported by device.
  254
  $ bridge -n sw fdb get 02:00:00:00:aa:01; echo $?
  Device or master and address are required arguments.
  255
  $ bridge -n sw -o fdb show dev p1
  02:00:00:00:aa:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n nosuch fdb show; echo $?
  Cannot open network namespace "nosuch": No such file or directory
  255
