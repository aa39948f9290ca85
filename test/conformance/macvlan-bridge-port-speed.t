Port costs follow the ethtool speed of the port device: a veth 10 Gb/s (2), a macvlan its lower's, a macvlan on a bridge the bridge's fastest up port (none up: unknown, 100), a macvtap likewise.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add br1 address 02:00:00:00:99:98 type bridge
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link add link v1 name mv0 address 02:00:00:00:00:11 type macvlan
  $ ip link add link br1 name mv1 address 02:00:00:00:00:12 type macvlan
  $ ip link add link v1 name mt0 address 02:00:00:00:00:13 type macvtap
  $ ip link set mv0 master br0
  $ ip link set mv1 master br0
  $ ip link set mt0 master br0
  RTNETLINK answers: Device or resource busy
  [2]
  $ bridge link show
  6: mv0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  7: mv1@br1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 100 
  $ ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
  $ ip link set v2 master br1
  $ ip link set v2 up; ip link set v3 up; ip link set br1 up; ip link set br0 up
  $ ip link set mv1 up
  $ sleep 1
  $ bridge link show dev mv1
  7: mv1@br1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 100 
  $ ip link set mv1 nomaster; ip link set mv1 master br0
  $ bridge link show dev mv1
  7: mv1@br1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip link set br0 type bridge stp_state 1
  $ ip -d link show mv0 | grep -o 'cost [0-9]*'
  cost 2
  cost 0
