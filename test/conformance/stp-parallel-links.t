Two bridges joined by two parallel links with STP (802.1D in the kernel): s1 (lower id) is root; s2 receives the same root and cost on both links, so the root port is the one whose designated port id (s1's port priority and number) is lowest, and the other link blocks. Raising the priority of s1's second port (a lower value) moves s2's root port to the second link: it listens and learns before forwarding, the old root port blocks at once. Then a higher path cost on s2's new root port moves the role back. Observations sit between the state changes (forward_delay 2 s).
  $ ip netns add s1; ip netns add s2
  $ for i in 1 2; do ip -n s$i link add br0 address 02:00:00:00:0$i:00 type bridge stp_state 1 forward_delay 200 hello_time 100 max_age 600; done
  $ ip link add l1 netns s1 address 02:00:00:00:01:01 type veth peer name l1 netns s2 address 02:00:00:00:02:01
  $ ip link add l2 netns s1 address 02:00:00:00:01:02 type veth peer name l2 netns s2 address 02:00:00:00:02:02
  $ for i in 1 2; do ip -n s$i link set l1 master br0; ip -n s$i link set l2 master br0; ip -n s$i link set br0 up; ip -n s$i link set l1 up; ip -n s$i link set l2 up; done
  $ sleep 6
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  $ for f in root_id root_port root_path_cost bridge_id; do echo "$f $(ip netns exec s2 cat /sys/class/net/br0/bridge/$f)"; done
  root_id 8000.020000000100
  root_port 1
  root_path_cost 2
  bridge_id 8000.020000000200
  $ ip netns exec s2 cat /sys/class/net/l1/brport/designated_port /sys/class/net/l2/brport/designated_port /sys/class/net/l1/brport/designated_bridge /sys/class/net/l1/brport/port_id
  32769
  32770
  8000.020000000100
  0x8001
  $ bridge -n s1 link set dev l2 priority 16; echo $?
  0
  $ sleep 1
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 16 cost 2 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ ip netns exec s2 cat /sys/class/net/br0/bridge/root_port /sys/class/net/l2/brport/designated_port
  2
  16386
  $ sleep 4
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 16 cost 2 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ bridge -n s2 link set dev l2 cost 10; echo $?
  0
  $ sleep 1
  $ bridge -n s2 link show
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 10 
  $ for f in root_port root_path_cost; do echo "$f $(ip netns exec s2 cat /sys/class/net/br0/bridge/$f)"; done
  root_port 1
  root_path_cost 2
  $ sleep 4
  $ bridge -n s2 link show
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 10 
  $ ip -n s2 -d link show l2 | grep -o 'designated_[a-z]* [^ ]*'
  designated_port 16386
  designated_cost 0
  designated_bridge 8000.2:0:0:0:1:0
  designated_root 8000.2:0:0:0:1:0
  $ ip -n s2 -d link show l1 | grep -o 'designated_[a-z]* [^ ]*'
  designated_port 32769
  designated_cost 0
  designated_bridge 8000.2:0:0:0:1:0
  designated_root 8000.2:0:0:0:1:0
