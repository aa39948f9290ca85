Changing a bridge's priority moves the root: s3 with priority 4096 takes over
from s1 (lowest MAC), root ports and the blocked port move accordingly, and the
ports that change role go through listening and learning again.
  $ for s in s1 s2 s3; do ip netns add $s; done
  $ for i in 1 2 3; do ip -n s$i link add br0 address 02:00:00:00:0$i:00 type bridge stp_state 1 forward_delay 300 hello_time 100; done
  $ ip link add a2 netns s1 address 02:00:00:00:01:02 type veth peer name a1 netns s2 address 02:00:00:00:02:01
  $ ip link add a3 netns s2 address 02:00:00:00:02:03 type veth peer name a2 netns s3 address 02:00:00:00:03:02
  $ ip link add a1 netns s3 address 02:00:00:00:03:01 type veth peer name a3 netns s1 address 02:00:00:00:01:03
  $ ip -n s1 link set a2 master br0; ip -n s1 link set a3 master br0
  $ ip -n s2 link set a1 master br0; ip -n s2 link set a3 master br0
  $ ip -n s3 link set a1 master br0; ip -n s3 link set a2 master br0
  $ for i in 1 2 3; do ip -n s$i link set br0 up; for p in a1 a2 a3; do ip -n s$i link set $p up 2>/dev/null; done; done
  [1]
  $ sleep 5
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: a2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  4: a3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  3: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  4: a3@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  3: a2@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  $ for i in 1 2 3; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  8000.020000000100 8000.020000000100 0 0
  8000.020000000200 8000.020000000100 1 2
  8000.020000000300 8000.020000000100 1 2
  $ ip -n s3 link set br0 type bridge priority 4096
  $ ip netns exec s3 cat /sys/class/net/br0/bridge/bridge_id /sys/class/net/br0/bridge/root_id /sys/class/net/br0/bridge/root_port
  1000.020000000300
  1000.020000000300
  0
  $ sleep 2
  $ for i in 1 2 3; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  8000.020000000100 1000.020000000300 2 2
  8000.020000000200 1000.020000000300 2 2
  1000.020000000300 1000.020000000300 0 0
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: a2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: a3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  3: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: a3@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  3: a2@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  4: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ sleep 5
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: a2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: a3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  3: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: a3@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  3: a2@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n s1 -d link show br0 | grep -o 'designated_root [^ ]* root_port [0-9]* root_path_cost [0-9]*'
  designated_root 8000.2:0:0:0:1:0 root_port 2 root_path_cost 2
  $ ip -n s2 link set a3 type bridge_slave cost 10
  $ ip netns exec s2 sh -c 'cd /sys/class/net/br0/bridge; echo $(cat root_id root_port root_path_cost)'
  1000.020000000300 1 4
  $ bridge -n s2 link show
  3: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  4: a3@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 10 
  $ sleep 5
  $ bridge -n s2 link show
  3: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  4: a3@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 10 
  $ ip netns exec s2 sh -c 'cd /sys/class/net/a1/brport; echo $(cat state designated_root designated_bridge designated_port designated_cost)'
  2 1000.020000000300 8000.020000000100 32769 2
