Bridge and port named by altname (ip link property add altname) in ip link set master, bridge link set/show dev, bridge fdb add/show br/brport, bridge mdb add and macvlan link; short and long (>15 bytes) altnames.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link property add dev br0 altname swbr altname a-very-long-bridge-altname
  $ ip link property add dev p1 altname port1 altname a-very-long-port-altname-x
  $ for m in swbr a-very-long-bridge-altname; do ip link set p1 master $m 2>&1; echo "rc $?"; ip link set p1 nomaster; done
  rc 0
  rc 0
  $ ip link set port1 master swbr 2>&1; echo "rc $?"
  rc 0
  $ ip link set a-very-long-port-altname-x master br0 2>&1; echo "rc $?"
  rc 0
  $ for d in port1 a-very-long-port-altname-x; do bridge link set dev $d cost 9 2>&1; echo "rc $?"; bridge link show dev $d 2>&1; echo "rc $?"; done
  rc 0
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 9 
  rc 0
  rc 0
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 9 
  rc 0
  $ for b in swbr a-very-long-bridge-altname; do bridge fdb add 02:00:00:00:a0:01 dev port1 master static 2>&1; echo "rc $?"; bridge fdb show br $b 2>&1 | grep a0:01; bridge fdb show brport a-very-long-port-altname-x 2>&1 | grep a0:01; bridge fdb del 02:00:00:00:a0:01 dev a-very-long-port-altname-x master 2>&1; echo "rc $?"; done
  rc 0
  02:00:00:00:a0:01 dev p1 master br0 static
  02:00:00:00:a0:01 master br0 static
  rc 0
  rc 0
  02:00:00:00:a0:01 dev p1 master br0 static
  02:00:00:00:a0:01 master br0 static
  rc 0
  $ bridge mdb add dev swbr port port1 grp 239.1.1.1 permanent 2>&1; echo "rc $?"
  Error: bridge: Bridge device is not running.
  rc 255
  $ bridge mdb add dev a-very-long-bridge-altname port a-very-long-port-altname-x grp 239.1.1.2 permanent 2>&1; echo "rc $?"
  Error: bridge: Bridge device is not running.
  rc 255
  $ bridge mdb show dev swbr 2>&1; echo "rc $?"
  rc 0
  $ ip link add mv0 link q1 address 02:00:00:00:00:20 type macvlan 2>&1; ip link property add dev q1 altname lowerq; ip link add mv1 link lowerq address 02:00:00:00:00:21 type macvlan 2>&1; echo "rc $?"
  rc 0
  $ ip -br link show type macvlan
  mv0@q1           DOWN           02:00:00:00:00:20 <BROADCAST,MULTICAST,M-DOWN> 
  mv1@q1           DOWN           02:00:00:00:00:21 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link show master swbr 2>&1 | head -1; echo "rc $?"
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
  rc 0
  $ ip -br link show dev port1
  p1@q1            DOWN           02:00:00:00:90:01 <BROADCAST,MULTICAST,M-DOWN> 
