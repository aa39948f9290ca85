A bridge losing its carrier when its only forwarding port loses its own (the port's veth peer goes down): the port's linkwatch event is urgent (iflink differs), the bridge's is not (linkwatch_urgent_event()); ip link show br0 syncs the bridge's pending event (linkwatch_sync_dev() in rtnl_getlink), and on 6.18 a dump half a second later already shows the bridge DOWN, NO-CARRIER, though that run was a full one that started a new second.
  $ ip netns add n
  $ ip -n n link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n n link add p1 address 02:00:00:00:00:01 type veth peer name q1 address 02:00:00:00:01:01
  $ ip -n n link set p1 master br0
  $ ip -n n link set br0 up
  $ ip -n n link set p1 up
  $ ip -n n link set q1 up
  $ sleep 3
  $ ip -n n -br link show br0
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n n link set q1 down
  $ sleep 1
  $ ip -n n -br link show br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ sleep 0.2
  $ ip -n n -br link show br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n n link set q1 up
  $ sleep 3
  $ ip -n n -br link show br0
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n n link set q1 down
  $ sleep 0.5
  $ ip -n n -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  q1@p1            DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST> 
  p1@q1            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ sleep 1
  $ ip -n n -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  q1@p1            DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST> 
  p1@q1            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
