A bridge with STP on: a port that comes up enters listening, learning after
forward_delay, forwarding after another; the bridge is its own root. The port
state shows in `bridge link`, `ip -d link` and sysfs. Turning STP off leaves
the ports where they are (the forward delay timer still runs). Timer ranges
are checked only while STP is on; starting STP clamps forward_delay to 2s.
  $ ip netns add n
  $ ip -n n link add br0 address 02:00:00:00:00:10 type bridge stp_state 1 forward_delay 300 hello_time 200 max_age 1000 priority 8192
  $ ip -n n link add v0 address 02:00:00:00:00:01 type veth peer name v0p address 02:00:00:00:00:02
  $ ip -n n link set v0 master br0
  $ bridge -n n link show
  4: v0@v0p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip netns exec n cat /sys/class/net/v0/brport/state
  0
  $ ip -n n link set br0 up
  $ ip -n n link set v0p up
  $ ip -n n link set v0 up
  $ bridge -n n link show
  4: v0@v0p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ ip netns exec n cat /sys/class/net/v0/brport/state
  1
  $ ip -n n link show br0
  2: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  $ ip -n n -d link show br0 | grep -o 'bridge forward_delay.*topology_change_detected [0-9]*'
  bridge forward_delay 300 hello_time 200 max_age * ageing_time 30000 stp_state 1 priority 8192 vlan_filtering 0 bridge_id 2000.2:0:0:0:0:10 designated_root 2000.2:0:0:0:0:10 root_port 0 root_path_cost 0 topology_change 0 topology_change_detected 0 (glob)
  $ ip -n n -d link show v0 | grep -o 'bridge_slave .*config_pending [0-9]*' | sed -E 's/timer +[0-9.]+/timer */g'
  bridge_slave state listening priority 32 cost 2 hairpin off guard off root_block off fastleave off learning on flood on port_id 0x8001 port_no 0x1 designated_port 32769 designated_cost 0 designated_bridge 2000.2:0:0:0:0:10 designated_root 2000.2:0:0:0:0:10 hold_timer * message_age_timer * forward_delay_timer * topology_change_ack 0 config_pending 0
  $ sleep 1
  $ bridge -n n -d link show
  4: v0@v0p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ sleep 3
  $ bridge -n n link show
  4: v0@v0p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  $ ip netns exec n cat /sys/class/net/v0/brport/state
  2
  $ sleep 3
  $ bridge -n n link show
  4: v0@v0p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n n link show br0
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  $ ip netns exec n sh -c 'cd /sys/class/net/br0/bridge; cat root_id bridge_id root_port root_path_cost topology_change topology_change_detected stp_state priority forward_delay hello_time max_age'
  2000.020000000010
  2000.020000000010
  0
  0
  1
  1
  1
  8192
  300
  200
  1000
  $ ip netns exec n sh -c 'cd /sys/class/net/v0/brport; cat state designated_root designated_bridge port_id port_no designated_port designated_cost path_cost priority change_ack config_pending'
  3
  2000.020000000010
  2000.020000000010
  0x8001
  0x1
  32769
  0
  2
  32
  0
  0
  $ ip -n n link set v0 down
  $ bridge -n n link show
  4: v0@v0p: <BROADCAST,MULTICAST> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n n link set v0 up
  $ bridge -n n link show
  4: v0@v0p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ ip -n n link set br0 type bridge stp_state 0
  $ bridge -n n link show
  4: v0@v0p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ ip netns exec n cat /sys/class/net/br0/bridge/stp_state
  0
  $ sleep 3.5
  $ bridge -n n link show
  4: v0@v0p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  $ ip -n n link set br0 type bridge forward_delay 100 hello_time 50
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -n n -d link show br0 | grep -o 'forward_delay [0-9]* hello_time [0-9]*'
  forward_delay 100 hello_time 200
  $ ip -n n link set br0 type bridge stp_state 1
  $ ip -n n -d link show br0 | grep -o 'forward_delay [0-9]* hello_time [0-9]*'
  forward_delay 200 hello_time 200
  $ ip -n n link set br0 type bridge hello_time 50
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -n n link set br0 type bridge max_age 5000
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -n n link set br0 type bridge forward_delay 3100
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -n n link add br1 type bridge stp_state 1 forward_delay 100
  $ ip -n n -d link show br1 | grep -o 'forward_delay [0-9]* hello_time [0-9]*'
  forward_delay 200 hello_time 200
