Stacking rules between bridge ports, macvlan lowers and namespaces: a bridge port cannot carry a macvlan and a macvlan lower cannot become a port (one rx_handler per device), a macvlan itself can be a port, passthru is exclusive, a bridge stays in its namespace while a port moved away leaves the bridge.
  $ ip netns add o
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ ip link set p1 master br0
  $ ip link add link p1 name mv0 address 02:00:00:00:aa:01 type macvlan
  RTNETLINK answers: Device or resource busy
  [2]
  $ ip link add link q2 name mv1 address 02:00:00:00:aa:02 type macvlan mode bridge
  $ ip link set q2 master br0
  RTNETLINK answers: Device or resource busy
  [2]
  $ ip link set mv1 master br0
  $ bridge link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  7: mv1@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip link add link lo name mv2 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link br0 name mv3 address 02:00:00:00:aa:03 type macvlan mode passthru
  $ ip link add link br0 name mv4 address 02:00:00:00:aa:04 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link q1 name mv5 address 02:00:00:00:aa:05 type macvlan mode passthru
  $ ip link add link q1 name mv6 address 02:00:00:00:aa:06 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link q1 name mv7 address 02:00:00:00:aa:07 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link show master br0 | grep -o '^[0-9]*: [a-z0-9@]*'
  4: p1@q1
  7: mv1@q2
  $ ip link set br0 netns o
  Error: The interface netns is immutable.
  [2]
  $ ip link set p2 master br0
  $ ip link set p2 netns o
  $ bridge link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  7: mv1@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n o link show p2
  6: p2@if5: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip link set mv1 netns o
  $ bridge link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n o link show mv1
  7: mv1@if5: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:aa:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip link del q1
  $ ip -br link show | sort
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  mv3@br0          DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST,M-DOWN> 
  q2@if6           DOWN           02:00:00:00:91:02 <BROADCAST,MULTICAST> 
