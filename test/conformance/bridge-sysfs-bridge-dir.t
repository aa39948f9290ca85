The /sys/class/net/br0/bridge directory: the files there, their values by default (timers in centiseconds, bridge_id and root_id as prio.mac), what ip link set type bridge changes in them, and what writing them changes in ip -d link. (Writes go through bash -c: dash's messages differ.)
  $ ip netns add n
  $ ip -n n link add br0 address 02:00:00:00:99:99 type bridge
  $ ip netns exec n sh -c 'ls /sys/class/net/br0/bridge | sort'
  ageing_time
  bridge_id
  flush
  forward_delay
  gc_timer
  group_addr
  group_fwd_mask
  hash_elasticity
  hash_max
  hello_time
  hello_timer
  max_age
  multicast_igmp_version
  multicast_last_member_count
  multicast_last_member_interval
  multicast_membership_interval
  multicast_mld_version
  multicast_querier
  multicast_querier_interval
  multicast_query_interval
  multicast_query_response_interval
  multicast_query_use_ifaddr
  multicast_router
  multicast_snooping
  multicast_startup_query_count
  multicast_startup_query_interval
  multicast_stats_enabled
  nf_call_arptables
  nf_call_ip6tables
  nf_call_iptables
  no_linklocal_learn
  priority
  root_id
  root_path_cost
  root_port
  stp_state
  tcn_timer
  topology_change
  topology_change_detected
  topology_change_timer
  $ ip netns exec n sh -c 'cd /sys/class/net/br0/bridge; for f in ageing_time bridge_id forward_delay group_addr group_fwd_mask hello_time max_age priority root_id root_path_cost root_port stp_state topology_change topology_change_detected vlan_filtering no_linklocal_learn nf_call_iptables nf_call_arptables multicast_snooping multicast_router hash_max hash_elasticity; do echo "$f $(cat $f)"; done'
  ageing_time 30000
  bridge_id 8000.020000009999
  forward_delay 1500
  group_addr 01:80:c2:00:00:00
  group_fwd_mask 0x0
  hello_time 200
  max_age * (glob)
  priority 32768
  root_id 8000.020000009999
  root_path_cost 0
  root_port 0
  stp_state 0
  topology_change 0
  topology_change_detected 0
  cat: vlan_filtering: No such file or directory
  vlan_filtering 
  no_linklocal_learn 0
  nf_call_iptables 0
  nf_call_arptables 0
  multicast_snooping 1
  multicast_router 1
  hash_max 4096
  hash_elasticity 16
  $ ip -n n link set br0 type bridge priority 4096 hello_time 300 max_age 1000 forward_delay 500 ageing_time 12345 stp_state 1
  $ ip netns exec n sh -c 'cd /sys/class/net/br0/bridge; for f in ageing_time bridge_id forward_delay hello_time max_age priority root_id stp_state; do echo "$f $(cat $f)"; done'
  ageing_time 12344
  bridge_id 1000.020000009999
  forward_delay 500
  hello_time 300
  max_age * (glob)
  priority 4096
  root_id 1000.020000009999
  stp_state 1
  $ ip netns exec n bash -c 'cd /sys/class/net/br0/bridge; echo 8192 > priority; echo 200 > hello_time; echo 0 > stp_state; echo 30000 > ageing_time'
  $ ip -n n -d link show br0 | grep -o 'forward_delay [0-9]* hello_time [0-9]* max_age [0-9]* ageing_time [0-9]* stp_state [0-9]* priority [0-9]*'
  forward_delay 500 hello_time 200 max_age * ageing_time 30000 stp_state 0 priority 8192 (glob)
  $ ip netns exec n cat /sys/class/net/br0/bridge/bridge_id /sys/class/net/br0/bridge/root_id
  2000.020000009999
  2000.020000009999
  $ ip netns exec n bash -c 'echo 99 > /sys/class/net/br0/bridge/hello_time'
  bash: line 1: echo: write error: Numerical result out of range
  [1]
  $ ip netns exec n bash -c 'echo 70000 > /sys/class/net/br0/bridge/priority'
  $ ip netns exec n bash -c 'echo abc > /sys/class/net/br0/bridge/priority'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip netns exec n cat /sys/class/net/br0/bridge/priority /sys/class/net/br0/bridge/hello_time
  4464
  200
  $ ip netns exec n bash -c 'echo 01:80:c2:00:00:0e > /sys/class/net/br0/bridge/group_addr'
  $ ip netns exec n cat /sys/class/net/br0/bridge/group_addr
  01:80:c2:00:00:0e
  $ ip netns exec n bash -c 'echo 01:80:c2:00:00:10 > /sys/class/net/br0/bridge/group_addr'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip netns exec n cat /sys/class/net/br0/bridge/group_addr
  01:80:c2:00:00:0e
  $ ip netns exec n bash -c 'echo 0x4000 > /sys/class/net/br0/bridge/group_fwd_mask'
  $ ip netns exec n cat /sys/class/net/br0/bridge/group_fwd_mask
  0x4000
  $ ip netns exec n bash -c 'echo 1 > /sys/class/net/br0/bridge/group_fwd_mask'
  bash: line 1: echo: write error: Invalid argument
  [1]
  $ ip netns exec n cat /sys/class/net/br0/bridge/group_fwd_mask
  0x4000
  $ ip netns exec n bash -c 'echo 1 > /sys/class/net/br0/bridge/topology_change'
  bash: line 1: /sys/class/net/br0/bridge/topology_change: Permission denied
  [1]
  $ ip netns exec n bash -c 'echo 1 > /sys/class/net/br0/bridge/flush'
  $ ip netns exec n cat /sys/class/net/br0/bridge/flush
  cat: /sys/class/net/br0/bridge/flush: Permission denied
  [1]
  $ ip -n n -d link show br0 | grep -o 'group_fwd_mask [0-9x]* group_address [0-9a-f:]*'
  group_fwd_mask 0x4000 group_address 01:80:c2:00:00:0e
