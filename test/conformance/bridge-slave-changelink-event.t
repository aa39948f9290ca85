ip link set ... type bridge_slave (and type bridge) ends do_setlink() with netdev_state_change() (DO_SETLINK_NOTIFY): a NETDEV_CHANGE event and an RTM_NEWLINK, for a device that is up. br_port_carrier_check() then enables a port left disabled by hand (state 0) whose link is up, as a carrier change would; bridge link set (RTM_SETLINK of PF_BRIDGE) does not. ip monitor shows the messages.
  $ ip netns add sw
  $ ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ for p in p1 p2; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set q1 up; ip -n sw link set br0 up
  $ sleep 1
  $ bridge -n sw link set dev p1 state 0; echo $?
  0
  $ bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ bridge -n sw link set dev p1 cost 6; echo $?
  0
  $ bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state disabled priority 32 cost 6 
  $ ip -n sw link set p1 type bridge_slave cost 5; echo $?
  0
  $ bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 5 
  $ bridge -n sw link set dev p1 state 0; echo $?
  0
  $ ip -n sw link set br0 type bridge ageing_time 1000; echo $?
  0
  $ bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state disabled priority 32 cost 5 
  $ ip -n sw link set p1 type bridge_slave; echo $?
  0
  $ bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state disabled priority 32 cost 5 
  $ bridge -n sw link show dev p2
  6: p2@q2: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n sw link set p2 type bridge_slave cost 9; echo $?
  0
  $ bridge -n sw link show dev p2
  6: p2@q2: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 9 
  $ ip -n sw monitor link > /tmp/sweepbr7-mon.txt & sleep 0.3
  $ ip -n sw link set p1 type bridge_slave learning off
  $ ip -n sw link set p2 type bridge_slave learning off
  $ ip -n sw link set br0 type bridge ageing_time 2000
  $ bridge -n sw link set dev p1 learning on
  $ ip -n sw link set q2 type veth
  $ sleep 0.3; kill %1; cat /tmp/sweepbr7-mon.txt
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state UP 
      link/ether 02:00:00:00:90:01
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state UP 
      link/ether 02:00:00:00:90:01
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP group default 
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  6: p2@q2: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 master br0 state LOWERLAYERDOWN 
      link/ether 02:00:00:00:90:02
  6: p2@q2: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue master br0 state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state UP 
      link/ether 02:00:00:00:90:01
