ip link set type bridge options (stp, timers, priority, ageing, group_fwd_mask, multicast knobs) as ip -d link, sysfs and errors show them; the bridge MAC following its ports.
  $ ip netns add s
  $ ip -n s link add br0 type bridge
  $ ip -n s link add p1 address 02:00:00:00:90:05 type veth peer name q1 address 02:00:00:00:91:01
  $ ip -n s link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ ip -n s link set p1 master br0
  $ ip -n s link show br0 | sed -n 2p
      link/ether 02:00:00:00:90:05 brd ff:ff:ff:ff:ff:ff
  $ ip -n s link set p2 master br0
  $ ip -n s link show br0 | sed -n 2p
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff
  $ ip -n s link set p2 nomaster
  $ ip -n s link show br0 | sed -n 2p
      link/ether 02:00:00:00:90:05 brd ff:ff:ff:ff:ff:ff
  $ ip -n s link set br0 address 02:00:00:00:99:99
  $ ip -n s link set p2 master br0
  $ ip -n s link show br0 | sed -n 2p
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip -n s -d link show br0 | sed -n 3p | tr ' ' '\n' | head -40
  
  
  
  
  bridge
  forward_delay
  1500
  hello_time
  200
  max_age
  2000
  ageing_time
  30000
  stp_state
  0
  priority
  32768
  vlan_filtering
  0
  bridge_id
  8000.2:0:0:0:99:99
  designated_root
  8000.2:0:0:0:99:99
  root_port
  0
  root_path_cost
  0
  topology_change
  0
  topology_change_detected
  0
  hello_timer
  
  
  
  0.00
  tcn_timer
  
  
  $ ip -n s link set br0 type bridge stp_state 1 forward_delay 400 hello_time 100 max_age 1000 priority 4096
  $ ip -n s link set br0 type bridge ageing_time 1000 group_fwd_mask 0x4000
  $ ip -n s -d link show br0 | sed -n 3p | tr ' ' '\n' | head -30
  
  
  
  
  bridge
  forward_delay
  400
  hello_time
  100
  max_age
  1000
  ageing_time
  1000
  stp_state
  1
  priority
  4096
  vlan_filtering
  0
  bridge_id
  1000.2:0:0:0:99:99
  designated_root
  1000.2:0:0:0:99:99
  root_port
  0
  root_path_cost
  0
  topology_change
  0
  topology_change_detected
  $ ip netns exec s cat /sys/class/net/br0/bridge/forward_delay /sys/class/net/br0/bridge/hello_time /sys/class/net/br0/bridge/max_age /sys/class/net/br0/bridge/priority /sys/class/net/br0/bridge/stp_state /sys/class/net/br0/bridge/ageing_time /sys/class/net/br0/bridge/group_fwd_mask
  400
  100
  1000
  4096
  1
  1000
  0x4000
  $ ip netns exec s cat /sys/class/net/br0/bridge/bridge_id /sys/class/net/br0/bridge/root_id
  1000.020000009999
  1000.020000009999
  $ ip -n s link set br0 type bridge forward_delay 100
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -n s link set br0 type bridge forward_delay 3100
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -n s link set br0 type bridge hello_time 50
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -n s link set br0 type bridge max_age 4100
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -n s link set br0 type bridge priority 65536
  Error: argument "65536" is wrong: invalid priority
  [255]
  $ ip -n s link set br0 type bridge group_fwd_mask 1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n s link set br0 type bridge group_fwd_mask 0x7
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n s link set br0 type bridge stp_state 2
  $ ip -n s link set br0 type bridge ageing_time -1
  Error: argument "-1" is wrong: invalid ageing_time
  [255]
  $ ip -n s link set br0 type bridge nosuch 1
  bridge: unknown command "nosuch"?
  Usage: ... bridge [ fdb_flush ]
  		  [ forward_delay FORWARD_DELAY ]
  		  [ hello_time HELLO_TIME ]
  		  [ max_age MAX_AGE ]
  		  [ ageing_time AGEING_TIME ]
  		  [ stp_state STP_STATE ]
  		  [ priority PRIORITY ]
  		  [ group_fwd_mask MASK ]
  		  [ group_address ADDRESS ]
  		  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]
  		  [ vlan_filtering VLAN_FILTERING ]
  		  [ vlan_protocol VLAN_PROTOCOL ]
  		  [ vlan_default_pvid VLAN_DEFAULT_PVID ]
  		  [ vlan_stats_enabled VLAN_STATS_ENABLED ]
  		  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]
  		  [ mcast_snooping MULTICAST_SNOOPING ]
  		  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]
  		  [ mcast_router MULTICAST_ROUTER ]
  		  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]
  		  [ mcast_querier MULTICAST_QUERIER ]
  		  [ mcast_hash_elasticity HASH_ELASTICITY ]
  		  [ mcast_hash_max HASH_MAX ]
  		  [ mcast_last_member_count LAST_MEMBER_COUNT ]
  		  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
  		  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
  		  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
  		  [ mcast_querier_interval QUERIER_INTERVAL ]
  		  [ mcast_query_interval QUERY_INTERVAL ]
  		  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
  		  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
  		  [ mcast_stats_enabled MCAST_STATS_ENABLED ]
  		  [ mcast_igmp_version IGMP_VERSION ]
  		  [ mcast_mld_version MLD_VERSION ]
  		  [ nf_call_iptables NF_CALL_IPTABLES ]
  		  [ nf_call_ip6tables NF_CALL_IP6TABLES ]
  		  [ nf_call_arptables NF_CALL_ARPTABLES ]
  
  Where: VLAN_PROTOCOL := { 802.1Q | 802.1ad }
  [1]
  $ ip -n s link set br0 type bridge mcast_snooping 0 mcast_router 2 mcast_querier 1
  $ ip -n s -d link show br0 | sed -n 3p | tr ' ' '\n' | grep mcast
  mcast_snooping
  mcast_vlan_snooping
  mcast_router
  mcast_query_use_ifaddr
  mcast_querier
  mcast_hash_elasticity
  mcast_hash_max
  mcast_last_member_count
  mcast_startup_query_count
  mcast_last_member_interval
  mcast_membership_interval
  mcast_querier_interval
  mcast_query_interval
  mcast_query_response_interval
  mcast_startup_query_interval
  mcast_stats_enabled
  mcast_igmp_version
  mcast_mld_version
  $ ip netns exec s sh -c 'echo 0 > /sys/class/net/br0/bridge/stp_state'
  $ ip netns exec s cat /sys/class/net/br0/bridge/stp_state
  0
  $ ip netns exec s sh -c 'echo 1500 > /sys/class/net/br0/bridge/forward_delay'
  $ ip netns exec s cat /sys/class/net/br0/bridge/forward_delay
  1500
  $ ip -n s link set br0 up
  $ ip -n s link set p1 up
  $ ip -n s link set q1 up
  $ sleep 1
  $ bridge -n s link show
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip netns exec s cat /sys/class/net/p1/brport/state /sys/class/net/p1/brport/path_cost /sys/class/net/p1/brport/priority /sys/class/net/p1/brport/port_no /sys/class/net/p1/brport/port_id
  3
  2
  32
  0x1
  0x8001
  $ ip netns exec s ls /sys/class/net/br0/brif
  p1
  p2
  $ ip netns exec s readlink /sys/class/net/br0/brif/p1
  ../../p1/brport
  $ ip netns exec s ls -l /sys/class/net/br0/brif | sed -E 's/^(l[rwx-]+) .* (p[0-9] )/\1 \2/'
  total 0
  lrwxrwxrwx p1 -> ../../p1/brport
  lrwxrwxrwx p2 -> ../../p2/brport
  $ ip netns exec s cat /sys/class/net/br0/brif/p1/port_no /sys/class/net/br0/brif/p2/state
  0x1
  0
  $ ip netns exec s ls /sys/class/net/br0/brif/p9
  ls: cannot access '/sys/class/net/br0/brif/p9': No such file or directory
  [2]
  $ ip netns exec s ls /sys/class/net/p1/brif
  ls: cannot access '/sys/class/net/p1/brif': No such file or directory
  [2]
  $ ip -n s link set p2 nomaster
  $ ip netns exec s ls /sys/class/net/br0/brif
  p1
  $ ip -n s link show master br0 up
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:05 brd ff:ff:ff:ff:ff:ff
  $ ip -n s link show type bridge_slave | grep -c master
  1
  $ ip -n s link show type bridge
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff

