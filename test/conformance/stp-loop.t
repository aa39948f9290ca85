802.1D spanning tree in the kernel (stp_state 1): three bridges in a loop elect
the bridge with the lowest id as root, the others pick root ports by path cost
(2 per veth), and the port of the higher bridge on the s2-s3 segment blocks.
Ports listen for forward_delay (4s), learn for another forward_delay, then
forward; pings then cross the loop without a storm. The observations are
taken well away from the moments the states change (the kernel's BPDU hold
timer rounds to whole seconds, so convergence takes up to about 3s).
  $ for s in s1 s2 s3; do ip netns add $s; done
  $ for i in 1 2 3; do ip -n s$i link add br0 address 02:00:00:00:0$i:00 type bridge stp_state 1 forward_delay 400 hello_time 100; done
  $ ip link add a2 netns s1 address 02:00:00:00:01:02 type veth peer name a1 netns s2 address 02:00:00:00:02:01
  $ ip link add a3 netns s2 address 02:00:00:00:02:03 type veth peer name a2 netns s3 address 02:00:00:00:03:02
  $ ip link add a1 netns s3 address 02:00:00:00:03:01 type veth peer name a3 netns s1 address 02:00:00:00:01:03
  $ ip -n s1 link set a2 master br0; ip -n s1 link set a3 master br0
  $ ip -n s2 link set a1 master br0; ip -n s2 link set a3 master br0
  $ ip -n s3 link set a1 master br0; ip -n s3 link set a2 master br0
  $ for i in 1 2 3; do ip -n s$i addr add 10.0.0.$i/24 dev br0; done
  $ for i in 1 2 3; do ip -n s$i link set br0 up; for p in a1 a2 a3; do ip -n s$i link set $p up 2>/dev/null; done; done
  [1]
  $ bridge -n s1 link show
  3: a2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  4: a3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ sleep 3.5
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: a2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  4: a3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  3: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  4: a3@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  3: a2@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ ip netns exec s2 cat /sys/class/net/br0/bridge/root_id
  8000.020000000100
  $ for i in 1 2 3; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost stp_state forward_delay hello_time max_age priority)'; done
  8000.020000000100 8000.020000000100 0 0 1 400 100 2000 32768
  8000.020000000200 8000.020000000100 1 2 1 400 100 2000 32768
  8000.020000000300 8000.020000000100 1 2 1 400 100 2000 32768
  $ ip netns exec s3 sh -c 'cd /sys/class/net/a2/brport; echo $(cat state port_id port_no priority path_cost designated_root designated_bridge designated_port designated_cost)'
  4 0x8002 0x2 32 2 8000.020000000100 8000.020000000200 32770 2
  $ ip netns exec s3 sh -c 'cd /sys/class/net/a1/brport; echo $(cat state port_id port_no priority path_cost designated_root designated_bridge designated_port designated_cost)'
  1 0x8001 0x1 32 2 8000.020000000100 8000.020000000100 32770 0
  $ sleep 3
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: a2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  4: a3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  3: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  4: a3@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  3: a2@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  $ ip netns exec s1 ping -c 1 -W 1 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  
  --- 10.0.0.3 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ sleep 3
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: a2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: a3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  3: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: a3@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  3: a2@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip netns exec s1 ping -c 2 -i 0.2 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 10.0.0.3: icmp_seq=2 ttl=64 time=* ms (glob)
  
  --- 10.0.0.3 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec s2 ping -c 2 -i 0.2 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 10.0.0.3: icmp_seq=2 ttl=64 time=* ms (glob)
  
  --- 10.0.0.3 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ for i in 1 2 3; do ip netns exec s$i cat /sys/class/net/br0/bridge/topology_change /sys/class/net/br0/bridge/topology_change_detected; done
  1
  1
  1
  0
  1
  0
  $ ip -n s2 -d link show br0 | grep -o 'ageing_time [0-9]*'
  ageing_time 800
  $ ip -n s2 -d link show br0 | grep -o 'bridge_id .* topology_change_detected [0-9]*'
  bridge_id 8000.2:0:0:0:2:0 designated_root 8000.2:0:0:0:2:0 root_port 1 root_path_cost 2 topology_change 1 topology_change_detected 0
  $ ip -n s1 -d link show br0 | grep -o 'bridge_id .* topology_change_detected [0-9]*'
  bridge_id 8000.2:0:0:0:1:0 designated_root 8000.2:0:0:0:1:0 root_port 0 root_path_cost 0 topology_change 1 topology_change_detected 1
