bridge fdb flush: a bulk delete of the entries matching port, state and flags.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add v1 address 02:00:00:00:00:11 type veth peer name v1p address 02:00:00:00:00:12
  $ ip link add v2 address 02:00:00:00:00:21 type veth peer name v2p address 02:00:00:00:00:22
  $ ip link set v1 master br0
  $ ip link set v2 master br0
  $ for i in 1 2 3; do bridge fdb add 02:00:00:00:aa:0$i dev v1 master static; bridge fdb add 02:00:00:00:bb:0$i dev v2 master static; done
  $ bridge fdb add 02:00:00:00:cc:01 dev v1 master sticky static
  $ bridge fdb flush dev br0 brport v2 static
  $ bridge fdb show br br0 | grep -v 33:33
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:cc:01 dev v1 sticky master br0 static
  02:00:00:00:aa:03 dev v1 master br0 static
  02:00:00:00:aa:02 dev v1 master br0 static
  02:00:00:00:aa:01 dev v1 master br0 static
  02:00:00:00:00:11 dev v1 master br0 permanent
  02:00:00:00:00:21 dev v2 master br0 permanent
  $ bridge fdb flush dev v1 master sticky
  $ bridge fdb show br br0 | grep -v 33:33
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:aa:03 dev v1 master br0 static
  02:00:00:00:aa:02 dev v1 master br0 static
  02:00:00:00:aa:01 dev v1 master br0 static
  02:00:00:00:00:11 dev v1 master br0 permanent
  02:00:00:00:00:21 dev v2 master br0 permanent
  $ bridge fdb flush dev v1 master nopermanent
  $ bridge fdb show br br0 | grep -v 33:33
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:00:11 dev v1 master br0 permanent
  02:00:00:00:00:21 dev v2 master br0 permanent
  $ bridge fdb flush dev v1p
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge fdb flush dev br0
  $ bridge fdb show br br0 | grep -v 33:33
  [1]
  $ bridge fdb flush
  Device is a required argument.
  [255]
  $ bridge fdb flush dev nosuch
  Cannot find bridge device "nosuch"
  [255]
