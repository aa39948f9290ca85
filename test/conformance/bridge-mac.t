The bridge's MAC: the lowest port MAC unless set by the user; it follows
port changes and becomes zero without ports; a set address stays.
  $ ip link add br0 type bridge
  $ ip link add a1 address 02:00:00:00:00:33 type veth peer name b1 address 02:00:00:00:00:44
  $ ip link add a2 address 02:00:00:00:00:22 type veth peer name b2 address 02:00:00:00:00:55
  $ ip link set a1 master br0
  $ ip link show br0 | sed -n 2p
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff
  $ ip link set a2 master br0
  $ ip link show br0 | sed -n 2p
      link/ether 02:00:00:00:00:22 brd ff:ff:ff:ff:ff:ff
  $ ip link set a2 address 02:00:00:00:00:66
  $ ip link show br0 | sed -n 2p
      link/ether 02:00:00:00:00:33 brd ff:ff:ff:ff:ff:ff
  $ bridge fdb show br br0 | grep -v 33:33
  02:00:00:00:00:33 dev a1 master br0 permanent
  02:00:00:00:00:66 dev a2 master br0 permanent
  $ ip link set a1 nomaster
  $ ip link show br0 | sed -n 2p
      link/ether 02:00:00:00:00:66 brd ff:ff:ff:ff:ff:ff
  $ ip link set a2 nomaster
  $ ip link show br0 | sed -n 2p
      link/ether 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff
  $ ip -d link show br0 | grep -o 'bridge_id [^ ]*'
  bridge_id 8000.0:0:0:0:0:0
  $ ip link set br0 address 02:00:00:00:00:99
  $ ip link set a1 master br0
  $ ip link show br0 | sed -n 2p
      link/ether 02:00:00:00:00:99 brd ff:ff:ff:ff:ff:ff
  $ bridge fdb show br br0 | grep -v 33:33
  02:00:00:00:00:99 dev br0 master br0 permanent
  02:00:00:00:00:33 dev a1 master br0 permanent
  $ ip -d link show br0 | grep -o 'bridge_id [^ ]*'
  bridge_id 8000.2:0:0:0:0:99
  $ ip link add br1 address 02:00:00:00:00:77 type bridge
  $ ip link set a2 master br1
  $ ip link show br1 | sed -n 2p
      link/ether 02:00:00:00:00:77 brd ff:ff:ff:ff:ff:ff
  $ ip link set br0 address 01:00:00:00:00:01
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set br0 up
  $ ip link set br0 address 02:00:00:00:00:98
  $ ip link show br0 | sed -n 2p
      link/ether 02:00:00:00:00:98 brd ff:ff:ff:ff:ff:ff
  $ ip link set br0 mtu 1400
  $ ip link set a1 mtu 1300
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1400
