STP port protections: a port with guard on is disabled by the first BPDU it gets (and counts it), a root_block port that hears a better root stays listening until root_block goes off, when it becomes the root port.
  $ ip netns add a
  $ ip netns add b
  $ ip -n a link add bra address 02:00:00:00:0a:00 type bridge stp_state 1 hello_time 100 forward_delay 400 priority 4096
  $ ip -n b link add brb address 02:00:00:00:0b:00 type bridge stp_state 1 hello_time 100 forward_delay 400
  $ ip link add pa netns a address 02:00:00:00:0a:01 type veth peer name pb netns b address 02:00:00:00:0b:01
  $ ip link add pa2 netns a address 02:00:00:00:0a:02 type veth peer name pb2 netns b address 02:00:00:00:0b:02
  $ ip -n a link set pa master bra; ip -n b link set pb master brb
  $ ip -n a link set pa2 master bra; ip -n b link set pb2 master brb
  $ bridge -n b link set dev pb guard on
  $ bridge -n b link set dev pb2 root_block on
  $ for d in pa pa2 bra; do ip -n a link set $d up; done
  $ for d in pb pb2 brb; do ip -n b link set $d up; done
  $ sleep 3
  $ bridge -n b link show
  3: pb: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master brb state disabled priority 32 cost 2 
  4: pb2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master brb state listening priority 32 cost 2 
  $ bridge -n a link show
  3: pa: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master bra state listening priority 32 cost 2 
  4: pa2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master bra state listening priority 32 cost 2 
  $ ip -n b -d link show brb | grep -o 'root_port [0-9]*\|designated_root [0-9a-f.:]*\|root_path_cost [0-9]*'
  designated_root 8000.2:0:0:0:b:0
  root_port 0
  root_path_cost 0
  $ ip -n b -d link show pb2 | grep -o 'root_block [a-z]*\|designated_root [0-9a-f.:]*\|state [a-z]*'
  state 
  state listening
  root_block on
  designated_root 8000.2:0:0:0:b:0
  $ ip -n b link xstats type bridge_slave stp dev pb | sed -E 's/RX: [0-9]+ TX: [0-9]+$/RX: N TX: N/'
  pb              
                      STP BPDU:  RX: N TX: N
                      STP TCN:   RX: N TX: N
                      STP Transitions: Blocked: 2 Forwarding: 0
  $ sleep 8
  $ bridge -n b link show
  3: pb: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master brb state disabled priority 32 cost 2 
  4: pb2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master brb state listening priority 32 cost 2 
  $ bridge -n a link show
  3: pa: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master bra state forwarding priority 32 cost 2 
  4: pa2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master bra state forwarding priority 32 cost 2 
  $ bridge -n b link set dev pb2 root_block off
  $ sleep 10
  $ bridge -n b link show
  3: pb: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master brb state disabled priority 32 cost 2 
  4: pb2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master brb state forwarding priority 32 cost 2 
  $ ip -n b -d link show brb | grep -o 'root_port [0-9]*\|root_path_cost [0-9]*'
  root_port 2
  root_path_cost 2
