bridge fdb add/append/replace/del with master/self/static/dynamic/permanent, sticky, show filters (br, brport, dev, state, dynamic), and the errors.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ ip link set p1 master br0
  $ ip link set p2 master br0
  $ bridge fdb add 02:00:00:00:aa:01 dev p1 master static
  $ bridge fdb add 02:00:00:00:aa:02 dev p1 master dynamic
  RTNETLINK answers: Operation not permitted
  [255]
  $ bridge fdb add 02:00:00:00:aa:03 dev p2 master
  $ bridge fdb add 02:00:00:00:aa:04 dev p2 master sticky
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge fdb add 02:00:00:00:aa:05 dev p2 master permanent
  $ bridge fdb add 02:00:00:00:aa:06 dev p1 self permanent
  $ bridge fdb add 02:00:00:00:aa:07 dev br0 self permanent
  $ bridge fdb add 02:00:00:00:aa:08 dev br0 master
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:aa:07 dev br0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:aa:01 dev p1 master br0 static
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:aa:06 dev p1 self permanent
  02:00:00:00:aa:05 dev p2 master br0 permanent
  02:00:00:00:aa:03 dev p2 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  $ bridge fdb show dev p1 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:aa:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  02:00:00:00:aa:06 self permanent
  $ bridge fdb show brport p2
  02:00:00:00:aa:05 master br0 permanent
  02:00:00:00:aa:03 master br0 permanent
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ bridge fdb show br br0 state static | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:aa:01 dev p1 master br0 static
  $ bridge fdb show br br0 dynamic
  02:00:00:00:aa:01 dev p1 master br0 static
  $ bridge fdb show br br0 state permanent | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:aa:07 dev br0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:aa:06 dev p1 self permanent
  02:00:00:00:aa:05 dev p2 master br0 permanent
  02:00:00:00:aa:03 dev p2 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  $ bridge fdb add 02:00:00:00:aa:01 dev p1 master static
  RTNETLINK answers: File exists
  [255]
  $ bridge fdb add 02:00:00:00:aa:01 dev p2 master static
  RTNETLINK answers: File exists
  [255]
  $ bridge fdb replace 02:00:00:00:aa:01 dev p2 master static
  $ bridge fdb append 02:00:00:00:aa:09 dev p2 master
  $ bridge fdb replace 02:00:00:00:aa:02 dev p2 master permanent
  $ bridge fdb show brport p2
  02:00:00:00:aa:02 master br0 permanent
  02:00:00:00:aa:09 master br0 permanent
  02:00:00:00:aa:05 master br0 permanent
  02:00:00:00:aa:03 master br0 permanent
  02:00:00:00:aa:01 master br0 static
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ bridge fdb del 02:00:00:00:aa:01 dev p1 master
  RTNETLINK answers: No such file or directory
  [255]
  $ bridge fdb del 02:00:00:00:aa:01 dev p2 master
  $ bridge fdb del 02:00:00:00:aa:01 dev p2 master
  RTNETLINK answers: No such file or directory
  [255]
  $ bridge fdb del 02:00:00:00:90:01 dev p1 master
  $ bridge fdb add 01:00:5e:00:00:05 dev p1 master static
  $ bridge fdb add 00:00:00:00:00:00 dev p1 master static
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge fdb add 02:00:00:00:aa:0a dev nosuch master
  Cannot find device "nosuch"
  [255]
  $ bridge fdb add 02:00:00:00:aa:0a master
  Device and address are required arguments.
  [255]
  $ bridge fdb add zz dev p1 master
  Invalid mac address zz
  [255]
  $ bridge fdb add 02:00:00:00:aa:0a dev p1 master local
  $ bridge fdb add 02:00:00:00:aa:0b dev p1 master vlan 5
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -s fdb show brport p1 | sed -E 's/used [0-9]+\/[0-9]+/used U/'
  02:00:00:00:aa:0a used U master br0 permanent
  01:00:5e:00:00:05 used U master br0 static
  02:00:00:00:aa:06 self permanent
  33:33:00:00:00:01 self permanent
  $ bridge fdb show brport p1 | wc -l
  4
  $ ip link set p1 nomaster
  $ bridge fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:aa:07 dev br0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:aa:02 dev p2 master br0 permanent
  02:00:00:00:aa:09 dev p2 master br0 permanent
  02:00:00:00:aa:05 dev p2 master br0 permanent
  02:00:00:00:aa:03 dev p2 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  $ bridge fdb flush dev br0
  $ bridge fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  [1]
