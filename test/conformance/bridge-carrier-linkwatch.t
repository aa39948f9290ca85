A bridge's carrier follows its ports; losing it is a non-urgent link event: within a second of the last linkwatch run a dump (ip -br link) still shows the old operstate, a single-device query (ip link show DEV) syncs it, and a second later both agree.
  $ ip netns add n
  $ ip -n n link add br0 type bridge
  $ ip -n n link set br0 up
  $ ip -n n -br link show br0 | cut -c1-30
  br0              UNKNOWN      
  $ ip -n n link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip -n n link set p1 master br0
  $ ip -n n -br link | grep br0 | cut -c1-30
  br0              UNKNOWN      
  $ ip -n n link set p1 up
  $ ip -n n link set q1 up
  $ ip -n n -br link | grep br0
  br0              UNKNOWN        02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ sleep 1.2
  $ ip -n n link set q1 down
  $ ip -n n -br link | grep br0
  br0              UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP> 
  $ ip -n n -br link | grep br0
  br0              UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP> 
  $ ip -n n -br link show br0
  br0              DOWN           02:00:00:00:90:01 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n n -br link | grep br0
  br0              DOWN           02:00:00:00:90:01 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n n link set q1 up
  $ ip -n n -br link | grep br0
  br0              UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ sleep 1.2
  $ ip -n n link set p1 down
  $ ip -n n -br link | grep br0
  br0              UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP> 
  $ sleep 1.2
  $ ip -n n -br link | grep br0
  br0              DOWN           02:00:00:00:90:01 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n n -s -s link show br0 | tail -1
                       0      0       0       0       5 
  $ ip -n n link set p1 up
  $ ip -n n link set p1 nomaster
  $ ip -n n -br link | grep br0
  br0              UP             00:00:00:00:00:00 <BROADCAST,MULTICAST,UP> 
  $ ip -n n link show br0
  2: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff
