A bridge's carrier: with no port it is NO-CARRIER and DOWN once up; a port that is down or has no carrier changes nothing; a forwarding port brings carrier; the last port leaving takes it away again. sysfs carrier/operstate and ip -br show the same.
  $ ip netns add n
  $ ip -n n link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n n link show br0
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip netns exec n cat /sys/class/net/br0/operstate
  down
  $ ip -n n link set br0 up
  $ ip -n n link show br0
  2: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip netns exec n cat /sys/class/net/br0/operstate /sys/class/net/br0/carrier
  down
  0
  $ ip -n n -br link show br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n n link add p1 address 02:00:00:00:00:01 type veth peer name q1 address 02:00:00:00:01:01
  $ ip -n n link set p1 master br0
  $ ip -n n -br link show br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ bridge -n n link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n n link set p1 up
  $ ip -n n -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  q1@p1            DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST> 
  p1@q1            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  $ bridge -n n link show
  4: p1@q1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n n link set q1 up
  $ sleep 2
  $ ip -n n -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  q1@p1            UP             02:00:00:00:01:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p1@q1            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n n link show
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip netns exec n cat /sys/class/net/br0/operstate /sys/class/net/br0/carrier
  up
  1
  $ ip -n n link add p2 address 02:00:00:00:00:00 type veth peer name q2 address 02:00:00:00:01:02
  $ ip -n n link set p2 master br0
  $ ip -n n -br link show br0
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n n link set q1 down
  $ sleep 2
  $ ip -n n -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  q1@p1            DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST> 
  p1@q1            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  q2@p2            DOWN           02:00:00:00:01:02 <BROADCAST,MULTICAST,M-DOWN> 
  p2@q2            DOWN           02:00:00:00:00:00 <BROADCAST,MULTICAST,M-DOWN> 
  $ bridge -n n link show
  4: p1@q1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n n link set p1 nomaster
  $ sleep 2
  $ ip -n n -br link show br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n n link set p2 up
  $ ip -n n link set q2 up
  $ sleep 2
  $ ip -n n -br link show br0
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n n link show
  6: p2@q2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n n link del p2
  $ sleep 2
  $ ip -n n -br link show br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n n link set br0 down
  $ ip -n n -br link show br0
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
