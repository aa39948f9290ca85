bridge fdb extern_learn entries (br_fdb_external_learn_add(): no ageing, no state, sticky ignored, kept by a later replace), flushes by flag, router/use entries, and bridge fdb get with master/self (a veth has no ndo_fdb_get).
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ bridge fdb add 02:00:00:00:aa:01 dev p1 master static
  $ bridge fdb add 02:00:00:00:aa:02 dev p2 master extern_learn
  $ bridge fdb add 02:00:00:00:aa:03 dev p2 master
  $ bridge fdb show br br0 | grep aa:
  02:00:00:00:aa:01 dev p1 master br0 static
  02:00:00:00:aa:03 dev p2 master br0 permanent
  02:00:00:00:aa:02 dev p2 extern_learn master br0 
  $ bridge fdb flush dev br0 static
  $ bridge fdb show br br0 | grep aa:
  02:00:00:00:aa:03 dev p2 master br0 permanent
  02:00:00:00:aa:02 dev p2 extern_learn master br0 
  $ bridge fdb flush dev br0 extern_learn
  $ bridge fdb show br br0 | grep aa:
  02:00:00:00:aa:03 dev p2 master br0 permanent
  $ bridge fdb flush dev p1
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge fdb flush dev br0 brport p2 nodynamic
  $ bridge fdb show br br0 | grep aa:
  [1]
  $ bridge fdb add 02:00:00:00:aa:04 dev p1 master router
  $ bridge fdb add 02:00:00:00:aa:05 dev p1 master use
  $ bridge fdb show br br0 | grep aa:
  02:00:00:00:aa:04 dev p1 master br0 permanent
  $ bridge fdb add 02:00:00:00:aa:06 dev p1 master extern_learn sticky
  $ bridge -d fdb show br br0 | grep aa:
  02:00:00:00:aa:06 dev p1 extern_learn master br0 
  02:00:00:00:aa:04 dev p1 master br0 permanent
  $ bridge -s fdb show br br0 | grep aa: | sed -E 's/used [0-9]+\/[0-9]+/used U/'
  02:00:00:00:aa:06 dev p1 used U extern_learn master br0 
  02:00:00:00:aa:04 dev p1 used U master br0 permanent
  $ bridge -j fdb show br br0 | head -c 300; echo
  [{"mac":"33:33:00:00:00:01","ifname":"br0","flags":["self"],"state":"permanent"},{"mac":"02:00:00:00:99:99","ifname":"br0","flags":[],"master":"br0","state":"permanent"},{"mac":"02:00:00:00:aa:06","ifname":"p1","flags":["extern_learn"],"master":"br0","state":""},{"mac":"02:00:00:00:aa:04","ifname":"
  $ bridge fdb replace 02:00:00:00:aa:06 dev p2 master
  $ bridge fdb show br br0 | grep aa:06
  02:00:00:00:aa:06 dev p2 extern_learn master br0 permanent
  $ ip link set br0 type bridge fdb_flush
  $ bridge fdb show br br0 | grep aa:
  02:00:00:00:aa:04 dev p1 master br0 permanent
  02:00:00:00:aa:06 dev p2 extern_learn master br0 permanent
  $ ip link set p1 type bridge_slave fdb_flush
  $ bridge fdb get 02:00:00:00:90:01 br br0
  02:00:00:00:90:01 dev p1 master br0 permanent
  $ bridge fdb get 02:00:00:00:90:01 dev p1 master
  02:00:00:00:90:01 dev p1 master br0 permanent
  $ bridge fdb get 02:00:00:00:90:01 dev p2 master
  02:00:00:00:90:01 dev p1 master br0 permanent
  $ bridge fdb get 02:00:00:00:90:01 dev p1 self
  Error: Fdb get operation not supported by device.
  [254]
  $ bridge fdb get 33:33:00:00:00:01 dev p1 self
  Error: Fdb get operation not supported by device.
  [254]
  $ bridge fdb get 02:00:00:00:90:01 br br0 dev p1
  Error: Master and device are mutually exclusive.
  [254]
  $ bridge fdb add 02:00:00:00:aa:07 dev br0 self extern_learn
  $ bridge fdb add 02:00:00:00:aa:08 dev br0 master extern_learn
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge fdb show br br0 | grep -e aa:07 -e aa:08
  02:00:00:00:aa:07 dev br0 extern_learn master br0 permanent
  $ ip link set br0 type bridge ageing_time 100
  $ ip link set p1 up; ip link set q1 up; ip link set br0 up
  $ bridge fdb add 02:00:00:00:aa:09 dev p1 master extern_learn
  $ bridge fdb add 02:00:00:00:aa:0a dev p1 master dynamic
  $ sleep 4
  $ bridge fdb show br br0 | grep -e aa:09 -e aa:0a
  02:00:00:00:aa:09 dev p1 extern_learn master br0 
