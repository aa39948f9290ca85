Random differential STP (seed 21): bridges with stp_state 1 joined by parallel veth links, random bridge and port priorities and costs, then events (priority and cost changes, carrier loss, ports leaving, STP off and on) each followed by a sleep past max_age and twice forward_delay; port states, root and designated fields from bridge link, sysfs and ip -d link.

  $ for i in 1 2; do ip netns add s$i; ip netns exec s$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s1 link add br0 address 02:00:00:00:01:00 type bridge stp_state 1 forward_delay 200 hello_time 100 max_age 600 priority 61440
  $ ip -n s2 link add br0 address 02:00:00:00:02:00 type bridge stp_state 1 forward_delay 200 hello_time 100 max_age 600 priority 61440
  $ ip link add l1 netns s1 address 02:00:00:00:01:01 type veth peer name l1 netns s2 address 02:00:00:00:02:01
  $ ip link add l2 netns s1 address 02:00:00:00:01:02 type veth peer name l2 netns s2 address 02:00:00:00:02:02
  $ ip link add l3 netns s1 address 02:00:00:00:01:03 type veth peer name l3 netns s2 address 02:00:00:00:02:03
  $ ip -n s1 link set l1 master br0
  $ ip -n s2 link set l1 master br0
  $ ip -n s1 link set l2 master br0; ip -n s1 link set l2 type bridge_slave priority 16
  $ ip -n s2 link set l2 master br0; ip -n s2 link set l2 type bridge_slave priority 63
  $ ip -n s1 link set l3 master br0; ip -n s1 link set l3 type bridge_slave cost 4
  $ ip -n s2 link set l3 master br0
  $ for i in 1 2; do ip -n s$i link set br0 up; for l in l1 l2 l3; do ip -n s$i link set $l up 2>/dev/null; done; done; true
  $ sleep 6
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 16 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 4 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 63 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  $ for i in 1 2; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  f000.020000000100 f000.020000000100 0 0
  f000.020000000200 f000.020000000100 2 2
  $ ip -n s2 link set br0 type bridge stp_state 0; echo $?; ip -n s2 link set br0 type bridge stp_state 1; echo $?
  0
  0
  $ sleep 12
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 16 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 4 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 63 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 2 
  $ ip -n s1 -d link show l2 | grep -oE '(state|priority|cost|designated_[a-z]+|port_id|port_no) [^ ]+' | tr '\n' ' '; echo
  state UP state forwarding priority 16 cost 2 port_id 0x4002 port_no 0x2 designated_port 16386 designated_cost 0 designated_bridge f000.2:0:0:0:1:0 designated_root f000.2:0:0:0:1:0 
  $ ip -n s2 link set br0 type bridge priority 0; echo $?
  0
  $ sleep 12
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 16 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 4 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 63 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ for i in 1 2; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  f000.020000000100 0000.020000000200 1 2
  0000.020000000200 0000.020000000200 0 0
  $ bridge -n s1 link set dev l3 priority 32; echo $?
  0
  $ sleep 12
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 16 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 4 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 63 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip netns exec s2 sh -c 'cd /sys/class/net/l2/brport; echo $(cat port_no port_id state path_cost priority designated_root designated_bridge designated_port designated_cost)'
  0x2 0xfc02 3 2 63 0000.020000000200 0000.020000000200 64514 0
  $ ip -n s1 link set br0 type bridge forward_delay 300; echo $?
  0
  $ sleep 12
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 16 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 4 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 63 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n s2 -d link show l3 | grep -oE '(state|priority|cost|designated_[a-z]+|port_id|port_no) [^ ]+' | tr '\n' ' '; echo
  state UP state forwarding priority 32 cost 2 port_id 0x8003 port_no 0x3 designated_port 32771 designated_cost 0 designated_bridge 0000.2:0:0:0:2:0 designated_root 0000.2:0:0:0:2:0 
  $ ip -n s1 link set br0 type bridge forward_delay 300; echo $?
  0
  $ sleep 12
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 16 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 4 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 63 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ for i in 1 2; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  f000.020000000100 0000.020000000200 1 2
  0000.020000000200 0000.020000000200 0 0
  $ ip -n s2 link set br0 type bridge max_age 800; echo $?
  0
  $ sleep 12
  $ for i in 1 2; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 16 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state blocking priority 32 cost 4 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 63 cost 2 
  5: l3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n s1 -d link show br0 | grep -oE '(priority|stp_state|root_id|root_port|root_path_cost|bridge_id|designated_root) [^ ]+' | tr '\n' ' '; echo
  stp_state 1 priority 61440 bridge_id f000.2:0:0:0:1:0 designated_root f000.2:0:0:0:1:0 root_port 1 root_path_cost 2 
  $ for i in 1 2; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  f000.020000000100 0000.020000000200 1 2
  0000.020000000200 0000.020000000200 0 0
  $ ip -n s1 -d link show br0 | grep -oE '(root_id|root_port|root_path_cost|bridge_id|designated_root) [^ ]+' | tr '\n' ' '; echo
  bridge_id f000.2:0:0:0:1:0 designated_root f000.2:0:0:0:1:0 root_port 1 root_path_cost 2 
  $ ip -n s2 -d link show br0 | grep -oE '(root_id|root_port|root_path_cost|bridge_id|designated_root) [^ ]+' | tr '\n' ' '; echo
  bridge_id 0000.2:0:0:0:2:0 designated_root 0000.2:0:0:0:2:0 root_port 0 root_path_cost 0 
