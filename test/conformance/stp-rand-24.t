Random differential STP (seed 24): bridges with stp_state 1 joined by parallel veth links, random bridge and port priorities and costs, then events (priority and cost changes, carrier loss, ports leaving, STP off and on) each followed by a sleep past max_age and twice forward_delay; port states, root and designated fields from bridge link, sysfs and ip -d link.

  $ for i in 1 2 3; do ip netns add s$i; ip netns exec s$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s1 link add br0 address 02:00:00:00:01:00 type bridge stp_state 1 forward_delay 200 hello_time 100 max_age 600 priority 61440
  $ ip -n s2 link add br0 address 02:00:00:00:02:00 type bridge stp_state 1 forward_delay 200 hello_time 100 max_age 600 priority 0
  $ ip -n s3 link add br0 address 02:00:00:00:03:00 type bridge stp_state 1 forward_delay 200 hello_time 100 max_age 600
  $ ip link add l1 netns s2 address 02:00:00:00:02:01 type veth peer name l1 netns s3 address 02:00:00:00:03:01
  $ ip link add l2 netns s1 address 02:00:00:00:01:02 type veth peer name l2 netns s3 address 02:00:00:00:03:02
  $ ip -n s2 link set l1 master br0; ip -n s2 link set l1 type bridge_slave priority 16
  $ ip -n s3 link set l1 master br0
  $ ip -n s1 link set l2 master br0; ip -n s1 link set l2 type bridge_slave priority 63
  $ ip -n s3 link set l2 master br0
  $ for i in 1 2 3; do ip -n s$i link set br0 up; for l in l1 l2; do ip -n s$i link set $l up 2>/dev/null; done; done; true
  $ sleep 6
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: l2@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 63 cost 2 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 16 cost 2 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2@l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ for i in 1 2 3; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  f000.020000000100 0000.020000000200 1 4
  0000.020000000200 0000.020000000200 0 0
  8000.020000000300 0000.020000000200 1 2
  $ ip -n s1 link set br0 type bridge priority 61440; echo $?
  0
  $ sleep 12
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: l2@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 63 cost 2 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 16 cost 2 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2@l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ for i in 1 2 3; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  f000.020000000100 0000.020000000200 1 4
  0000.020000000200 0000.020000000200 0 0
  8000.020000000300 0000.020000000200 1 2
  $ ip -n s1 link set l2 nomaster
  $ sleep 12
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 16 cost 2 
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2@l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n s1 -d link show br0 | grep -oE '(priority|stp_state|root_id|root_port|root_path_cost|bridge_id|designated_root) [^ ]+' | tr '\n' ' '; echo
  stp_state 1 priority 61440 bridge_id f000.2:0:0:0:1:0 designated_root f000.2:0:0:0:1:0 root_port 0 root_path_cost 0 
  $ ip -n s2 link set l1 nomaster
  $ sleep 12
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2@l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ for i in 1 2 3; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  f000.020000000100 f000.020000000100 0 0
  0000.020000000200 0000.020000000200 0 0
  8000.020000000300 8000.020000000300 0 0
  $ ip -n s3 link set l1 master br0
  $ sleep 12
  $ for i in 1 2 3; do bridge -n s$i link show; done
  3: l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: l2@l1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ for i in 1 2 3; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  f000.020000000100 f000.020000000100 0 0
  0000.020000000200 0000.020000000200 0 0
  8000.020000000300 8000.020000000300 0 0
  $ for i in 1 2 3; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done
  f000.020000000100 f000.020000000100 0 0
  0000.020000000200 0000.020000000200 0 0
  8000.020000000300 8000.020000000300 0 0
  $ ip -n s1 -d link show br0 | grep -oE '(root_id|root_port|root_path_cost|bridge_id|designated_root) [^ ]+' | tr '\n' ' '; echo
  bridge_id f000.2:0:0:0:1:0 designated_root f000.2:0:0:0:1:0 root_port 0 root_path_cost 0 
  $ ip -n s2 -d link show br0 | grep -oE '(root_id|root_port|root_path_cost|bridge_id|designated_root) [^ ]+' | tr '\n' ' '; echo
  bridge_id 0000.2:0:0:0:2:0 designated_root 0000.2:0:0:0:2:0 root_port 0 root_path_cost 0 
  $ ip -n s3 -d link show br0 | grep -oE '(root_id|root_port|root_path_cost|bridge_id|designated_root) [^ ]+' | tr '\n' ' '; echo
  bridge_id 8000.2:0:0:0:3:0 designated_root 8000.2:0:0:0:3:0 root_port 0 root_path_cost 0 
